import { h, replace, type Child } from '../dom';
import { cell } from './tableCell';
import { attributionHelp, attributionKinds, attributionLabel, monthsBetween, partialDate, signed } from '../format';
import type { FigureSort } from '../router';
import type { ComparableFigure, Figure, FigureComparison, FigureVerdict } from '../types';
import { entityLink, sourceCite, sourceLink, timeTag } from './links';

export interface FigureTableOptions {
  caption: string;
  sort?: FigureSort;
  descending?: boolean;
  /** Keep figures of the same measure next to each other, with the change between them. */
  together?: boolean;
  /** Told when the user re-sorts, so the URL can remember it. */
  onChange?(state: { sort: FigureSort; descending: boolean; together: boolean }): void;
}

const sortLabels: Record<FigureSort, string> = {
  value: 'Figure',
  time: 'Time',
  reporter: 'Reported by',
  kind: 'How',
};

/**
 * The figures table: each number in words with its hedge, what it counts, when, who stands
 * behind it and how, who passed it on, where it was read, and how it compares with other
 * figures of the same quantity. Sorting happens in the page, over the figures loaded.
 */
export function figureTable(figures: Figure[], options: FigureTableOptions): HTMLElement {
  let sort: FigureSort = options.sort ?? 'time';
  let descending = options.descending ?? false;
  let together = options.together ?? true;
  const wrapper = h('div', { class: 'figure-table' });

  const draw = () => {
    const toggle = h('input', {
      type: 'checkbox',
      checked: together,
      onchange: (event: Event) => {
        together = (event.target as HTMLInputElement).checked;
        options.onChange?.({ sort, descending, together });
        draw();
      },
    });
    const sorted = arrange(figures, sort, descending, together);
    const header = (key: FigureSort | null, label: string) => {
      if (key === null) return h('th', { scope: 'col' }, label);
      const current = sort === key;
      return h(
        'th',
        { scope: 'col', 'aria-sort': current ? (descending ? 'descending' : 'ascending') : 'none' },
        h(
          'button',
          {
            type: 'button',
            class: 'sort-button',
            onclick: () => {
              descending = current ? !descending : false;
              sort = key;
              options.onChange?.({ sort, descending, together });
              draw();
            },
          },
          label,
          h('span', { class: 'sort-mark', 'aria-hidden': 'true' }, current ? (descending ? ' ▼' : ' ▲') : ' ↕'),
        ),
      );
    };
    const sortSelect = h(
      'select',
      {
        'aria-label': 'Sort figures by',
        onchange: (event: Event) => {
          const [key, order] = (event.target as HTMLSelectElement).value.split(':') as [FigureSort, string];
          sort = key;
          descending = order === 'desc';
          options.onChange?.({ sort, descending, together });
          draw();
        },
      },
      (Object.keys(sortLabels) as FigureSort[]).flatMap((key) =>
        (['asc', 'desc'] as const).map((order) =>
          h('option', { value: `${key}:${order}`, selected: sort === key && descending === (order === 'desc') }, `${sortLabels[key]}, ${order === 'asc' ? 'ascending' : 'descending'}`),
        ),
      ),
    );
    replace(
      wrapper,
      h(
        'div',
        { class: 'table-tools' },
        h('label', { class: 'sort-select' }, 'Sort: ', sortSelect),
        h('label', { class: 'check' }, toggle, ' Keep figures of the same quantity together'),
      ),
      h(
        'div',
        { class: 'table-scroll' },
        h(
          'table',
          { class: 'data-table figures' },
          h(
            'colgroup',
            null,
            ['figure', 'time', 'reporter', 'kind', 'via', 'source', 'compared'].map((name) => h('col', { class: `col-${name}` })),
          ),
          h('caption', { class: 'visually-hidden' }, `${options.caption}, sorted by ${sortLabels[sort].toLowerCase()}${descending ? ', descending' : ''}`),
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              header('value', sortLabels.value),
              header('time', sortLabels.time),
              header('reporter', sortLabels.reporter),
              header('kind', sortLabels.kind),
              header(null, 'Via'),
              header(null, 'Source'),
              header(null, 'Compared with'),
            ),
          ),
          h('tbody', null, sorted.map((row) => (row.kind === 'group' ? groupRow(row.figures) : figureRow(row.figure, row.grouped)))),
        ),
      ),
    );
  };
  draw();
  return wrapper;
}

type Row = { kind: 'group'; figures: Figure[] } | { kind: 'figure'; figure: Figure; grouped: boolean };

