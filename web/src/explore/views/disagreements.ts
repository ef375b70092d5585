import { gql } from '../api';
import { h, replace } from '../dom';
import { claimBadges, claimValue, propertyLabel } from '../components/claims';
import { combobox } from '../components/combobox';
import { emptyBox, errorBox, loading } from '../components/feedback';
import { entityLink, sourceLinks } from '../components/links';
import { cell } from '../components/tableCell';
import { disagreementsQuery } from '../queries';
import { navigate, routeUrl } from '../router';
import type { Disagreement, DisagreementConnection } from '../types';
import type { ViewContext } from './context';

const pageSize = 20;

/**
 * Where the sources contradict each other: one row per entity and property, every value with
 * its sources. Paged with the API's cursors (the URL keeps the page), optionally about one entity.
 */
export function disagreementsView(context: ViewContext, about: string, after: string): void {
  context.setTitle('Disagreements');
  let chosen = about;
  const aboutBox = combobox({
    label: 'About',
    value: about,
    placeholder: 'Any entity',
    onPick: (entity) => (chosen = entity.id),
    onEdit: (text) => (chosen = text.trim()),
  });
  const form = h(
    'form',
    {
      class: 'filters',
      'aria-label': 'Filter disagreements',
      onsubmit: (event: Event) => {
        event.preventDefault();
        navigate(routeUrl({ name: 'disagreements', about: chosen, after: '' }));
      },
    },
    h('div', { class: 'filter-row filter-row-single' }, h('div', { class: 'filter-field' }, aboutBox.element)),
    h(
      'div',
      { class: 'form-buttons' },
      h('button', { type: 'submit', class: 'button' }, 'Show disagreements'),
      about !== '' ? h('a', { class: 'button button-quiet', href: routeUrl({ name: 'disagreements', about: '', after: '' }) }, 'About any entity') : null,
    ),
  );
  const results = h('div', { class: 'disagreement-results' }, loading('the disagreements'));
  replace(
    context.main,
    h('h1', { tabindex: '-1' }, 'Where the sources disagree'),
    h(
      'p',
      { class: 'lead' },
      'Dates neither of which contains the other, places neither of which lies in the other, and figures of one quantity that cannot both be right — each value with the sources that give it.',
    ),
    form,
    results,
  );
  context.focusHeading();

  const load = async () => {
    replace(results, loading('the disagreements'));
    const variables = { first: pageSize, ...(about !== '' && { about }), ...(after !== '' && { after }) };
    const result = await gql(disagreementsQuery, variables, context.signal);
    if (!result.ok) {
      if (result.error.kind !== 'aborted') replace(results, errorBox(result.error, () => void load()));
      return;
    }
    const page = result.data.disagreements;
    const rows = page.edges.map((edge) => edge.node);
    if (page.totalCount === 0) {
      replace(results, emptyBox(about !== '' ? `The sources do not contradict each other about “${about}”.` : 'The sources in the graph do not contradict each other anywhere.'));
      return;
    }
    replace(
      results,
      h(
        'p',
        { class: 'result-count', role: 'status' },
        `${page.totalCount} disagreement${page.totalCount === 1 ? '' : 's'}${about !== '' ? ` about “${about}”` : ''}`,
        rows.length < page.totalCount ? `; ${rows.length} on this page` : '',
      ),
      rows.length > 0 ? table(rows) : emptyBox('This page is empty; go back to the first page.'),
      h(
        'nav',
        { class: 'pager', 'aria-label': 'Pages of disagreements' },
        after !== '' ? h('a', { class: 'button button-quiet', href: routeUrl({ name: 'disagreements', about, after: '' }) }, 'First page') : null,
        page.pageInfo.hasNextPage && page.pageInfo.endCursor !== null
          ? h('a', { class: 'button', rel: 'next', href: routeUrl({ name: 'disagreements', about, after: page.pageInfo.endCursor }) }, 'Next page')
          : null,
      ),
    );
  };
  void load();
}

function table(rows: Disagreement[]): HTMLElement {
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'data-table disagreements' },
      h('caption', { class: 'visually-hidden' }, 'Disagreements between sources, by entity and property'),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'About'), h('th', { scope: 'col' }, 'Property'), h('th', { scope: 'col' }, 'What each source says'))),
      h(
        'tbody',
        null,
        rows.map((row) =>
          h(
            'tr',
            { 'data-subject-id': row.subject.id, 'data-property': row.property },
            cell('About', entityLink(row.subject)),
            cell('Property', propertyLabel(row.property) === row.property ? h('code', { class: 'measure' }, row.property) : propertyLabel(row.property)),
            cell(
              'Values',
              h(
                'ul',
                { class: 'plain-list claim-values' },
                row.claims.map((claim) =>
                  h(
                    'li',
                    { class: claim.disputed ? 'claim claim-disputed' : 'claim', 'data-claim-id': claim.id },
                    claimValue(claim),
                    ' ',
                    claimBadges(claim).flatMap((badge) => [badge, ' ']),
                    h('div', { class: 'claim-sources' }, sourceLinks(claim.sources)),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
