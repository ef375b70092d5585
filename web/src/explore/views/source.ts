import { gql } from '../api';
import { h, replace } from '../dom';
import { claimValue, propertyLabel, statusCell } from '../components/claims';
import { emptyBox, errorBox, loading } from '../components/feedback';
import { figureTable } from '../components/figureTable';
import { entityLink, originalLink, timeTag } from '../components/links';
import { cell } from '../components/tableCell';
import { sourceQuery } from '../queries';
import { routeUrl } from '../router';
import type { SourceDetail, SubjectClaim } from '../types';
import type { ViewContext } from './context';

const figurePage = 100;

/** One source: what it is, the entities it names, what it says about them and its figures. */
export function sourceView(context: ViewContext, id: string): void {
  context.setTitle('Loading…');
  const load = async () => {
    replace(context.main, loading('the source'));
    const result = await gql(sourceQuery, { id, first: figurePage }, context.signal);
    if (!result.ok) {
      if (result.error.kind === 'aborted') return;
      context.setTitle('Error');
      replace(context.main, h('h1', { tabindex: '-1' }, 'Source'), errorBox(result.error, () => void load()));
      context.focusHeading();
      return;
    }
    const node = result.data.node;
    if (node === null || node.__typename !== 'Source') {
      context.setTitle('Not found');
      replace(
        context.main,
        h('h1', { tabindex: '-1' }, 'Not found'),
        emptyBox(`The graph has no source with the id “${id}”.`, h('a', { href: routeUrl({ name: 'sources' }) }, 'See all sources')),
      );
      context.focusHeading();
      return;
    }
    const source = node as SourceDetail;
    context.setTitle(source.title);
    replace(context.main, render(source));
    context.focusHeading();
  };
  void load();
}

function render(source: SourceDetail): HTMLElement {
  const figures = source.figures.edges.map((edge) => edge.node);
  const entities = [...source.entities].sort((a, b) => a.__typename.localeCompare(b.__typename) || a.name.localeCompare(b.name));
  return h(
    'article',
    { class: 'source-page', 'data-source-id': source.id },
    h(
      'header',
      { class: 'entity-head' },
      h('p', { class: 'eyebrow' }, h('span', { class: 'badge badge-source' }, 'Source')),
      h('h1', { tabindex: '-1' }, source.title),
      h(
        'dl',
        { class: 'facts' },
        h('div', null, h('dt', null, 'Publisher'), h('dd', { class: 'source-publisher' }, source.publisher ?? h('span', { class: 'muted' }, 'not recorded'))),
        h('div', null, h('dt', null, 'Published'), h('dd', { class: 'source-published' }, source.published !== null ? timeTag(source.published) : h('span', { class: 'muted' }, 'not recorded'))),
        source.url !== null ? h('div', null, h('dt', null, 'Original'), h('dd', null, originalLink(source.url))) : null,
        h('div', null, h('dt', null, 'Id'), h('dd', null, h('code', null, source.id))),
      ),
    ),
    h(
      'nav',
      { class: 'on-page', 'aria-label': 'On this page' },
      h('a', { href: '#entities' }, `Entities it names (${source.entityCount})`),
      h('a', { href: '#claims' }, `What it says (${source.claims.length})`),
      h('a', { href: '#figures' }, `Figures (${source.figures.totalCount})`),
    ),
    h(
      'section',
      { id: 'entities', class: 'panel', 'aria-labelledby': 'entities-title' },
      h('h2', { id: 'entities-title' }, 'Entities it names ', h('span', { class: 'count' }, String(source.entityCount))),
      entities.length > 0 ? h('ul', { class: 'entity-grid plain-list' }, entities.map((e) => h('li', { 'data-id': e.id }, entityLink(e)))) : emptyBox('This source names no entity.'),
      entities.length < source.entityCount ? h('p', { class: 'muted' }, `Showing the first ${entities.length} of ${source.entityCount}.`) : null,
    ),
    h(
      'section',
      { id: 'claims', class: 'panel', 'aria-labelledby': 'claims-title' },
      h('h2', { id: 'claims-title' }, 'What it says about them ', h('span', { class: 'count' }, String(source.claims.length))),
      source.claims.length > 0 ? claimsBySubject(source) : emptyBox('This source states no property of an entity.'),
    ),
    h(
      'section',
      { id: 'figures', class: 'panel', 'aria-labelledby': 'figures-title' },
      h('h2', { id: 'figures-title' }, 'Figures ', h('span', { class: 'count' }, String(source.figures.totalCount))),
      figures.length > 0 ? figureTable(figures, { caption: `Figures in ${source.title}` }) : emptyBox('No figure was read in this source.'),
      source.figures.pageInfo.hasNextPage ? h('p', { class: 'muted' }, `Showing the first ${figures.length} of ${source.figures.totalCount}.`) : null,
    ),
  );
}

/** The source's claims, one row group per entity in the API's order. */
function claimsBySubject(source: SourceDetail): HTMLElement {
  const groups = new Map<string, SubjectClaim[]>();
  for (const claim of source.claims) groups.set(claim.subject.id, [...(groups.get(claim.subject.id) ?? []), claim]);
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'data-table claims-table' },
      h('colgroup', null, h('col', { class: 'col-claim-property' }), h('col', { class: 'col-claim-text' }), h('col', { class: 'col-claim-status' })),
      h('caption', { class: 'visually-hidden' }, `What ${source.title} says about each entity it names`),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Property'), h('th', { scope: 'col' }, 'Value'), h('th', { scope: 'col' }, 'Status'))),
      [...groups.values()].map((claims) =>
        h(
          'tbody',
          { 'data-subject-id': claims[0]!.subject.id },
          h('tr', { class: 'group-row' }, h('th', { colspan: '3', scope: 'rowgroup' }, entityLink(claims[0]!.subject))),
          claims.map((claim) =>
            h(
              'tr',
              { class: claim.disputed ? 'claim claim-disputed' : 'claim', 'data-claim-id': claim.id, 'data-property': claim.property },
              cell('Property', propertyLabel(claim.property)),
              cell('Value', claimValue(claim)),
              cell('Status', statusCell(claim)),
            ),
          ),
        ),
      ),
    ),
  );
}