function arrange(figures: Figure[], sort: FigureSort, descending: boolean, together: boolean): Row[] {
  const sorted = [...figures].sort((a, b) => {
    const order = compare(a, b, sort);
    return (descending ? -order : order) || a.id.localeCompare(b.id);
  });
  if (!together) return sorted.map((figure) => ({ kind: 'figure', figure, grouped: false }));
  const byMeasure = new Map<string, Figure[]>();
  for (const figure of sorted) byMeasure.set(figure.measure, [...(byMeasure.get(figure.measure) ?? []), figure]);
  const rows: Row[] = [];
  const placed = new Set<string>();
  for (const figure of sorted) {
    if (placed.has(figure.measure)) continue;
    placed.add(figure.measure);
    const group = byMeasure.get(figure.measure) ?? [figure];
    if (group.length === 1) {
      rows.push({ kind: 'figure', figure, grouped: false });
      continue;
    }
    const inTime = [...group].sort((a, b) => compare(a, b, 'time') || a.id.localeCompare(b.id));
    rows.push({ kind: 'group', figures: inTime });
    for (const member of inTime) rows.push({ kind: 'figure', figure: member, grouped: true });
  }
  return rows;
}

function compare(a: Figure, b: Figure, sort: FigureSort): number {
  switch (sort) {
    case 'value':
      return a.value - b.value;
    case 'time':
      return compareDates(a.refersTo, b.refersTo);
    case 'reporter':
      return compareText(reporterName(a), reporterName(b));
    case 'kind':
      return attributionKinds.indexOf(a.attribution.kind) - attributionKinds.indexOf(b.attribution.kind);
    default:
      return 0;
  }
}

/** Undated figures go last in either direction of the comparison's caller. */
function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b);
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  return a.localeCompare(b);
}

function reporterName(figure: ComparableFigure): string {
  return figure.attribution.reportedBy?.name ?? figure.attribution.reporterLabel ?? '';
}

function groupRow(figures: Figure[]): HTMLElement {
  const first = figures[0]!;
  const last = figures[figures.length - 1]!;
  const oneCurrency = figures.every((f) => f.currency === first.currency);
  const change = oneCurrency && first.refersTo !== null && last.refersTo !== null && first.refersTo !== last.refersTo ? changeText(first, last) : null;
  return h(
    'tr',
    { class: 'group-row' },
    h(
      'th',
      { colspan: '7', scope: 'rowgroup' },
      h('span', { class: 'group-title' }, `${figures.length} figures of the same quantity`),
      ' ',
      h('code', { class: 'measure' }, first.measure),
      change !== null ? h('span', { class: 'group-change' }, ` — ${first.display} → ${last.display}: ${change}`) : null,
      !oneCurrency ? h('span', { class: 'muted' }, ' — in different currencies, shown side by side and not compared') : null,
    ),
  );
}

function figureRow(figure: Figure, grouped: boolean): HTMLElement {
  const a = figure.attribution;
  return h(
    'tr',
    { class: grouped ? 'grouped' : null, 'data-figure-id': figure.id },
    cell(
      'Figure',
      h('strong', { class: 'figure-display' }, figure.display),
      h('div', { class: 'counts' }, figure.counts),
      h('details', { class: 'statement' }, h('summary', null, 'In a sentence'), h('p', null, figure.statement)),
    ),
    cell('Time', timeCell(figure)),
    cell('Reported by', reporterCell(figure)),
    cell(
      'How',
      h('span', { class: `kind kind-${a.kind.toLowerCase()}`, title: attributionHelp[a.kind] }, attributionLabel[a.kind]),
      a.said !== null ? h('div', { class: 'muted' }, 'said ', timeTag(a.said)) : a.saidLabel !== null ? h('div', { class: 'muted' }, `said ${a.saidLabel}`) : null,
    ),
    cell('Via', a.via !== null ? entityLink(a.via, { badge: false }) : h('span', { class: 'muted' }, '—')),
    cell('Source', sourceCite(a.source)),
    cell('Compared with', comparableCell(figure)),
  );
}

function timeCell(figure: ComparableFigure): HTMLElement {
  if (figure.refersTo !== null) {
    return h('span', null, timeTag(figure.refersTo), figure.refersToEnd !== null ? [' to ', timeTag(figure.refersToEnd)] : null);
  }
  if (figure.refersToLabel !== null) return h('span', { class: 'muted' }, figure.refersToLabel);
  return h('span', { class: 'muted' }, 'not stated');
}

function reporterCell(figure: Figure): HTMLElement {
  const a = figure.attribution;
  if (a.reportedBy !== null) return entityLink(a.reportedBy);
  if (a.reporterLabel !== null) return h('span', { class: 'unnamed' }, a.reporterLabel, h('span', { class: 'muted' }, ' (unnamed)'));
  if (a.kind === 'ASSERTED') return h('span', { class: 'muted' }, a.source.publisher ?? 'the outlet itself');
  return h('span', { class: 'muted' }, 'not named');
}

/**
 * How the other figures of the same measure stand to this one: the change from the latest
 * earlier figure, counts of those that corroborate and contradict it (each list behind a
 * disclosure), figures of other periods, and figures in other currencies marked not comparable.
 */
