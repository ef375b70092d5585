import DataLoader from 'dataloader';
import type { Executor, Row } from '../../db/executor.js';
import type { RequestDocument } from './requestDocument.js';
import type { Loaders } from '../loaders.js';
import { AttachCompiler, MAX_EXPANSIONS, type Budget } from './attachCypher.js';
import { primeEntity, primeFigureAttachment, primeSourceAttachment } from './primeLoaders.js';
import { idOf, type EntityPlan, type FigurePlan, type SourcePlan } from './selectionPlan.js';

/**
 * Where a root read's rows hold entities, figures or sources whose selection asks for more:
 * `ids` is a Cypher list expression over `rows` (the read's rows as maps, in order), written by
 * the query kind, never from input.
 */
export type Slot =
  | { kind: 'entity'; ids: string; plan: EntityPlan | null }
  | { kind: 'figure'; ids: string; plan: FigurePlan | null }
  | { kind: 'source'; ids: string; plan: SourcePlan | null };

/** One root field's read: a named statement of cypher/, its parameters and columns, and what to attach. */
export interface RootRead {
  statement: string;
  params: Row;
  /** The statement's RETURN columns. */
  columns: readonly string[];
  slots?: readonly Slot[];
  /** What the request's document asks as a whole (./requestDocument.ts); whole records without. */
  document?: RequestDocument;
}

type PlannedSlot = { [K in Slot['kind']]: Extract<Slot, { kind: K }> & { plan: NonNullable<Extract<Slot, { kind: K }>['plan']> } }[Slot['kind']];
const isPlanned = (slot: Slot): slot is PlannedSlot => slot.plan !== null;

const label = { entity: 'Entity', figure: 'Figure', source: 'Source' } as const;

/**
 * The request's reads, one statement for all: the root fields of a document call `read` in
 * the same tick (graphql-js resolves a query's root fields side by side), and DataLoader hands
 * them over as one batch. Each read becomes a `CALL` subquery with its parameters prefixed;
 * its slots' attachments (the nested selection compiled by ./attachCypher.ts) come back in the
 * same row and are primed into the loaders before the rows go back to the resolvers.
 */
export function createRequestReader(executor: Executor, loaders: Loaders, fold = true): (read: RootRead) => Promise<Row[]> {
  const batch = new DataLoader<RootRead, Row[]>(
    async (reads) => {
      const planned = reads.map((read) => ({ read, slots: (read.slots ?? []).filter(isPlanned) }));
      const plain = (read: RootRead, alone = false) => executor.readText(executor.cypher(read.statement, read.document?.projection), read.params, alone);
      // Unfolded (ServerOptions.foldReads): each root field alone, the loaders for the rest.
      if (!fold) return Promise.all(reads.map((read) => plain(read)));
      // The request's only statement, when its document is closed (./requestDocument.ts) and it
      // compiles whole: run without BEGIN and COMMIT.
      const closed = reads.every((read) => read.document?.closed === true);
      if (planned.length === 1 && planned[0]!.slots.length === 0) return [await plain(reads[0]!, closed)];
      // Each new shape of statement costs Neo4j planning time, about half a second per root
      // field under load: a document of many root fields is read the way it was before
      // compiling, one plain statement per root field (the same text for aliases of one field,
      // planned once) and the loaders for what lies below, batched across the fields.
      if (planned.length > MAX_FOLDED_ROOTS) return Promise.all(reads.map((read) => plain(read)));
      // Most documents are one statement. One that would nest more than the budget (many
      // aliased root fields, each with a selection below it) is cut into several, run one
      // after another in the same transaction.
      const results: Row[][] = [];
      let budget: Budget = { left: MAX_EXPANSIONS, cut: false };
      let statements = 0;
      const group: Compiled[] = [];
      const flush = async (last: boolean) => {
        if (group.length > 0) {
          statements += 1;
          const alone = last && statements === 1 && closed && !budget.cut;
          results.push(...(await runGroup(executor, loaders, group.splice(0), alone)));
        }
        budget = { left: MAX_EXPANSIONS, cut: false };
      };
      for (const item of planned) {
        if (budget.left < ROOT_COST) await flush(false);
        budget.left -= ROOT_COST;
        group.push({ planned: item, part: compile(executor, item, budget) });
      }
      await flush(true);
      return results;
    },
    { cache: false },
  );
  return (read) => batch.load(read);
}

type Planned = { read: RootRead; slots: PlannedSlot[] };
type Compiled = { planned: Planned; part: (i: number) => { text: string; params: Row; slotOf: number[] } };

/** Root fields folded into one statement at most; a document with more reads them one by one. */
const MAX_FOLDED_ROOTS = 6;

/** What a root read itself costs of the budget: its statement, planned with the rest. */
const ROOT_COST = 6;

/**
 * A read as a `CALL` subquery of the statement (its parameters prefixed by its position `i`),
 * with its attachments, compiled now so that they draw on the statement's budget in order.
 * Each slot is one attachment, a root source or an entity with claims several
 * (AttachCompiler.sourceParts, entityParts). When there are several, each runs in a `UNION ALL`
 * branch of its own: Neo4j counts a sort's rows with every value computed before it in the same
 * branch, so claims sorted after pages of figures would be counted as if each row held the pages.
 */
