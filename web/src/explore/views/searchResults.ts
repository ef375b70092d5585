import { gql } from '../api';
import { h, replace } from '../dom';
import { entityTypes, typeLabel } from '../format';
import { combobox } from '../components/combobox';
import { emptyBox, errorBox, loading } from '../components/feedback';
import { entityUrl, typeBadge } from '../components/links';
import { searchQuery } from '../queries';
import { navigate, routeUrl } from '../router';
import type { EntityType, SearchHit } from '../types';
import type { ViewContext } from './context';

/** All hits for a search, best first, with a filter by type. */
export function searchResultsView(context: ViewContext, q: string): void {
  context.setTitle(q === '' ? 'Search' : `Search: ${q}`);
  const search = combobox({
    label: 'Search again',
    hiddenLabel: true,
    value: q,
    placeholder: 'Search people, organisations, places, events',
    onPick: (entity) => navigate(entityUrl(entity.id)),
    onSubmit: (text) => navigate(routeUrl({ name: 'search', q: text })),
  });
  const results = h('div', { class: 'results' });
  replace(
    context.main,
    h('h1', { tabindex: '-1' }, q === '' ? 'Search' : ['Results for ', h('q', null, q)]),
    h('div', { class: 'search-again' }, search.element),
    results,
  );
  context.focusHeading();
  if (q === '') {
    replace(results, emptyBox('Type a name or a few words above: any spelling or transliteration will do.'));
    return;
  }

  const load = async () => {
    replace(results, loading('results'));
    const result = await gql(searchQuery, { query: q, first: 50 }, context.signal);
    if (!result.ok) {
      if (result.error.kind !== 'aborted') replace(results, errorBox(result.error, () => void load()));
      return;
    }
    const hits = result.data.search;
    if (hits.length === 0) {
      replace(results, emptyBox(`Nothing in the graph matches “${q}”.`, 'Check the spelling, try a shorter part of the name, or another transliteration.'));
      return;
    }
    let shown: EntityType | 'all' = 'all';
    const list = h('ol', { class: 'hit-list' });
    const count = h('p', { class: 'muted', role: 'status' });
    const draw = () => {
      const visible = hits.filter((hit) => shown === 'all' || hit.entity.__typename === shown);
      count.textContent = `${visible.length} of ${hits.length} result${hits.length === 1 ? '' : 's'}`;
      replace(
        list,
        visible.map((hit) =>
          h(
            'li',
            { class: 'hit' },
            h('div', { class: 'hit-head' }, typeBadge(hit.entity.__typename), ' ', h('a', { href: entityUrl(hit.entity.id), class: 'hit-name' }, hit.entity.name)),
            hit.entity.aliases.length > 0 ? h('p', { class: 'aliases muted' }, `Also: ${hit.entity.aliases.join(', ')}`) : null,
            hit.entity.description !== null ? h('p', { class: 'hit-description' }, hit.entity.description) : null,
          ),
        ),
      );
    };
    const present = entityTypes.filter((t) => hits.some((hit) => hit.entity.__typename === t));
    const filter = h(
      'fieldset',
      { class: 'type-filter' },
      h('legend', { class: 'visually-hidden' }, 'Show only one type'),
      (['all', ...present] as Array<EntityType | 'all'>).map((type) =>
        h(
          'label',
          { class: 'chip' },
          h('input', {
            type: 'radio',
            name: 'hit-type',
            value: type,
            checked: type === 'all',
            onchange: () => {
              shown = type;
              draw();
            },
          }),
          type === 'all' ? 'All types' : typeLabel[type],
        ),
      ),
    );
    replace(results, filter, count, list);
    draw();
  };
  void load();
}
