import { gql } from '../api';
import { h, replace } from '../dom';
import { partialDate } from '../format';
import { emptyBox, errorBox, loading } from '../components/feedback';
import { sourcesQuery } from '../queries';
import { navigate, routeUrl } from '../router';
import type { SourceSummary } from '../types';
import { combobox } from '../components/combobox';
import { entityUrl, sourceUrl } from '../components/links';
import type { ViewContext } from './context';

const examples = ['Alferov', 'HUR', 'Kiev', 'Matviyenko', 'hotline'];

/** The start page: a big search box, what the explorer can do, and the sources in the graph. */
export function homeView(context: ViewContext): void {
  context.setTitle('Explore who reported what');
  const search = combobox({
    label: 'Search the graph',
    placeholder: 'A person, organisation, place or event — any spelling',
    onPick: (entity) => navigate(entityUrl(entity.id)),
    onSubmit: (text) => navigate(routeUrl({ name: 'search', q: text })),
  });
  search.element.classList.add('combo-large');
  const sources = h('div', null, loading('the sources'));

  replace(
    context.main,
    h(
      'section',
      { class: 'hero', 'aria-labelledby': 'home-title' },
      h('h1', { id: 'home-title', tabindex: '-1' }, 'Who reported what in the news'),
      h(
        'p',
        { class: 'lead' },
        'Look up the people, organisations, places and events of news stories, see how they are connected, and check every reported number: who gave it, how firmly, and where it was printed.',
      ),
      search.element,
      h(
        'p',
        { class: 'examples' },
        'Try: ',
        examples.flatMap((q, i) => [i > 0 ? ' · ' : '', h('a', { href: routeUrl({ name: 'search', q }) }, q)]),
      ),
    ),
    h(
      'section',
      { class: 'cards', 'aria-label': 'What you can do here' },
      card('Figures', 'Every number in the graph with its hedge, date, reporter and source. Filter by who said it, how and when.', routeUrl({ name: 'figures', query: { reporter: '', members: false, about: '', kinds: [], from: '', to: '', sort: 'time', descending: false, together: true } })),
      card('Path finder', 'Pick two entities and see the chain of reported facts that links them, step by step.', routeUrl({ name: 'path', from: '', to: '', hops: 4 })),
      card('Sources', 'The articles the graph was read from, newest first: what each names, says and counts.', routeUrl({ name: 'sources' })),
      card('Disagreements', 'Where the sources contradict each other about a date, a place or a number, each value with its sources.', routeUrl({ name: 'disagreements', about: '', after: '' })),
      card('Add an article', 'Paste a news article (write token needed): see the names and numbers read from it in the text, correct them, then add it to the graph.', routeUrl({ name: 'add' })),
      card('Query console', 'Write your own GraphQL queries against the same API, with ready-made examples. Works offline.', '/graphiql'),
    ),
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'sources-title' },
      h('h2', { id: 'sources-title' }, 'Sources in the graph'),
      sources,
      h('p', null, h('a', { href: routeUrl({ name: 'sources' }) }, 'All sources, newest first')),
    ),
  );
  context.focusHeading();

  const load = async () => {
    replace(sources, loading('the sources'));
    const result = await gql(sourcesQuery, {}, context.signal);
    if (!result.ok) {
      if (result.error.kind !== 'aborted') replace(sources, errorBox(result.error, () => void load()));
      return;
    }
    if (result.data.sources.length === 0) {
      replace(sources, emptyBox('The graph holds no sources yet. Load an article bundle to begin.'));
      return;
    }
    replace(
      sources,
      h(
        'ul',
        { class: 'source-list' },
        result.data.sources.map((source) =>
          h(
            'li',
            null,
            h('a', { class: 'source-title', href: sourceUrl(source.id) }, source.title),
            h('span', { class: 'muted' }, [source.publisher, source.published !== null ? partialDate(source.published) : null].filter(Boolean).join(', ')),
            h('span', { class: 'source-figures' }, `${source.figureCount} figure${source.figureCount === 1 ? '' : 's'}`),
          ),
        ),
      ),
    );
  };
  void load();
}

function card(title: string, text: string, href: string): HTMLElement {
  return h('a', { class: 'card', href }, h('h2', null, title), h('p', null, text));
}
