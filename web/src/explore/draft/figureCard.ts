import { h, uniqueId } from '../dom';
import { attributionKinds, attributionLabel } from '../format';
import type { AttributionKind, Qualifier } from '../types';
import type { BundleFigure, DraftBundle } from './bundle';
import { dropFigure, setKind, setQualifier, setReporter } from './corrections';
import { figureReading } from './figureReading';
import { qualifierLabel, qualifiers } from './figureWords';
import { entityName, type ReviewState } from './reviewState';

export interface CardActions {
  /** Applies a correction to the bundle; `note` says what it did. */
  correct(note: string, change: (bundle: DraftBundle) => DraftBundle): void;
  /** Shows a stretch of the text and scrolls to it. */
  showText(range: { start: number; end: number }, selected: { kind: 'figure' | 'mention'; key: string }): void;
}

const unnamed = '(unnamed)';

/** One draft figure: what was read, and the controls to correct its hedge, kind and reporter or drop it. */
export function figureCard(state: ReviewState, figure: BundleFigure, actions: CardActions): HTMLElement {
  const span = state.draft.figures.find((f) => f.figureId === figure.id);
  const a = figure.attribution;
  const key = (what: string) => `figure:${figure.id}:${what}`;

  const kindId = uniqueId('kind');
  const kindSelect = h(
    'select',
    {
      id: kindId,
      'data-key': key('kind'),
      onchange: (event: Event) => {
        const kind = (event.target as HTMLSelectElement).value as AttributionKind;
        actions.correct(`${figure.id}: how it was reported is now “${attributionLabel[kind]}”.`, (b) => setKind(b, figure.id, kind));
      },
    },
    attributionKinds.map((k) => h('option', { value: k, selected: k === a.kind }, attributionLabel[k])),
  );

  const qualifierId = uniqueId('qualifier');
  const qualifierSelect = h(
    'select',
    {
      id: qualifierId,
      'data-key': key('qualifier'),
      onchange: (event: Event) => {
        const qualifier = (event.target as HTMLSelectElement).value as Qualifier;
        actions.correct(`${figure.id}: the hedge is now “${qualifierLabel[qualifier]}”.`, (b) => setQualifier(b, figure.id, qualifier));
      },
    },
    qualifiers.map((q) => h('option', { value: q, selected: q === figure.qualifier }, qualifierLabel[q])),
  );

  const reporterId = uniqueId('reporter');
  const reporterValue = a.reportedBy ?? (a.reporterLabel !== undefined ? unnamed : '');
  const reporterSelect = h(
    'select',
    {
      id: reporterId,
      'data-key': key('reporter'),
      onchange: (event: Event) => {
        const value = (event.target as HTMLSelectElement).value;
        if (value === unnamed) {
          labelInput.focus();
          return;
        }
        if (value === '') actions.correct(`${figure.id}: no reporter.`, (b) => setReporter(b, figure.id, null));
        else actions.correct(`${figure.id}: reported by ${entityName(state, value)}.`, (b) => setReporter(b, figure.id, { entityId: value }));
      },
    },
    h('option', { value: '', selected: reporterValue === '' }, 'nobody named'),
    [...state.bundle.entities]
      .filter((e) => e.type === 'PERSON' || e.type === 'ORGANIZATION')
      .sort((x, y) => x.type.localeCompare(y.type) || x.name.localeCompare(y.name))
      .map((e) => h('option', { value: e.id, selected: e.id === reporterValue }, `${e.name} (${e.id})`)),
    h('option', { value: unnamed, selected: reporterValue === unnamed }, 'someone unnamed (type below)'),
  );
  const labelId = uniqueId('label');
  const applyLabel = () => {
    const label = labelInput.value.trim();
    if (label === (a.reporterLabel ?? '')) return;
    if (label === '') actions.correct(`${figure.id}: no reporter.`, (b) => setReporter(b, figure.id, null));
    else actions.correct(`${figure.id}: reported by “${label}” (unnamed).`, (b) => setReporter(b, figure.id, { label }));
  };
  const labelInput = h('input', {
    id: labelId,
    type: 'text',
    'data-key': key('label'),
    value: a.reporterLabel ?? '',
    placeholder: 'e.g. a GUR official',
    onchange: applyLabel,
    onkeydown: (event: KeyboardEvent) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        applyLabel();
      }
    },
  });

  const evidence = figure.evidence ?? (span !== undefined ? { start: span.start, end: span.end } : undefined);
  return h(
    'li',
    { class: 'draft-figure', 'data-figure-id': figure.id },
    h(
      'dl',
      { class: 'reading' },
      figureReading(state, figure).map(([label, value]) => h('div', { 'data-field': label }, h('dt', null, label), h('dd', null, value))),
    ),
    h('p', { class: 'statement muted' }, figure.statement),
    h(
      'div',
      { class: 'correct-grid' },
      h('div', null, h('label', { class: 'field-label', for: kindId }, 'How it was reported'), kindSelect),
      h('div', null, h('label', { class: 'field-label', for: qualifierId }, 'Hedge'), qualifierSelect),
      h('div', null, h('label', { class: 'field-label', for: reporterId }, 'Reporter'), reporterSelect),
      h('div', null, h('label', { class: 'field-label', for: labelId }, 'Unnamed reporter'), labelInput),
    ),
    h(
      'div',
      { class: 'card-actions' },
      evidence !== undefined
        ? h('button', { type: 'button', class: 'button button-quiet', 'data-key': key('show'), onclick: () => actions.showText(evidence, { kind: 'figure', key: figure.id }) }, 'Show in text')
        : null,
      h('button', { type: 'button', class: 'button button-quiet button-danger', onclick: () => actions.correct(`Dropped ${figure.id}.`, (b) => dropFigure(b, figure.id)) }, 'Drop figure'),
    ),
  );
}
