import { gql } from '../api';
import { h, replace } from '../dom';
import { typeLabel } from '../format';
import { emptyBox, errorBox, loading } from '../components/feedback';
import { figureTable } from '../components/figureTable';
import { sourceList, timeTag, typeBadge, entityLink } from '../components/links';
import { relationsTable } from '../components/relationsTable';
import { claimsTable } from '../components/claims';
import { entityQuery } from '../queries';
import { defaultFigureQuery, routeUrl } from '../router';
import type { EntityDetail, FigureConnection } from '../types';
import type { ViewContext } from './context';

/**
 * One entity: what it is, every relationship in both directions with its sources, the figures
 * it reported and the figures about it. Reached by id, name or alias (/explore/entity/Alferov).
 */
/**
 * Figures shown per table; the Figures page pages through the rest. Each comes with its
 * comparisons: at the hubs of the 100k benchmark graph, 100 made a 3.6–3.9 MB page in 2–3.6 s,
 * 25 make 0.9–1.3 MB in 0.35–1.0 s.
 */
const figuresShown = 25;

export function entityView(context: ViewContext, id: string): void {
  context.setTitle('Loading…');
  const load = async () => {
    replace(context.main, loading('the entity'));
    const result = await gql(entityQuery, { name: id, first: figuresShown }, context.signal);
    if (!result.ok) {
      if (result.error.kind === 'aborted') return;
      context.setTitle('Error');
      replace(context.main, h('h1', { tabindex: '-1' }, 'Entity'), errorBox(result.error, () => void load()));
      context.focusHeading();
      return;
    }
    const entity = result.data.entity;
    if (entity === null) {
      context.setTitle('Not found');
      replace(
        context.main,
        h('h1', { tabindex: '-1' }, 'Not found'),
        emptyBox(`The graph has no entity with the id, name or alias “${id}”.`, h('a', { href: routeUrl({ name: 'search', q: id }) }, `Search for “${id}” instead`)),
      );
      context.focusHeading();
      return;
    }
    context.setTitle(entity.name);
    replace(context.main, render(entity));
    context.focusHeading();
  };
  void load();
}

function render(entity: EntityDetail): HTMLElement {
  // An event's kind is asked for as eventKind (it is non-null there); a person has none.
  const kind = entity.__typename === 'Event' ? entity.eventKind : entity.__typename === 'Person' ? null : entity.kind;
  const facts = [
    kind !== null ? h('div', null, h('dt', null, 'Kind'), h('dd', null, kind.toLowerCase())) : null,
    entity.__typename === 'Event'
      ? h('div', null, h('dt', null, 'When'), h('dd', null, entity.date != null ? timeTag(entity.date) : entity.dateLabel ?? h('span', { class: 'muted' }, 'not stated')))
      : null,
    entity.__typename === 'Event' && entity.place !== null ? h('div', null, h('dt', null, 'Where'), h('dd', null, entityLink(entity.place))) : null,
    h('div', null, h('dt', null, 'Id'), h('dd', null, h('code', null, entity.id))),
  ];
  const figuresLink = routeUrl({
    name: 'figures',
    query: { ...defaultFigureQuery, reporter: entity.id, members: entity.__typename === 'Organization' },
  });

  return h(
    'article',
    { class: 'entity', 'data-entity-id': entity.id },
    h(
      'header',
      { class: 'entity-head' },
      h('p', { class: 'eyebrow' }, typeBadge(entity.__typename)),
      h('h1', { tabindex: '-1' }, entity.name),
      entity.aliases.length > 0
        ? h('p', { class: 'aliases' }, h('span', { class: 'muted' }, 'Also written: '), h('span', { class: 'alias-list' }, entity.aliases.map((a) => h('span', { class: 'alias', lang: /[\u0400-\u04FF]/.test(a) ? 'ru' : null }, a))))
        : null,
      entity.description !== null ? h('p', { class: 'description' }, entity.description) : h('p', { class: 'muted' }, 'No description yet.'),
      h('dl', { class: 'facts' }, facts),
      h(
        'nav',
        { class: 'actions', 'aria-label': `Explore from ${entity.name}` },
        h('a', { class: 'button', href: routeUrl({ name: 'graph', id: entity.id, hops: 2 }) }, 'Neighbourhood graph'),
        h('a', { class: 'button button-quiet', href: figuresLink }, entity.__typename === 'Organization' ? 'Figures by it and its people' : 'Figures it reported'),
        h('a', { class: 'button button-quiet', href: routeUrl({ name: 'path', from: entity.id, to: '', hops: 4 }) }, 'Find a path from here'),
      ),
    ),
    h(
      'nav',
      { class: 'on-page', 'aria-label': 'On this page' },
      h('a', { href: '#relations' }, `Relationships (${entity.relations.length})`),
      h('a', { href: '#claims' }, 'What the sources say'),
      h('a', { href: '#reported' }, `Figures it reported (${entity.reported.totalCount})`),
      h('a', { href: '#about' }, `Figures about it (${entity.mentionedIn.totalCount})`),
      h('a', { href: '#sources' }, `Sources (${entity.sources.length})`),
    ),
    h(
      'section',
      { id: 'relations', class: 'panel', 'aria-labelledby': 'relations-title' },
      h('h2', { id: 'relations-title' }, 'Relationships ', h('span', { class: 'count' }, String(entity.relations.length))),
      entity.relations.length > 0 ? relationsTable(entity, entity.relations) : emptyBox(`No relationships of this ${typeLabel[entity.__typename].toLowerCase()} are recorded.`),
    ),
    claimsSection(entity),
    figureSection('reported', 'Figures it reported', entity.reported, `${entity.name} has not reported any figure in the graph.`, entity.name),
    figureSection('about', 'Figures about it', entity.mentionedIn, `No figure in the graph is about ${entity.name}.`, entity.name),
    h(
      'section',
      { id: 'sources', class: 'panel', 'aria-labelledby': 'sources-title' },
      h('h2', { id: 'sources-title' }, 'Sources that name it'),
      sourceList(entity.sources),
    ),
  );
}

function claimsSection(entity: EntityDetail): HTMLElement {
  const table = claimsTable(entity.name, entity.claims);
  const figureClaims = entity.claims.filter((c) => c.figure !== null).length;
  return h(
    'section',
    { id: 'claims', class: 'panel', 'aria-labelledby': 'claims-title' },
    h('h2', { id: 'claims-title' }, 'What the sources say'),
    h(
      'p',
      { class: 'muted section-note' },
      'Every value a source gives, with the sources that give it. The page shows one value per property (marked shown); values that contradict another are marked disputed.',
      figureClaims === 1 ? ' The figure about it is in the figures table below.' : figureClaims > 1 ? ` The ${figureClaims} figures about it are in the figures tables below.` : '',
      ' ',
      h('a', { href: routeUrl({ name: 'disagreements', about: entity.id, after: '' }) }, 'Disagreements about it'),
    ),
    table ?? emptyBox(`No source states a property of ${entity.name}.`),
  );
}

function figureSection(id: string, title: string, connection: FigureConnection, empty: string, name: string): HTMLElement {
  const figures = connection.edges.map((edge) => edge.node);
  return h(
    'section',
    { id, class: 'panel', 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, `${title} `, h('span', { class: 'count' }, String(connection.totalCount))),
    figures.length > 0 ? figureTable(figures, { caption: `${title}: ${name}` }) : emptyBox(empty),
    connection.pageInfo.hasNextPage ? h('p', { class: 'muted' }, `Showing the first ${figures.length} of ${connection.totalCount}; the Figures page lists them all.`) : null,
  );
}