function comparableCell(figure: Figure): HTMLElement {
  if (figure.comparisons.length === 0) return h('span', { class: 'muted' }, '—');
  const byVerdict = (verdict: FigureVerdict) =>
    figure.comparisons.filter((c) => c.verdict === verdict).sort((a, b) => compareDates(a.figure.refersTo, b.figure.refersTo) || a.figure.id.localeCompare(b.figure.id));
  // Amounts in another currency are never converted, so they give no change either.
  const sameUnit = figure.comparisons.filter((c) => c.verdict !== 'NOT_COMPARABLE').map((c) => c.figure);
  const earlier = figure.refersTo === null ? [] : sameUnit.filter((o) => o.refersTo !== null && o.refersTo < figure.refersTo!).sort((a, b) => compareDates(a.refersTo, b.refersTo));
  const previous = earlier[earlier.length - 1];
  const otherPeriods = byVerdict('OTHER_PERIOD');
  const notComparable = byVerdict('NOT_COMPARABLE');
  return h(
    'div',
    { class: 'comparable' },
    previous !== undefined ? h('p', { class: 'change' }, changeText(previous, figure)) : null,
    verdictList('CORROBORATES', byVerdict('CORROBORATES')),
    verdictList('CONTRADICTS', byVerdict('CONTRADICTS')),
    otherPeriods.length > 0
      ? h(
          'ul',
          { class: 'plain-list other-periods', 'aria-label': 'Other periods' },
          otherPeriods.map(({ figure: other }) => h('li', { 'data-verdict': 'OTHER_PERIOD', 'data-figure-id': other.id }, periodPrefix(other), other.display, reporterSuffix(other, figure))),
        )
      : null,
    notComparable.length > 0
      ? h(
          'ul',
          { class: 'plain-list not-comparable' },
          notComparable.map(({ figure: other, reason }) =>
            h(
              'li',
              { 'data-verdict': 'NOT_COMPARABLE', 'data-figure-id': other.id },
              periodPrefix(other),
              other.display,
              reporterSuffix(other, figure),
              ' ',
              h('span', { class: 'badge badge-not-comparable', title: reason }, 'not comparable'),
              h('span', { class: 'visually-hidden' }, `: ${reason}`),
            ),
          ),
        )
      : null,
  );
}

const verdictWords: Record<'CORROBORATES' | 'CONTRADICTS', string> = {
  CORROBORATES: 'Corroborated by',
  CONTRADICTS: 'Contradicted by',
};

/** "Corroborated by 2" with, when opened, each figure's words, reporter and source. */
function verdictList(verdict: 'CORROBORATES' | 'CONTRADICTS', comparisons: FigureComparison[]): HTMLElement | null {
  if (comparisons.length === 0) return null;
  return h(
    'details',
    { class: `verdict verdict-${verdict.toLowerCase()}`, 'data-verdict': verdict },
    h('summary', null, h('span', { 'aria-hidden': 'true', class: 'verdict-mark' }, verdict === 'CORROBORATES' ? '✓ ' : '✗ '), `${verdictWords[verdict]} ${comparisons.length}`),
    h(
      'ul',
      { class: 'plain-list' },
      comparisons.map(({ figure: other, reason }) =>
        h(
          'li',
          { 'data-figure-id': other.id, title: reason },
          periodPrefix(other),
          h('strong', null, other.display),
          reporterName(other) !== '' ? h('span', null, ` — ${reporterName(other)}`) : null,
          h('div', { class: 'muted' }, sourceLink(other.attribution.source)),
        ),
      ),
    ),
  );
}

function periodPrefix(other: ComparableFigure): Child {
  return other.refersTo !== null ? [timeTag(other.refersTo), ': '] : other.refersToLabel !== null ? `${other.refersToLabel}: ` : '';
}

function reporterSuffix(other: ComparableFigure, figure: Figure): HTMLElement | null {
  const name = reporterName(other);
  return name !== '' && name !== reporterName(figure) ? h('span', { class: 'muted' }, ` (${name})`) : null;
}

/** "+1,500 (+100%) since December 2022, over 3 months"; "≈" when either number is hedged. */
function changeText(from: ComparableFigure, to: ComparableFigure): string {
  const delta = to.value - from.value;
  const hedged = from.qualifier !== 'EXACT' || to.qualifier !== 'EXACT';
  const percent = from.value !== 0 ? ` (${signed(Math.round((delta / from.value) * 1000) / 10)}%)` : '';
  const months = from.refersTo !== null && to.refersTo !== null ? monthsBetween(from.refersTo, to.refersTo) : null;
  const since = from.refersTo !== null ? ` since ${partialDate(from.refersTo)}` : '';
  const span = months !== null && months > 0 ? `, over ${months} month${months === 1 ? '' : 's'}` : '';
  return `${hedged ? '≈ ' : ''}${signed(delta)}${percent}${since}${span}`;
}

