import { gql } from '../api';
import { h, replace, uniqueId } from '../dom';
import { relationPhrase } from '../format';
import { combobox } from '../components/combobox';
import { emptyBox, errorBox, loading } from '../components/feedback';
import { entityLink, sourceList } from '../components/links';
import { entityNameQuery, pathQuery } from '../queries';
import { navigate, routeUrl } from '../router';
import type { EntityRef, Path } from '../types';
import type { ViewContext } from './context';

/** Pick two entities; see the shortest chain of reported relationships between them. */
export function pathView(context: ViewContext, route: { from: string; to: string; hops: number }): void {
  context.setTitle(route.from !== '' && route.to !== '' ? 'Path' : 'Path finder');
  let from = route.from;
  let to = route.to;
  const fromBox = combobox({ label: 'From', value: route.from, placeholder: 'e.g. the pilot Kuzminov', onPick: (e) => (from = e.id), onEdit: (t) => (from = t.trim()) });
  const toBox = combobox({ label: 'To', value: route.to, placeholder: 'e.g. GUR', onPick: (e) => (to = e.id), onEdit: (t) => (to = t.trim()) });
  const hopsId = uniqueId('hops');
  const hops = h(
    'select',
    { id: hopsId },
    [1, 2, 3, 4, 5, 6].map((n) => h('option', { value: String(n), selected: n === route.hops }, `${n} step${n === 1 ? '' : 's'}`)),
  );
  const formError = h('p', { class: 'form-error', role: 'alert', hidden: true });
  const result = h('div', { class: 'path-result', 'aria-live': 'polite' });

  const form = h(
    'form',
    {
      class: 'path-form',
      'aria-label': 'Find a path',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const missing = from === '' ? fromBox : to === '' ? toBox : null;
        if (missing !== null) {
          formError.hidden = false;
          formError.textContent = 'Choose both ends of the path: where it starts and where it ends.';
          missing.input.focus();
          return;
        }
        formError.hidden = true;
        navigate(routeUrl({ name: 'path', from, to, hops: Number(hops.value) }));
      },
    },
    h(
      'div',
      { class: 'path-ends' },
      fromBox.element,
      h(
        'button',
        {
          type: 'button',
          class: 'button button-quiet swap',
          'aria-label': 'Swap start and end',
          title: 'Swap start and end',
          onclick: () => {
            [from, to] = [to, from];
            const text = fromBox.input.value;
            fromBox.setValue(toBox.input.value);
            toBox.setValue(text);
          },
        },
        '⇄',
      ),
      toBox.element,
      h('div', { class: 'hops-field' }, h('label', { for: hopsId, class: 'field-label' }, 'At most'), hops),
      h('button', { type: 'submit', class: 'button' }, 'Find path'),
    ),
    formError,
  );

  replace(
    context.main,
    h('h1', { tabindex: '-1' }, 'Path finder'),
    h('p', { class: 'lead' }, 'How are two entities connected? Pick a start and an end; the explorer shows the shortest chain of reported relationships between them, each step with the source that states it.'),
    form,
    result,
  );
  context.focusHeading();
  if (route.from === '' || route.to === '') {
    if (route.from !== '') void showName(context, route.from, fromBox.setValue, fromBox.input);
    return;
  }

  const load = async () => {
    replace(result, loading('the path'));
    const answer = await gql(pathQuery, { from: route.from, to: route.to, maxHops: route.hops }, context.signal);
    if (!answer.ok) {
      if (answer.error.kind !== 'aborted') replace(result, errorBox(answer.error, () => void load()));
      return;
    }
    const path = answer.data.path;
    if (path === null) {
      replace(result, emptyBox(`No chain of at most ${route.hops} step${route.hops === 1 ? '' : 's'} links “${fromBox.input.value}” and “${toBox.input.value}”.`, route.hops < 6 ? 'Allow more steps and try again.' : ''));
      return;
    }
    fromBox.setValue(path.from.name);
    toBox.setValue(path.to.name);
    context.setTitle(`Path: ${path.from.name} to ${path.to.name}`);
    replace(result, renderPath(path));
  };
  void load();
}

function renderPath(path: Path): HTMLElement {
  if (path.length === 0) return emptyBox(`Start and end are the same entity: ${path.from.name}.`);
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'path-title' },
    h('h2', { id: 'path-title' }, `${path.from.name} → ${path.to.name}`),
    h('p', { class: 'muted' }, `${path.length} step${path.length === 1 ? '' : 's'}, read from the start:`),
    h(
      'ol',
      { class: 'path-steps' },
      path.steps.map((step, i) =>
        h(
          'li',
          { class: 'path-step', 'data-step': String(i + 1) },
          h(
            'p',
            { class: 'step-line' },
            entityLink(step.from),
            h('span', { class: 'step-relation' }, ` ${relationPhrase(step.relation, step.direction)} `),
            entityLink(step.to),
            step.role !== null ? h('span', { class: 'step-role' }, ` (role: ${step.role})`) : null,
          ),
          h('div', { class: 'step-source' }, h('span', { class: 'muted' }, 'Source: '), sourceList(step.sources)),
        ),
      ),
    ),
  );
}

async function showName(context: ViewContext, value: string, set: (text: string) => void, input: HTMLInputElement): Promise<void> {
  const result = await gql(entityNameQuery, { name: value }, context.signal);
  if (result.ok && result.data.entity !== null && input.value === value) set(result.data.entity.name);
}
