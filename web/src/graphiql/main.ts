// The offline query console at /graphiql: GraphiQL from npm, bundled with its Monaco workers,
// talking to this server's /graphql. Nothing is fetched from a CDN.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { exampleTabs } from './examples';

/**
 * Posts each operation to this server's /graphql and hands back the JSON body, errors included,
 * so GraphiQL shows GraphQL errors as the API sent them. A network failure becomes one error.
 */
const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(options?.headers ?? {}) },
      body: JSON.stringify(params),
    });
    return await response.json();
  } catch (error) {
    return { errors: [{ message: `Could not reach the API at /graphql: ${error instanceof Error ? error.message : String(error)}` }] };
  }
};

const container = document.getElementById('graphiql-root');
if (container === null) throw new Error('graphiql.html has no #graphiql-root');

const header = createElement(
  'header',
  { className: 'console-bar' },
  createElement('strong', null, 'Newsgraph query console'),
  createElement('a', { href: '/explore' }, 'Back to the explorer'),
);

createRoot(container).render(
  createElement(
    'div',
    { className: 'console-page' },
    header,
    createElement(
      'main',
      { className: 'console-main', 'aria-label': 'GraphiQL query console' },
      createElement(GraphiQL, {
        fetcher,
        defaultTabs: exampleTabs,
        defaultEditorToolsVisibility: true,
      }),
    ),
  ),
);
