import { h } from '../dom';
import { partialDate } from '../format';
import type { Claim } from '../types';
import { entityLink, sourceLinks } from './links';
import { cell } from './tableCell';

/**
 * What the sources say about an entity's properties, value by value: each value with the
 * sources that give it, the one the page shows marked "shown", contradicted ones "disputed".
 * Shared by the entity page, the source page and the disagreements list.
 */

const propertyLabels: Record<string, string> = {
  name: 'Name',
  alias: 'Spellings',
  description: 'Description',
  kind: 'Kind',
  date: 'Date',
  dateLabel: 'Date as worded',
  place: 'Place',
  role: 'Role',
  since: 'Since',
  until: 'Until',
};

/** The property in words; a figure measure (`hotline.defections.total`) stays as it is. */
export function propertyLabel(property: string): string {
  return propertyLabels[property] ?? property;
}

const partialDatePattern = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The value as a reader wants it: dates in words, places and organisations as links. */
export function claimValue(claim: Claim): HTMLElement {
  switch (claim.property) {
    case 'date':
    case 'since':
    case 'until':
      return partialDatePattern.test(claim.value)
        ? h('time', { class: 'claim-value', datetime: claim.value }, partialDate(claim.value))
        : h('span', { class: 'claim-value' }, claim.value);
    case 'place':
      return h('span', { class: 'claim-value' }, claim.entity !== null ? entityLink(claim.entity) : claim.value);
    case 'role':
      return h('span', { class: 'claim-value' }, claim.value, claim.entity !== null ? [h('span', { class: 'muted' }, ' in '), entityLink(claim.entity)] : null);
    case 'kind':
      return h('span', { class: 'claim-value' }, claim.value.toLowerCase().replace(/_/g, ' '));
    default:
      return h(
        'span',
        { class: 'claim-value' },
        claim.value,
        claim.reportedBy !== null ? h('span', { class: 'muted' }, ' according to ', entityLink(claim.reportedBy, { badge: false })) : null,
      );
  }
}

/**
 * "shown" on the value the plain field shows and "disputed" on a contradicted one. Every
 * spelling is kept and preferred, and figures have no single shown value: neither is marked shown.
 */
export function claimBadges(claim: Claim): HTMLElement[] {
  const badges: HTMLElement[] = [];
  if (claim.preferred && claim.property !== 'alias' && claim.figure === null) {
    badges.push(h('span', { class: 'badge badge-shown', title: 'The value this entity’s page shows for the property' }, 'shown'));
  }
  if (claim.disputed) {
    badges.push(h('span', { class: 'badge badge-disputed', title: 'Another source gives a value that cannot also be true' }, 'disputed'));
  }
  return badges;
}

/** The badges, or for a value another one was preferred over, "not shown". */
export function statusCell(claim: Claim): HTMLElement {
  const badges = claimBadges(claim);
  if (badges.length > 0) return h('span', { class: 'claim-status' }, badges.flatMap((b, i) => [i > 0 ? ' ' : '', b]));
  return h('span', { class: 'claim-status muted' }, claim.preferred || claim.figure !== null ? '—' : 'not shown');
}

/**
 * An entity's property claims grouped by property in the API's order, spellings folded into a
 * disclosure. Figure claims are left to the figures tables. Null when there is nothing to show.
 */
export function claimsTable(subjectName: string, claims: Claim[]): HTMLElement | null {
  const properties = claims.filter((c) => c.figure === null);
  const spellings = properties.filter((c) => c.property === 'alias');
  const groups = new Map<string, Claim[]>();
  for (const claim of properties) {
    if (claim.property === 'alias') continue;
    groups.set(claim.property, [...(groups.get(claim.property) ?? []), claim]);
  }
  if (groups.size === 0 && spellings.length === 0) return null;
  return h(
    'div',
    { class: 'claims' },
    groups.size > 0
      ? h(
          'div',
          { class: 'table-scroll' },
          h(
            'table',
            { class: 'data-table claims-table' },
            h('colgroup', null, h('col', { class: 'col-claim-value' }), h('col', { class: 'col-claim-sources' }), h('col', { class: 'col-claim-status' })),
            h('caption', { class: 'visually-hidden' }, `What the sources say about ${subjectName}, by property`),
            h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Value'), h('th', { scope: 'col' }, 'Given by'), h('th', { scope: 'col' }, 'Status'))),
            [...groups].map(([property, group]) =>
              h(
                'tbody',
                { 'data-property': property },
                h(
                  'tr',
                  { class: 'group-row' },
                  h(
                    'th',
                    { colspan: '3', scope: 'rowgroup' },
                    h('span', { class: 'group-title' }, propertyLabel(property)),
                    group.length > 1 ? h('span', { class: 'muted' }, ` — ${group.length} values`) : null,
                  ),
                ),
                group.map((claim) =>
                  h(
                    'tr',
                    { class: claim.disputed ? 'claim claim-disputed' : 'claim', 'data-claim-id': claim.id, 'data-property': property },
                    cell('Value', claimValue(claim)),
                    cell('Given by', sourceLinks(claim.sources)),
                    cell('Status', statusCell(claim)),
                  ),
                ),
              ),
            ),
          ),
        )
      : null,
    spellings.length > 0
      ? h(
          'details',
          { class: 'spellings' },
          h('summary', null, `Spellings the sources use (${spellings.length})`),
          h(
            'ul',
            { class: 'plain-list spelling-list' },
            spellings.map((claim) =>
              h(
                'li',
                { 'data-claim-id': claim.id },
                h('span', { class: 'alias', lang: /[\u0400-\u04FF]/.test(claim.value) ? 'ru' : null }, claim.value),
                ' ',
                sourceLinks(claim.sources),
              ),
            ),
          ),
        )
      : null,
  );
}
