import { h, type Child } from '../dom';

/** A table cell labelled for the one-card-per-row layout on phones; one wrapper keeps its parts together. */
export function cell(label: string, ...children: Child[]): HTMLTableCellElement {
  return h('td', { 'data-label': label }, h('div', { class: 'cell' }, children));
}
