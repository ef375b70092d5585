import './style.css';
import { h, replace } from './dom';
import { combobox } from './components/combobox';
import { entityUrl } from './components/links';
import { navigate, parseRoute, routeUrl, startRouter, unreachable, type Route } from './router';
import type { ViewContext } from './views/context';
import { entityView } from './views/entity';
import { figuresView } from './views/figures';
import { graphView } from './views/graph';
import { homeView } from './views/home';
import { pathView } from './views/path';
import { searchResultsView } from './views/searchResults';
import { disagreementsView } from './views/disagreements';
import { sourceView } from './views/source';
import { sourcesView } from './views/sources';
import { addArticleView } from './views/addArticle';
import { emptyBox } from './components/feedback';

/**
 * The explorer's shell: header with navigation and search, one <main> that each view draws
 * into, and the router that picks the view from the URL.
 */
const app = document.getElementById('app');
if (app === null) throw new Error('explore.html has no #app');

const headerSearch = combobox({
  label: 'Search the graph',
  hiddenLabel: true,
  placeholder: 'Search names, any spelling…',
  onPick: (entity) => {
    headerSearch.setValue('');
    navigate(entityUrl(entity.id));
  },
  onSubmit: (text) => navigate(routeUrl({ name: 'search', q: text })),
});

const sections: Array<{ label: string; href: string; match: Route['name'][] }> = [
  { label: 'Search', href: '/explore', match: ['home', 'search', 'entity', 'graph'] },
  { label: 'Figures', href: '/explore/figures', match: ['figures'] },
  { label: 'Path finder', href: '/explore/path', match: ['path'] },
  { label: 'Sources', href: '/explore/sources', match: ['sources', 'source'] },
  { label: 'Disagreements', href: '/explore/disagreements', match: ['disagreements'] },
  { label: 'Add an article', href: '/explore/add', match: ['add'] },
];
const navLinks = sections.map((section) => ({ section, link: h('a', { href: section.href }, section.label) }));
const searchSlot = h('div', { class: 'header-search', role: 'search' }, headerSearch.element);
const main = h('main', { id: 'main', tabindex: '-1' });

replace(
  app,
  h(
    'header',
    { class: 'site-header' },
    h('a', { class: 'brand', href: '/explore' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '◆'), ' Newsgraph ', h('span', { class: 'brand-sub' }, 'explorer')),
    h('nav', { class: 'site-nav', 'aria-label': 'Main' }, navLinks.map((n) => n.link), h('a', { href: '/graphiql' }, 'Query console')),
    searchSlot,
  ),
  main,
  h(
    'footer',
    { class: 'site-footer' },
    h('p', null, 'Everything on this page comes from the public GraphQL API at ', h('a', { href: '/graphql' }, '/graphql'), '. Descriptions are the project’s own words; each fact names the article it was read in.'),
  ),
);

let current: AbortController | undefined;
let firstRender = true;

function render(): void {
  current?.abort();
  current = new AbortController();
  const route = parseRoute(window.location);
  const moveFocus = !firstRender;
  firstRender = false;
  for (const { section, link } of navLinks) {
    if (section.match.includes(route.name)) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  searchSlot.hidden = route.name === 'home';
  const context: ViewContext = {
    main,
    signal: current.signal,
    setTitle: (title) => (document.title = `${title} — Newsgraph explorer`),
    focusHeading: () => {
      if (!moveFocus) return;
      const heading = main.querySelector<HTMLElement>('h1');
      (heading ?? main).focus({ preventScroll: true });
    },
  };
  window.scrollTo(0, 0);
  switch (route.name) {
    case 'home':
      return homeView(context);
    case 'search':
      return searchResultsView(context, route.q);
    case 'entity':
      return entityView(context, route.id);
    case 'graph':
      return graphView(context, route.id, route.hops);
    case 'figures':
      return figuresView(context, route.query);
    case 'path':
      return pathView(context, route);
    case 'sources':
      return sourcesView(context);
    case 'source':
      return sourceView(context, route.id);
    case 'disagreements':
      return disagreementsView(context, route.about, route.after);
    case 'add':
      return addArticleView(context);
    case 'notFound':
      context.setTitle('Page not found');
      replace(main, h('h1', { tabindex: '-1' }, 'Page not found'), emptyBox(`The explorer has no page at ${route.path}.`, h('a', { href: '/explore' }, 'Go to the start page')));
      return context.focusHeading();
    default:
      return unreachable(route);
  }
}

startRouter(render);
render();
