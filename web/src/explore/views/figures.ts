import { gql } from '../api';
import { h, replace, uniqueId } from '../dom';
import { attributionHelp, attributionKinds, attributionLabel } from '../format';
import { combobox, type Combobox } from '../components/combobox';
import { emptyBox, errorBox, loading } from '../components/feedback';
import { figureTable } from '../components/figureTable';
import { entityNameQuery, figuresQuery } from '../queries';
import { defaultFigureQuery, navigate, routeUrl, type FigureQuery } from '../router';
import type { AttributionKind, EntityRef, Figure, FigureConnection } from '../types';
import type { ViewContext } from './context';

// Each figure comes with its comparisons (up to 100 figures of the same measure): at a hub of the
// 100k benchmark graph a page of 100 was 3.7 MB; 50 is half that.
const pageSize = 50;
const partialDatePattern = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** All figures, filtered by reporter (optionally with its members), subject, kind and time. */
export function figuresView(context: ViewContext, query: FigureQuery): void {
  context.setTitle('Figures');
  let reporter = query.reporter;
  let about = query.about;

  const reporterBox = combobox({
    label: 'Reported by',
    value: query.reporter,
    placeholder: 'Anyone',
    onPick: (entity) => (reporter = entity.id),
    onEdit: (text) => (reporter = text.trim()),
  });
  const aboutBox = combobox({
    label: 'About',
    value: query.about,
    placeholder: 'Anything',
    onPick: (entity) => (about = entity.id),
    onEdit: (text) => (about = text.trim()),
  });
  const membersId = uniqueId('members');
  const members = h('input', { type: 'checkbox', id: membersId, checked: query.members });
  const fromInput = dateInput('From', query.from);
  const toInput = dateInput('To', query.to);
  const kindBoxes = attributionKinds.map((kind) => ({
    kind,
    input: h('input', { type: 'checkbox', value: kind, checked: query.kinds.includes(kind) }),
  }));
  const formError = h('p', { class: 'form-error', role: 'alert', hidden: true });

  const form = h(
    'form',
    {
      class: 'filters',
      'aria-label': 'Filter figures',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const bad = [fromInput, toInput].find((field) => field.input.value.trim() !== '' && !partialDatePattern.test(field.input.value.trim()));
        if (bad !== undefined) {
          formError.hidden = false;
          formError.textContent = `“${bad.input.value}” is not a date: write a year (2022), a month (2022-12) or a day (2022-12-05).`;
          bad.input.setAttribute('aria-invalid', 'true');
          bad.input.focus();
          return;
        }
        navigate(
          routeUrl({
            name: 'figures',
            query: {
              ...query,
              reporter,
              members: members.checked,
              about,
              kinds: kindBoxes.filter((k) => k.input.checked).map((k) => k.kind),
              from: fromInput.input.value.trim(),
              to: toInput.input.value.trim(),
            },
          }),
        );
      },
    },
    h(
      'div',
      { class: 'filter-row' },
      h('div', { class: 'filter-field' }, reporterBox.element, h('label', { class: 'check', for: membersId }, members, ' Include its members and parts')),
      h('div', { class: 'filter-field' }, aboutBox.element),
      h('div', { class: 'filter-field filter-dates' }, fromInput.element, toInput.element),
    ),
    h(
      'fieldset',
      { class: 'kinds' },
      h('legend', null, 'How it was reported (none ticked: any)'),
      kindBoxes.map((k) => h('label', { class: 'chip', title: attributionHelp[k.kind] }, k.input, ` ${attributionLabel[k.kind]}`)),
    ),
    formError,
    h(
      'div',
      { class: 'form-buttons' },
      h('button', { type: 'submit', class: 'button' }, 'Show figures'),
      h('a', { class: 'button button-quiet', href: routeUrl({ name: 'figures', query: defaultFigureQuery }) }, 'Clear filters'),
    ),
  );

  const results = h('div', { class: 'figure-results', 'aria-live': 'polite' });
  replace(
    context.main,
    h('h1', { tabindex: '-1' }, 'Figures'),
    h('p', { class: 'lead' }, 'Every reported number, with how it was hedged, when it applies, who gave it and where it was printed. Figures of the same quantity are kept together so you can see how they changed.'),
    form,
    results,
  );
  context.focusHeading();
  void showNames(context, query, reporterBox, aboutBox);

  const filter = {
    ...(query.reporter !== '' && { reportedBy: query.reporter, includeMembers: query.members }),
    ...(query.about !== '' && { about: query.about }),
    ...(query.kinds.length > 0 && { attribution: query.kinds }),
    ...(query.from !== '' && { refersFrom: query.from }),
    ...(query.to !== '' && { refersTo: query.to }),
  };
  const figures: Figure[] = [];
  let sortState = { sort: query.sort, descending: query.descending, together: query.together };

  const load = async (after: string | null) => {
    if (after === null) replace(results, loading('figures'));
    const result = await gql(figuresQuery, { filter, first: pageSize, after }, context.signal);
    if (!result.ok) {
      if (result.error.kind !== 'aborted') replace(results, errorBox(result.error, () => void load(after)));
      return;
    }
    const page = result.data.figures;
    figures.push(...page.edges.map((edge) => edge.node));
    if (figures.length === 0) {
      replace(results, emptyBox(Object.keys(filter).length === 0 ? 'The graph holds no figures yet.' : 'No figure matches these filters. Loosen one and try again.'));
      return;
    }
    replace(
      results,
      h('p', { class: 'result-count', role: 'status' }, `${page.totalCount} figure${page.totalCount === 1 ? '' : 's'} match${page.totalCount === 1 ? 'es' : ''}`, figures.length < page.totalCount ? `; showing ${figures.length}` : ''),
      figureTable(figures, {
        caption: 'Figures matching the filters',
        ...sortState,
        onChange: (state) => {
          sortState = state;
          // Remember the order in the URL without reloading the data.
          history.replaceState(null, '', routeUrl({ name: 'figures', query: { ...query, ...state } }));
        },
      }),
      page.pageInfo.hasNextPage
        ? h('button', { type: 'button', class: 'button button-quiet load-more', onclick: () => void load(page.pageInfo.endCursor) }, 'Load more figures')
        : null,
    );
  };
  void load(null);
}

function dateInput(label: string, value: string): { element: HTMLElement; input: HTMLInputElement } {
  const id = uniqueId('date');
  const hintId = `${id}-hint`;
  const input = h('input', { id, type: 'text', inputmode: 'numeric', placeholder: 'YYYY-MM', 'aria-describedby': hintId, size: '10' });
  input.value = value;
  input.addEventListener('input', () => input.removeAttribute('aria-invalid'));
  return {
    input,
    element: h('div', { class: 'date-field' }, h('label', { for: id, class: 'field-label' }, label), input, h('span', { id: hintId, class: 'visually-hidden' }, 'A year, a month (2022-12) or a day')),
  };
}

/** Ids in the URL (org:gur) are shown as names once known; the filter keeps using the id. */
async function showNames(context: ViewContext, query: FigureQuery, reporterBox: Combobox, aboutBox: Combobox): Promise<void> {
  const pairs: Array<[string, Combobox]> = [
    [query.reporter, reporterBox],
    [query.about, aboutBox],
  ];
  for (const [value, box] of pairs) {
    if (!value.includes(':')) continue;
    const result = await gql(entityNameQuery, { name: value }, context.signal);
    if (result.ok && result.data.entity !== null && box.input.value === value) box.setValue(result.data.entity.name);
  }
}
