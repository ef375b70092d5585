import { GraphQLError } from 'graphql';
import { ErrorCode, badUserInput } from '../errors/codes.js';
import { recomputePreferred } from './claims/recompute.js';
import { recountSourcesOf } from './sourceCounts.js';
import type { Executor, Row } from '../db/executor.js';

interface StoredRelationship {
  type: string;
  direction: 'OUT' | 'IN';
  otherLabel: 'Entity' | 'Figure' | 'Source' | 'NameKey' | 'Claim';
  otherId: string;
  props: Record<string, unknown>;
}

/** What a merge stores to be undone exactly (JSON in the MergeRecord node). */
interface MergeSnapshot {
  props: Record<string, unknown>;
  labels: string[];
  relationships: StoredRelationship[];
  keepAliases: string[];
  keepAliasText: string | null;
  /** Relationships keep already had, with their properties before the merge changed them. */
  updated: Array<StoredRelationship & { before: Record<string, unknown> }>;
}

const idPattern = /^(person|org|place|event):[a-z0-9-]{1,200}$/;

function checkId(argument: string, id: string): void {
  if (!idPattern.test(id)) throw badUserInput(`${argument}: expected an entity id such as "person:maxim-kuzminov", got ${JSON.stringify(id.slice(0, 80))}`);
}

/**
 * Folds `duplicate` into `keep` in one transaction: relationships (entity links, figure
 * links, citations, name keys) are copied onto keep — merged into ones keep already has —
 * the duplicate's name and aliases become keep's aliases, and the duplicate is deleted. A
 * MergeRecord keeps a snapshot for unmergeEntity and redirects the old id.
 */
export async function mergeEntities(executor: Executor, keep: string, duplicate: string): Promise<{ moved: number }> {
  checkId('keep', keep);
  checkId('duplicate', duplicate);
  if (keep === duplicate) throw badUserInput('duplicate: expected an entity other than keep');
  return executor.writeTransaction(async (run) => {
    const [state] = await run('writes/merge-read', { keep, duplicate });
    if (state === undefined) {
      throw new GraphQLError(`mergeEntities: both "${keep}" and "${duplicate}" must be existing entities`, {
        extensions: { code: ErrorCode.NOT_FOUND },
      });
    }
    const labels = state.labels as string[];
    const keepAliases = (state.keepAliases as string[] | null) ?? [];
    const relationships = (state.relationships as StoredRelationship[]).filter(
      // A relationship between the two would become a loop on keep: it is only restored on unmerge.
      (rel) => !(rel.otherLabel === 'Entity' && (rel.otherId === keep || rel.otherId === duplicate)),
    );
    const existing = await run('writes/merge-find-existing', { keep, relationships });
    const existingIndex = new Map(existing.map((row) => [row.i as number, row.before as Record<string, unknown>]));
    const toCreate = relationships.filter((_, i) => !existingIndex.has(i));
    const toUpdate = relationships.flatMap((rel, i) => (existingIndex.has(i) ? [{ ...rel, before: existingIndex.get(i)! }] : []));
    if (toCreate.length > 0) await run('writes/merge-create-relationships', { keep, duplicate, relationships: toCreate });
    if (toUpdate.length > 0) await run('writes/merge-update-relationships', { keep, relationships: toUpdate });

    const props = state.props as Row;
    const spellings = [props.name as string, ...((props.aliases as string[] | null) ?? [])];
    const aliases = [...keepAliases];
    for (const spelling of spellings) {
      if (spelling !== state.keepName && !aliases.includes(spelling)) aliases.push(spelling);
    }
    const snapshot: MergeSnapshot = {
      props,
      labels,
      relationships: state.relationships as StoredRelationship[],
      keepAliases,
      keepAliasText: (state.keepAliasText as string | null) ?? null,
      updated: toUpdate,
    };
    await run('writes/merge-finish', { keep, duplicate, aliases, snapshot: JSON.stringify(snapshot) });
    // The duplicate's claims are keep's now: its name, spellings, description, ... compete.
    await recomputePreferred(run, [keep]);
    // A source that cited both now names one entity fewer.
    await recountSourcesOf(run, [keep]);
    return { moved: relationships.length };
  });
}

/** Undoes mergeEntities exactly. NOT_FOUND when no merge of that id is recorded. */
export async function unmergeEntity(executor: Executor, duplicate: string): Promise<{ keep: string }> {
  checkId('duplicate', duplicate);
  return executor.writeTransaction(async (run) => {
    const [record] = await run('writes/unmerge-read', { duplicate });
    if (record === undefined) {
      throw new GraphQLError(`unmergeEntity: "${duplicate}" was not merged into another entity`, {
        extensions: { code: ErrorCode.NOT_FOUND },
      });
    }
    if (record.keepExists !== true || record.duplicateExists === true) {
      throw new GraphQLError(`unmergeEntity: the graph changed since "${duplicate}" was merged; it cannot be undone exactly`, {
        extensions: { code: ErrorCode.CONFLICT },
      });
    }
    const snapshot = JSON.parse(record.snapshot as string) as MergeSnapshot;
    await run('writes/unmerge-restore', {
      keep: record.keepId,
      duplicate,
      updated: snapshot.updated,
      keepAliases: snapshot.keepAliases,
      keepAliasText: snapshot.keepAliasText,
      props: snapshot.props,
      labels: snapshot.labels,
      relationships: snapshot.relationships,
    });
    await recomputePreferred(run, [record.keepId as string, duplicate]);
    await recountSourcesOf(run, [record.keepId as string, duplicate]);
    return { keep: record.keepId as string };
  });
}
