import type { ApiError } from '../api';
import { h } from '../dom';

/** A polite "loading" line; screen readers hear it once. */
export function loading(what: string): HTMLElement {
  return h('p', { class: 'loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), `Loading ${what}…`);
}

/** A plain error message with what went wrong and, when given, a way to try again. */
export function errorBox(error: ApiError, retry?: () => void): HTMLElement {
  const title =
    error.kind === 'network'
      ? 'The server cannot be reached'
      : error.kind === 'unavailable'
        ? 'The graph database is not available'
        : error.kind === 'bad-input'
          ? 'The question could not be answered'
          : error.kind === 'auth'
            ? 'The server refused the write token'
            : 'Something went wrong';
  return h(
    'div',
    { class: 'notice notice-error', role: 'alert' },
    h('p', { class: 'notice-title' }, title),
    h('p', null, error.message),
    error.kind === 'bad-input' ? candidateList(error) : null,
    retry !== undefined ? h('button', { type: 'button', class: 'button', onclick: retry }, 'Try again') : null,
  );
}

/** An ambiguous name comes back with the ids it could mean (extensions.candidates). */
function candidateList(error: ApiError): HTMLElement | null {
  const candidates = error.extensions?.candidates;
  if (!Array.isArray(candidates) || candidates.length === 0) return null;
  return h(
    'p',
    null,
    'Did you mean: ',
    candidates
      .filter((c): c is string => typeof c === 'string')
      .flatMap((id, i) => [i > 0 ? ', ' : '', h('a', { href: `/explore/entity/${encodeURIComponent(id).replace(/%3A/gi, ':')}` }, id)]),
  );
}

/** "Nothing found" and other neutral outcomes. */
export function emptyBox(message: string, ...more: Array<HTMLElement | string>): HTMLElement {
  return h('div', { class: 'notice notice-empty', role: 'status' }, h('p', null, message), ...more);
}
