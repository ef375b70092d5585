import type { ApolloServer } from '@apollo/server';
import type { Executor } from '../db/executor.js';
import type { Logger } from '../log.js';
import { createContext, type GraphContext } from '../resolvers/context.js';
import * as explorer from '../../web/src/explore/generated/graphql.js';

/**
 * The explorer's views, each asked once with variables of the shapes its page sends
 * (web/src/explore/views/), so that Neo4j has planned their statements before anyone opens
 * them. A request's statement is compiled from its document (src/graph/plan/), and a statement
 * Neo4j has not seen costs it 0.1 to 1 s of planning: without this the first visit of the
 * entity page after a start took 1.1 s, the next ones 30 ms. Page sizes, names and filters
 * are parameters, not text, so the views ask for one item and for names that resolve to
 * nothing: the statements plan fully and read little. Neo4j keeps a plan per parameter type,
 * so a parameter the explorer leaves null (`publisher`, `about`) is left null here too, and
 * those two views read what they list (the sources; every candidate figure, judged).
 */
const nothing = 'warm-up:no-such-entity';
export const explorerViews: ReadonlyArray<{ document: { toString(): string }; variables: Record<string, unknown> }> = [
  { document: explorer.ExplorerEntityDocument, variables: { name: nothing, first: 1 } },
  { document: explorer.ExplorerNeighbourhoodDocument, variables: { name: nothing, twoHops: true } },
  { document: explorer.ExplorerNeighbourhoodDocument, variables: { name: nothing, twoHops: false } },
  { document: explorer.ExplorerSourceDocument, variables: { id: 'source:warm-up-none', first: 1 } },
  { document: explorer.ExplorerFiguresDocument, variables: { filter: {}, first: 1, after: null } },
  { document: explorer.ExplorerFiguresDocument, variables: { filter: { reportedBy: nothing, includeMembers: true }, first: 1, after: null } },
  { document: explorer.ExplorerPathDocument, variables: { from: nothing, to: `${nothing}-too`, maxHops: 4 } },
  { document: explorer.ExplorerSearchDocument, variables: { query: 'warm up', first: 1 } },
  { document: explorer.ExplorerSourcesDocument, variables: {} },
  { document: explorer.ExplorerSourceListDocument, variables: {} },
  { document: explorer.ExplorerDisagreementsDocument, variables: { first: 1 } },
  { document: explorer.ExplorerEntityNameDocument, variables: { name: nothing } },
];

/**
 * Asks each of the explorer's views once through the server itself, one after another, and
 * resolves with how many ran their statement (answered, or refused for the unknown name). Never throws: a view that fails (Neo4j not up yet) is
 * logged and the first real visit plans it instead.
 */
export async function warmPlans(apollo: ApolloServer<GraphContext>, executor: Executor, logger: Logger): Promise<number> {
  const started = Date.now();
  let answered = 0;
  for (const [i, view] of explorerViews.entries()) {
    try {
      const context = createContext(executor, logger, `warm-up-${i}`, { kind: 'denied', reason: 'no-token' });
      const response = await apollo.executeOperation({ query: view.document.toString(), variables: view.variables }, { contextValue: context });
      const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
      // An unknown name is refused after the statement ran (the resolution is part of it).
      if (errors.every((error) => error.extensions?.code === 'BAD_USER_INPUT')) answered += 1;
      else logger.debug({ view: i, errors }, 'warm-up view not answered');
    } catch (error) {
      logger.debug({ view: i, err: error }, 'warm-up view failed');
    }
  }
  logger.info({ views: answered, of: explorerViews.length, ms: Date.now() - started }, "explorer's views planned");
  return answered;
}
