import { h } from '../dom';
import { cell } from './tableCell';
import { relationPhrase } from '../format';
import type { EntityRef, Relation } from '../types';
import { entityLink, sourceList, timeTag } from './links';

/**
 * An entity's relationships in both directions, each read as a short sentence from this
 * entity ("is a member of", "has as a member") with its role, time and sources.
 */
export function relationsTable(self: EntityRef, relations: Relation[]): HTMLElement {
  const sorted = [...relations].sort(
    (a, b) => a.direction.localeCompare(b.direction) * -1 || a.type.localeCompare(b.type) || a.other.name.localeCompare(b.other.name),
  );
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'data-table relations' },
      h('caption', { class: 'visually-hidden' }, `Relationships of ${self.name}, both directions`),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', { scope: 'col' }, 'Relationship'),
          h('th', { scope: 'col' }, 'With'),
          h('th', { scope: 'col' }, 'Role'),
          h('th', { scope: 'col' }, 'When'),
          h('th', { scope: 'col' }, 'Source'),
        ),
      ),
      h(
        'tbody',
        null,
        sorted.map((relation) =>
          h(
            'tr',
            { 'data-relation': `${relation.type}:${relation.direction}` },
            cell(
              'Relationship',
              h('span', { class: 'direction', 'aria-hidden': 'true' }, relation.direction === 'OUT' ? '→ ' : '← '),
              relationPhrase(relation.type, relation.direction),
            ),
            cell('With', entityLink(relation.other)),
            cell('Role', relation.role ?? h('span', { class: 'muted' }, '—')),
            cell('When', when(relation)),
            cell('Source', sourceList(relation.sources)),
          ),
        ),
      ),
    ),
  );
}

function when(relation: Relation): HTMLElement {
  if (relation.since === null && relation.until === null) return h('span', { class: 'muted' }, '—');
  return h(
    'span',
    null,
    relation.since !== null ? ['since ', timeTag(relation.since)] : null,
    relation.since !== null && relation.until !== null ? ' ' : null,
    relation.until !== null ? ['until ', timeTag(relation.until)] : null,
  );
}
