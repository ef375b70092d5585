import { gql } from '../api';
import { h, replace, uniqueId } from '../dom';
import { searchQuery } from '../queries';
import type { EntityRef, SearchHit } from '../types';
import { typeBadge } from './links';

export interface ComboboxOptions {
  /** Visible label text (or, with `hiddenLabel`, read only by screen readers). */
  label: string;
  hiddenLabel?: boolean;
  placeholder?: string;
  value?: string;
  name?: string;
  /** Called when the user picks a suggestion. */
  onPick(entity: EntityRef): void;
  /** Called on Enter with no suggestion highlighted. */
  onSubmit?(text: string): void;
  /** Called when the user edits the text (the previous pick no longer holds). */
  onEdit?(text: string): void;
}

export interface Combobox {
  element: HTMLElement;
  input: HTMLInputElement;
  setValue(text: string): void;
}

const debounceMs = 150;

/**
 * A text box with entity suggestions as you type (the API's typo-tolerant `search`),
 * following the WAI-ARIA combobox pattern: arrows move through the list, Enter picks,
 * Escape closes, and the number of suggestions is announced.
 */
export function combobox(options: ComboboxOptions): Combobox {
  const inputId = uniqueId('combo-input');
  const listId = uniqueId('combo-list');
  const statusId = uniqueId('combo-status');
  const input = h('input', {
    id: inputId,
    type: 'search',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    'aria-describedby': statusId,
    placeholder: options.placeholder ?? '',
    name: options.name ?? null,
  });
  input.value = options.value ?? '';
  const list = h('ul', { id: listId, role: 'listbox', class: 'combo-list', 'aria-label': `Suggestions for ${options.label}` });
  const status = h('div', { id: statusId, class: 'combo-status', role: 'status', 'aria-live': 'polite' });
  const popup = h('div', { class: 'combo-popup', hidden: true }, status, list);
  const label = h('label', { for: inputId, class: options.hiddenLabel === true ? 'visually-hidden' : 'field-label' }, options.label);
  const element = h('div', { class: 'combo' }, label, input, popup);

  let hits: SearchHit[] = [];
  let active = -1;
  let timer: number | undefined;
  let controller: AbortController | undefined;
  let lastQuery = '';

  const open = (show: boolean) => {
    popup.hidden = !show;
    input.setAttribute('aria-expanded', String(show && hits.length > 0));
  };

  const setActive = (index: number) => {
    active = index;
    list.querySelectorAll('[role="option"]').forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === index));
      if (i === index) option.scrollIntoView({ block: 'nearest' });
    });
    if (index >= 0) input.setAttribute('aria-activedescendant', `${listId}-${index}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const pick = (hit: SearchHit) => {
    input.value = hit.entity.name;
    open(false);
    options.onPick(hit.entity);
  };

  const render = () => {
    replace(
      list,
      hits.map((hit, i) =>
        h(
          'li',
          {
            id: `${listId}-${i}`,
            role: 'option',
            class: 'combo-option',
            'aria-selected': 'false',
            'data-id': hit.entity.id,
            // mousedown, not click: the input must not lose focus (and close the list) first.
            onmousedown: (event: MouseEvent) => {
              event.preventDefault();
              pick(hit);
            },
          },
          typeBadge(hit.entity.__typename),
          h('span', { class: 'combo-name' }, hit.entity.name),
          matchedAlias(hit, lastQuery),
        ),
      ),
    );
    active = -1;
    input.removeAttribute('aria-activedescendant');
  };

  const lookUp = async (text: string) => {
    controller?.abort();
    controller = new AbortController();
    lastQuery = text;
    status.textContent = 'Searching…';
    open(true);
    const result = await gql(searchQuery, { query: text, first: 8 }, controller.signal);
    if (!result.ok) {
      if (result.error.kind === 'aborted') return;
      hits = [];
      render();
      status.textContent = `Suggestions are unavailable: ${result.error.message}`;
      status.classList.add('combo-status-error');
      open(true);
      return;
    }
    status.classList.remove('combo-status-error');
    hits = result.data.search;
    render();
    status.textContent =
      hits.length === 0
        ? `Nothing matches “${text}”. Try another spelling or fewer letters.`
        : `${hits.length} suggestion${hits.length === 1 ? '' : 's'}; use the arrow keys to choose.`;
    open(document.activeElement === input);
  };

  input.addEventListener('input', () => {
    options.onEdit?.(input.value);
    window.clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      controller?.abort();
      hits = [];
      render();
      status.textContent = '';
      open(false);
      return;
    }
    timer = window.setTimeout(() => void lookUp(text), debounceMs);
  });

  input.addEventListener('keydown', (event) => {
    switch (event.key) {
      case 'ArrowDown':
        if (hits.length === 0) return;
        event.preventDefault();
        open(true);
        setActive((active + 1) % hits.length);
        break;
      case 'ArrowUp':
        if (hits.length === 0) return;
        event.preventDefault();
        open(true);
        setActive(active <= 0 ? hits.length - 1 : active - 1);
        break;
      case 'Enter': {
        const chosen = !popup.hidden && active >= 0 ? hits[active] : undefined;
        if (chosen !== undefined) {
          event.preventDefault();
          pick(chosen);
        } else if (options.onSubmit !== undefined && input.value.trim() !== '') {
          event.preventDefault();
          window.clearTimeout(timer);
          open(false);
          options.onSubmit(input.value.trim());
        }
        break;
      }
      case 'Escape':
        if (!popup.hidden) {
          event.preventDefault();
          open(false);
        }
        break;
      default:
        break;
    }
  });
  input.addEventListener('blur', () => window.setTimeout(() => open(false), 100));
  input.addEventListener('focus', () => {
    if (hits.length > 0 && input.value.trim() === lastQuery) open(true);
  });

  return {
    element,
    input,
    setValue(text: string) {
      input.value = text;
      hits = [];
      render();
      open(false);
    },
  };
}

/** When the hit matched through another spelling, say which: "also written Alferov". */
function matchedAlias(hit: SearchHit, query: string): HTMLElement | null {
  const q = query.toLowerCase();
  if (hit.entity.name.toLowerCase().includes(q)) return null;
  const alias = hit.entity.aliases.find((a) => a.toLowerCase().includes(q));
  return alias !== undefined ? h('span', { class: 'combo-alias' }, `also written ${alias}`) : null;
}