function compile(executor: Executor, { read, slots }: Planned, budget: Budget): Compiled['part'] {
  const key = [
    idOf(executor.statements),
    read.statement,
    read.columns.join(','),
    read.document === undefined ? '' : idOf(read.document.projection),
    budget.left,
    ...slots.map((slot) => `${slot.kind}:${slot.ids}:${idOf(slot.plan)}`),
  ].join('|');
  let done = compiledReads.get(key);
  if (done === undefined) {
    done = compileRead(executor, { read, slots }, { left: budget.left, cut: false });
    if (compiledReads.size >= MAX_COMPILED_READS) compiledReads.clear();
    compiledReads.set(key, done);
  }
  budget.left = done.left;
  budget.cut ||= done.cut;
  const compiled = done;
  return (i) => {
    const prefix = `q${i}_`;
    const params: Row = {};
    for (const [name, value] of Object.entries({ ...read.params, ...compiled.params })) params[`${prefix}${name}`] = value;
    // The text as the `i`th read of its statement, its parameters and columns numbered.
    const text = (compiled.texts[i] ??= compiled.body
      .replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (_, name: string) => `$${prefix}${name}`)
      .replace(/\b(rows|att)#/g, `$1${i}`));
    return { text, params, slotOf: compiled.slotOf };
  };
}

/**
 * Compiled reads, by what decides their text: the server's statements, the root statement, its projection, the plans
 * of its slots (kept per document and variables by ./selectionPlan.ts, so the same objects for
 * every request of a document) and the budget left when it starts. The text's parameters come
 * from the plans; the read's own (an id, a name) are added per request.
 */
const compiledReads = new Map<string, CompiledRead>();
const MAX_COMPILED_READS = 500;

interface CompiledRead {
  body: string;
  /** The attachments' parameters (pages' windows, claims' properties), not yet prefixed. */
  params: Row;
  slotOf: number[];
  /** Its text as the `i`th read of a statement, made when first asked. */
  texts: string[];
  /** The budget after it, and whether it was cut. */
  left: number;
  cut: boolean;
}

function compileRead(executor: Executor, { read, slots }: Planned, budget: Budget): CompiledRead {
  const compiler = new AttachCompiler('a_', budget, read.document?.projection);
  const attachments: string[] = [];
  const slotOf: number[] = [];
  slots.forEach((slot, j) => {
    const id = compiler.fresh('id');
    const node = compiler.fresh('n');
    const bodies =
      slot.kind === 'entity' ? compiler.entityParts(node, slot.plan) : slot.kind === 'figure' ? [compiler.figure(node, slot.plan)] : compiler.sourceParts(node, slot.plan);
    for (const body of bodies) {
      attachments.push(`COLLECT { UNWIND ${slot.ids} AS ${id} WITH DISTINCT ${id} MATCH (${node}:${label[slot.kind]} {id: ${id}}) RETURN ${body} }`);
      slotOf.push(j);
    }
  });
  const row = read.columns.map((column) => `${column}: ${column}`).join(', ');
  const attached =
    attachments.length <= 1
      ? `[${attachments.join(', ')}]`
      : `COLLECT { CALL (rows) {\n${attachments.map((part, k) => `RETURN ${k} AS part, ${part} AS value`).join('\nUNION ALL\n')}\n} RETURN value ORDER BY part }`;
  const body = `CALL () {\nCALL () {\n${executor.cypher(read.statement, read.document?.projection)}\n}\nWITH collect({${row}}) AS rows\nRETURN rows AS rows#, ${attached} AS att#\n}`;
  return { body, params: compiler.params, slotOf, texts: [], left: budget.left, cut: budget.cut };
}

/** One statement for a group of reads: runs it, primes the loaders, gives each read its rows. */
async function runGroup(executor: Executor, loaders: Loaders, group: Compiled[], alone: boolean): Promise<Row[][]> {
  const parts = group.map(({ part }, i) => part(i));
  const params: Row = Object.assign({}, ...parts.map((part) => part.params));
  const returns = group.map((_, i) => `rows${i}, att${i}`).join(', ');
  const [result] = await executor.readText(`${parts.map((part) => part.text).join('\n')}\nRETURN ${returns}`, params, alone);
  return group.map(({ planned: { slots } }, i) => {
    const attachments = (result![`att${i}`] as unknown[][]) ?? [];
    parts[i]!.slotOf.forEach((j, k) => {
      const slot = slots[j]!;
      for (const att of attachments[k] ?? []) {
        if (slot.kind === 'entity') primeEntity(loaders, att as Parameters<typeof primeEntity>[1]);
        else if (slot.kind === 'figure') primeFigureAttachment(loaders, att as Parameters<typeof primeFigureAttachment>[1]);
        else primeSourceAttachment(loaders, att as Parameters<typeof primeSourceAttachment>[1]);
      }
    });
    return result![`rows${i}`] as Row[];
  });
}
