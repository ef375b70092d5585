import { describe, expect, it } from 'vitest';
import { Kind, parse, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { entityPlan, figurePlan, rootSelections, selectionsAt, sourcePlan } from '../../src/graph/plan/selectionPlan.js';
import { AttachCompiler } from '../../src/graph/plan/attachCypher.js';

/** The parts of a resolver's info the planner reads, for the first root field of `document`. */
function infoFor(document: string, variableValues: Record<string, unknown> = {}): GraphQLResolveInfo {
  const parsed = parse(document);
  const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    parsed.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const root = operation.selectionSet.selections[0]!;
  if (root.kind !== Kind.FIELD) throw new Error('expected a field');
  return { fieldNodes: [root], fragments, variableValues } as unknown as GraphQLResolveInfo;
}

describe('planning a selection', () => {
  it('asks nothing beyond the record for plain fields', () => {
    const info = infoFor('{ entity(name: "GUR") { id name aliases } }');
    expect(entityPlan(info, rootSelections(info, 'Entity'))).toBeNull();
  });

  it('merges the relation fields of one entity into one ask and expands only the neighbours a field asks more of', () => {
    const info = infoFor(`{ node(id: "org:gur") { ... on Organization {
      members { other { id ... on Person { organizations { other { id } } } } }
      parts { other { id } } } } }`);
    const plan = entityPlan(info, rootSelections(info, 'Node'))!;
    // An organisation's parts: PART_OF and OPERATED_BY (PART_OF_EVENT is an event's).
    expect(plan.relations?.pairs).toEqual(['LEADS:IN', 'MEMBER_OF:IN', 'OPERATED_BY:IN', 'PART_OF:IN']);
    expect(plan.relations?.otherPairs).toEqual(['LEADS:IN', 'MEMBER_OF:IN']);
    expect(plan.relations?.other?.relations?.pairs).toEqual(['MEMBER_OF:OUT', 'LEADS:OUT']);
  });

  it("expands a neighbour's relations only as the field that reached it asks", () => {
    const info = infoFor(`{ node(id: "org:gur") { ... on Organization {
      parts { other { id ... on Organization { members { other { id } } } } }
      partOf { other { id ... on Organization { partOf { other { id } } } } } } } }`);
    const plan = entityPlan(info, rootSelections(info, 'Node'))!;
    expect(plan.relations?.reach).toEqual([
      { pairs: ['PART_OF:IN', 'OPERATED_BY:IN'], next: ['MEMBER_OF:IN', 'LEADS:IN'] },
      { pairs: ['PART_OF:OUT', 'OPERATED_BY:OUT'], next: ['PART_OF:OUT', 'OPERATED_BY:OUT'] },
    ]);
    const compiler = new AttachCompiler('t_');
    const cypher = compiler.entity('n', plan);
    // One comprehension per direction, with its types: nothing filtered row by row.
    expect(cypher).not.toContain('startNode');
    const [up, down] = cypher.split(' + ');
    // The parent reached by partOf is not asked for the members asked of the parts.
    expect(up).toContain("(n)-[r_0:OPERATED_BY|PART_OF]->(o_1:Entity) | {type: type(r_0), direction: 'OUT'");
    expect(up).toContain("next: {id: o_1.id, rel: {pairs: 'OPERATED_BY:OUT,PART_OF:OUT', list: [(o_1)-[r_2:OPERATED_BY|PART_OF]->(o_3:Entity)");
    expect(up).not.toContain('MEMBER_OF');
    expect(down).toContain("(n)<-[r_0:OPERATED_BY|PART_OF]-(o_1:Entity) | {type: type(r_0), direction: 'IN'");
    expect(down).toContain("next: {id: o_1.id, rel: {pairs: 'LEADS:IN,MEMBER_OF:IN', list: [(o_1)<-[r_4:LEADS|MEMBER_OF]-(o_5:Entity)");
  });

  it("asks of the entity itself what its claims' subject is asked, and plans what a source's entities are asked", () => {
    const info = infoFor(`{ entity(name: "GUR") { claims(property: "date") { subject { ... on Organization { members { role } } } }
      sources { entities { id ... on Person { organizations { role } } } } } }`);
    const plan = entityPlan(info, rootSelections(info, 'Entity'))!;
    expect(plan.claims).toEqual(['date']);
    expect(plan.relations?.pairs).toEqual(['MEMBER_OF:IN', 'LEADS:IN']);
    expect(plan.sources).toMatchObject({ entities: true, entitiesAsk: { relations: { pairs: ['MEMBER_OF:OUT', 'LEADS:OUT'] } } });
  });

  it("plans what claims ask of their figures and sources, and compiles them into the claims' part", () => {
    const info = infoFor(`{ entity(name: "GUR") { claims { value
      figure { comparable { id } } reportedBy { ... on Organization { members { role } } }
      attribution { via { id } source { entities { id } } } sources { figures(first: 2) { totalCount } } } } }`);
    const plan = entityPlan(info, rootSelections(info, 'Entity'))!;
    expect(plan.claimFigures).toMatchObject({
      comparable: 'plain',
      reportedBy: { relations: { pairs: ['MEMBER_OF:IN', 'LEADS:IN'] } },
      via: null,
      sources: { entities: true, pages: [{ relType: 'CITED_IN', offset: 0, limit: 2 }] },
    });
    expect(plan.claimSources).toEqual(plan.claimFigures?.sources);
    const part = new AttachCompiler('q0_').entityParts('n', plan)[0]!;
    // The figures about the entity come with their attachments; the claims' sources with
    // theirs, each source once next to the claims (not in every claim that cites it).
    expect(part).toMatch(/figures: COLLECT \{ MATCH \(f_\d+:Figure\)-\[:ABOUT\]->\(n\) .* RETURN \{record: f_\d+ \{.*, att: \{id: f_\d+\.id, reportedBy: /);
    expect(part).toMatch(/, sources: COLLECT \{ MATCH \(c_\d+:Claim\)-\[:CLAIM_OF\]->\(n\) .* WITH DISTINCT s_\d+ RETURN \{id: s_\d+\.id, pages: \[\{relType: 'CITED_IN'/);
    expect(part.split("relType: 'CITED_IN'")).toHaveLength(3); // the claims' sources and the figures' sources
    // Asking nothing more of them keeps the plain records.
    const plain = infoFor('{ entity(name: "GUR") { claims { value figure { display } sources { title } } } }');
    const plainPlan = entityPlan(plain, rootSelections(plain, 'Entity'))!;
    expect([plainPlan.claimFigures, plainPlan.claimSources]).toEqual([null, null]);
    expect(new AttachCompiler('q0_').entityParts('n', plainPlan)[0]).not.toContain('att:');
  });

  it("plans what a source's claims ask of their subjects, values and sources", () => {
    const info = infoFor(`{ node(id: "source:x") { ... on Source { claims { subject { ... on Organization { members { role } } }
      entity { sources { title } } sources { entities { id } } } } } }`);
    const plan = sourcePlan(info, rootSelections(info, 'Node'))!;
    expect(plan.claimsAsk).toMatchObject({
      subjects: { relations: { pairs: ['MEMBER_OF:IN', 'LEADS:IN'] } },
      values: { sources: { pages: [], entities: false, claims: false } },
      sources: { entities: true },
    });
    const [claims] = new AttachCompiler('q0_').sourceParts('s', plan);
    expect(claims).toMatch(/claimSubjects: COLLECT \{ .* WITH DISTINCT n_\d+ RETURN \{id: n_\d+\.id, rel: \{pairs: 'MEMBER_OF:IN,LEADS:IN'/);
    expect(claims).toMatch(/claimSources: COLLECT \{ .* WITH DISTINCT s_\d+ RETURN \{id: s_\d+\.id, pages: \[\], entities: COLLECT/);
    const plain = infoFor('{ node(id: "source:x") { ... on Source { claims { value subject { name } sources { title } } } } }');
    expect(sourcePlan(plain, rootSelections(plain, 'Node'))!.claimsAsk).toBeNull();
  });

  it('leaves out what @skip and @include leave out, reading their variables', () => {
    const info = infoFor('query ($deep: Boolean!) { entity(name: "GUR") { relations @include(if: $deep) { type } sources @skip(if: true) { id } } }', {
      deep: false,
    });
    expect(entityPlan(info, rootSelections(info, 'Entity'))).toBeNull();
  });

  it('plans a figure page with the window its arguments give, and none for arguments its resolver will refuse', () => {
    const info = infoFor(`query ($n: Int) { entity(name: "GUR") {
      reported(first: $n, after: "YzE6NA") { edges { node { attribution { reportedBy { sources { id } } } } } }
      mentionedIn(first: 0) { totalCount } } }`, { n: 5 });
    const plan = entityPlan(info, rootSelections(info, 'Entity'))!;
    expect(plan.pages).toHaveLength(1);
    expect(plan.pages[0]).toMatchObject({ relType: 'REPORTED_BY', offset: 5, limit: 5 });
    expect(plan.pages[0]!.figure?.reportedBy?.sources).toEqual({ pages: [], entities: false, entitiesAsk: null, claims: false, claimsAsk: null });
  });

  it('follows a root path through fragments to the figures of a connection', () => {
    const info = infoFor(`{ figures(first: 3) { ...Page } } fragment Page on FigureConnection { edges { node { comparable { id } } } }`);
    const nodes = selectionsAt(info, rootSelections(info, 'FigureConnection'), [
      { field: 'edges', type: 'FigureEdge' },
      { field: 'node', type: 'Figure' },
    ]);
    expect(figurePlan(info, nodes)).toEqual({ reportedBy: null, via: null, about: null, sources: null, comparable: 'plain' });
  });
});

describe('compiling a plan into Cypher', () => {
  it('writes the relation types of the schema and takes every value as a parameter', () => {
    const info = infoFor('{ entity(name: "GUR") { ... on Organization { members { role } } reported(first: 2) { totalCount } } }');
    const compiler = new AttachCompiler('q0_');
    const text = compiler.entity('n', entityPlan(info, rootSelections(info, 'Entity'))!);
    expect(text).toMatchInlineSnapshot(
      `"{id: n.id, rel: {pairs: 'MEMBER_OF:IN,LEADS:IN', list: [(n)<-[r_0:MEMBER_OF|LEADS]-(o_1:Entity) | {type: type(r_0), direction: 'IN', role: r_0.role, since: r_0.since, until: r_0.until, other: o_1 {.id, .name, .aliases, .description, .kind, .date, .dateLabel, .placeId}, sourceIds: coalesce(r_0.sources, [])}]}, pages: [{relType: 'REPORTED_BY', offset: $q0_p3, limit: $q0_p4, total: COUNT { MATCH (f_2:Figure)-[:REPORTED_BY]->(n) }, figures: COLLECT { MATCH (f_2:Figure)-[:REPORTED_BY]->(n) WITH f_2 ORDER BY f_2.refersFromDay, f_2.id SKIP $q0_p5 LIMIT $q0_p6 RETURN {record: f_2 {.*, reportedBy: [(f_2)-[:REPORTED_BY]->(x_7:Entity) | x_7 {.id, .name, .aliases, .description, .kind, .date, .dateLabel, .placeId}][0], via: [(f_2)-[:VIA]->(x_7:Entity) | x_7 {.id, .name, .aliases, .description, .kind, .date, .dateLabel, .placeId}][0], about: [(f_2)-[:ABOUT]->(x_7:Entity) | x_7 {.id, .name, .aliases, .description, .kind, .date, .dateLabel, .placeId}], sources: [(f_2)-[:CITED_IN]->(s_8:Source) | s_8 {.id, .title, .publisher, .url, .published, entityCount: s_8.entityCount, figureCount: s_8.figureCount}]}} }}]}"`,
    );
    expect(compiler.params).toEqual({ q0_p3: 0, q0_p4: 2, q0_p5: 0, q0_p6: 2 });
  });

  it("compiles a root entity's claims apart from its pages, and one part when it asks nothing else", () => {
    const info = infoFor('{ entity(name: "GUR") { mentionedIn(first: 20) { totalCount } claims { value } } }');
    const [rest, claims, more] = new AttachCompiler('q0_').entityParts('n', entityPlan(info, rootSelections(info, 'Entity'))!);
    expect(more).toBeUndefined();
    expect(rest).toContain("pages: [{relType: 'ABOUT'");
    expect(rest).not.toContain('Claim');
    expect(claims).toMatch(/^\{id: n\.id, claims: \[\{property: \$q0_p\d+, claims: COLLECT \{ MATCH \(c_\d+:Claim\)-\[:CLAIM_OF\]->\(n\)/);
    expect(claims).not.toContain('pages');
    const alone = infoFor('{ entity(name: "GUR") { claims { value } } }');
    expect(new AttachCompiler('q0_').entityParts('n', entityPlan(alone, rootSelections(alone, 'Entity'))!)).toHaveLength(1);
  });

  it('leaves parts out past its budget rather than write a statement Neo4j is slow to plan', () => {
    const pages = Array.from({ length: 70 }, (_, i) => `p${i}: reported(first: ${i + 1}) { totalCount }`).join(' ');
    const info = infoFor(`{ entity(name: "GUR") { ${pages} } }`);
    const plan = entityPlan(info, rootSelections(info, 'Entity'))!;
    expect(plan.pages).toHaveLength(70);
    const text = new AttachCompiler('q0_').entity('n', plan);
    expect(text.split("relType: 'REPORTED_BY'").length - 1).toBe(60);
  });
});
