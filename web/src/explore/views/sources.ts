import { gql } from '../api';
import { h, replace } from '../dom';
import { emptyBox, errorBox, loading } from '../components/feedback';
import { cell } from '../components/tableCell';
import { originalLink, sourceUrl, timeTag } from '../components/links';
import { sourceListQuery } from '../queries';
import type { SourceListItem } from '../types';
import type { ViewContext } from './context';

/** Every source in the graph, newest first (undated last, as the API orders them). */
export function sourcesView(context: ViewContext): void {
  context.setTitle('Sources');
  const body = h('div', null, loading('the sources'));
  replace(
    context.main,
    h('h1', { tabindex: '-1' }, 'Sources'),
    h('p', { class: 'lead' }, 'The articles the graph was read from, newest first. Each page lists what the article names, what it says about each entity and the figures it gives.'),
    body,
  );
  context.focusHeading();

  const load = async () => {
    replace(body, loading('the sources'));
    const result = await gql(sourceListQuery, {}, context.signal);
    if (!result.ok) {
      if (result.error.kind !== 'aborted') replace(body, errorBox(result.error, () => void load()));
      return;
    }
    const sources = result.data.sources;
    if (sources.length === 0) {
      replace(body, emptyBox('The graph holds no sources yet. Load an article bundle to begin.'));
      return;
    }
    replace(
      body,
      h('p', { class: 'result-count', role: 'status' }, `${sources.length} source${sources.length === 1 ? '' : 's'}`),
      h(
        'div',
        { class: 'table-scroll' },
        h(
          'table',
          { class: 'data-table sources-table' },
          h('caption', { class: 'visually-hidden' }, 'Sources in the graph, newest first'),
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              ['Published', 'Title', 'Publisher', 'Entities', 'Figures'].map((label) => h('th', { scope: 'col' }, label)),
            ),
          ),
          h(
            'tbody',
            null,
            sources.map((source) =>
              h(
                'tr',
                { 'data-source-id': source.id },
                cell('Published', source.published !== null ? timeTag(source.published) : h('span', { class: 'muted' }, 'undated')),
                cell(
                  'Title',
                  h('a', { href: sourceUrl(source.id), class: 'source-title' }, source.title),
                  source.url !== null ? [' ', originalLink(source.url)] : null,
                ),
                cell('Publisher', source.publisher ?? h('span', { class: 'muted' }, 'not recorded')),
                cell('Entities', String(source.entityCount)),
                cell('Figures', String(source.figureCount)),
              ),
            ),
          ),
        ),
      ),
    );
  };
  void load();
}
