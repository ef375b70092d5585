import DataLoader from 'dataloader';
import type { Executor, Row } from '../../db/executor.js';
import type { Loaders } from '../loaders.js';
import { AttachCompiler, MAX_EXPANSIONS } from './attachCypher.js';
import { primeEntity, primeFigureAttachment, primeSourceAttachment } from './primeLoaders.js';
import type { EntityPlan, FigurePlan, SourcePlan } from './selectionPlan.js';

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
export function createRequestReader(executor: Executor, loaders: Loaders): (read: RootRead) => Promise<Row[]> {
  const batch = new DataLoader<RootRead, Row[]>(
    async (reads) => {
      const planned = reads.map((read) => ({ read, slots: (read.slots ?? []).filter(isPlanned) }));
      if (planned.length === 1 && planned[0]!.slots.length === 0) return [await executor.read(reads[0]!.statement, reads[0]!.params)];
      const params: Row = {};
      const budget = { left: MAX_EXPANSIONS };
      const parts = planned.map(({ read, slots }, i) => {
        const prefix = `q${i}_`;
        for (const [key, value] of Object.entries(read.params)) params[`${prefix}${key}`] = value;
        const text = executor.cypher(read.statement).replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (_, name: string) => `$${prefix}${name}`);
        const compiler = new AttachCompiler(prefix, budget);
        const attachments = slots.map((slot) => {
          const id = compiler.fresh('id');
          const node = compiler.fresh('n');
          const body =
            slot.kind === 'entity'
              ? compiler.entity(node, slot.plan)
              : slot.kind === 'figure'
                ? compiler.figure(node, slot.plan)
                : compiler.source(node, slot.plan);
          return `COLLECT { UNWIND ${slot.ids} AS ${id} WITH DISTINCT ${id} MATCH (${node}:${label[slot.kind]} {id: ${id}}) RETURN ${body} }`;
        });
        Object.assign(params, compiler.params);
        const row = read.columns.map((column) => `${column}: ${column}`).join(', ');
        return `CALL () {\nCALL () {\n${text}\n}\nWITH collect({${row}}) AS rows\nRETURN rows AS rows${i}, [${attachments.join(', ')}] AS att${i}\n}`;
      });
      const returns = planned.map((_, i) => `rows${i}, att${i}`).join(', ');
      const [result] = await executor.readText(`${parts.join('\n')}\nRETURN ${returns}`, params);
      return planned.map(({ slots }, i) => {
        const attachments = (result![`att${i}`] as unknown[][]) ?? [];
        slots.forEach((slot, j) => {
          for (const att of attachments[j] ?? []) {
            if (slot.kind === 'entity') primeEntity(loaders, att as Parameters<typeof primeEntity>[1]);
            else if (slot.kind === 'figure') primeFigureAttachment(loaders, att as Parameters<typeof primeFigureAttachment>[1]);
            else primeSourceAttachment(loaders, att as Parameters<typeof primeSourceAttachment>[1]);
          }
        });
        return result![`rows${i}`] as Row[];
      });
    },
    { cache: false },
  );
  return (read) => batch.load(read);
}
