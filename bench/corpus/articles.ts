import { globalEntities, wireServices, clusterShape, buildCluster, type ClusterModel, type EntityDef, type RelationshipDef } from './clusterModel.js';
import { Random, Zipf, seedOf } from './random.js';

/**
 * Article bundles (data/README.md format) of the synthetic corpus. Each cluster has
 * `clusterShape.articles` articles; article a introduces its share of the cluster's entities
 * with their relationships, and reports 10–70 figures about its cast (a few subjects and
 * speakers drawn with Zipf skew from the cluster), repeating the definitions of every entity it names (the loader merges
 * them on id, as with real articles).
 */

const globalById = new Map(globalEntities.map((entity) => [entity.id, entity]));
const qualifierWeights = { EXACT: 35, ABOUT: 20, MORE_THAN: 15, AT_LEAST: 5, ALMOST: 8, UP_TO: 7, AT_MOST: 3, VAGUE: 7 } as const;
const kindWeights = { SAID: 35, CLAIMED: 15, ESTIMATED: 10, CONFIRMED: 5, ASSERTED: 25, REPORTED: 10 } as const;
const unnamed = ['officials', 'local media', 'Western estimates', 'aid groups', 'analysts'] as const;
const vagueWords = [
  { word: 'dozens', value: 24, upper: 99 },
  { word: 'hundreds', value: 200, upper: 999 },
  { word: 'thousands', value: 2000, upper: 9999 },
] as const;

export interface ArticleBundle {
  format: 'newsgraph.bundle/1';
  source: { id: string; title: string; publisher?: string; published?: string };
  entities: EntityDef[];
  relationships: RelationshipDef[];
  figures: Array<Record<string, unknown>>;
}

/** The bundles of one cluster, in article order. */
export function* clusterBundles(seed: string, cluster: number): Generator<ArticleBundle> {
  const model = buildCluster(seed, cluster);
  const introduced: string[][] = Array.from({ length: clusterShape.articles }, () => []);
  for (const id of model.order) introduced[model.introducedIn.get(id)!]!.push(id);
  for (let article = 0; article < clusterShape.articles; article++) {
    yield articleBundle(seed, model, article, introduced[article]!);
  }
}

function articleBundle(seed: string, model: ClusterModel, article: number, introduces: string[]): ArticleBundle {
  const random = new Random(seedOf(seed, 'article', model.cluster, article));
  const entities = new Map<string, EntityDef>();
  const include = (id: string) => {
    if (entities.has(id)) return;
    const entity = model.entities.get(id) ?? globalById.get(id);
    if (entity === undefined) throw new Error(`corpus: no entity ${id} in cluster ${model.cluster}`);
    entities.set(id, entity);
    if (entity.type === 'Event' && entity.place !== undefined) include(entity.place);
  };
  const relationships: RelationshipDef[] = [];
  for (const id of introduces) {
    include(id);
    for (const relationship of model.relationshipsOf.get(id) ?? []) {
      include(relationship.from);
      include(relationship.to);
      relationships.push(relationship);
    }
  }

  // The article's cast: a few speakers and subjects, drawn with Zipf skew from the cluster, so
  // hubs recur across articles while each article names a realistic handful of entities.
  const speakerZipf = new Zipf(model.speakers.length, 1.1);
  const subjectZipf = new Zipf(model.subjects.length, 1);
  const measureZipf = new Zipf(model.measures.length, 1);
  const speakers = [...new Set(Array.from({ length: random.between(3, 8) }, () => speakerZipf.pick(random, model.speakers)))];
  const subjects = [...new Set(Array.from({ length: random.between(4, 10) }, () => subjectZipf.pick(random, model.subjects)))];
  const globals = [...globalById.keys()].filter((id) => !id.endsWith('-continent'));
  const outlet = model.outlets[article % model.outlets.length]!;
  include(outlet);
  const published = `${random.between(2019, 2025)}-${pad(random.between(1, 12))}-${pad(random.between(1, 28))}`;

  const figures: Array<Record<string, unknown>> = [];
  const count = random.between(clusterShape.figuresPerArticle.min, clusterShape.figuresPerArticle.max);
  for (let i = 0; i < count; i++) {
    const measure = measureZipf.pick(random, model.measures);
    const qualifier = random.weighted(qualifierWeights);
    let value = Math.max(1, Math.round(measure.scale * (0.2 + 1.8 * random.next())));
    const bounds: { lowerBound?: number; upperBound?: number } = {};
    if (qualifier === 'MORE_THAN' || qualifier === 'AT_LEAST') bounds.lowerBound = value;
    if (qualifier === 'ALMOST' || qualifier === 'UP_TO' || qualifier === 'AT_MOST') bounds.upperBound = value;
    if (qualifier === 'VAGUE') {
      const vague = random.pick(vagueWords);
      value = vague.value;
      bounds.lowerBound = vague.value;
      bounds.upperBound = vague.upper;
    }
    const year = random.between(2016, 2025);
    const time = random.next();
    const refersTo = time < 0.1 ? undefined : time < 0.3 ? `${year}` : time < 0.8 ? `${year}-${pad(random.between(1, 12))}` : `${year}-${pad(random.between(1, 12))}-${pad(random.between(1, 28))}`;
    const refersToEnd = refersTo !== undefined && refersTo.length === 4 && random.chance(0.2) ? `${year + 1}` : undefined;

    const kind = random.weighted(kindWeights);
    const named = kind !== 'ASSERTED' && kind !== 'REPORTED' && random.chance(0.85);
    const reportedBy = named ? random.pick(speakers) : undefined;
    const reporterLabel = !named && kind !== 'ASSERTED' && kind !== 'REPORTED' ? random.pick(unnamed) : undefined;
    const via = random.chance(0.1) ? (random.chance(0.5) ? random.pick(wireServices) : outlet) : undefined;
    if (reportedBy !== undefined) include(reportedBy);
    if (via !== undefined) include(via);

    const about = new Set<string>();
    for (let n = random.between(1, 3); n > 0; n--) about.add(random.pick(subjects));
    if (random.chance(0.04)) about.add(random.pick(globals));
    for (const id of about) include(id);

    const who = reportedBy !== undefined ? entities.get(reportedBy)!.name : (reporterLabel ?? 'The outlet');
    const amount = `${measure.currency !== undefined ? `${measure.currency} ` : ''}${value}${measure.unit !== undefined ? ` ${measure.unit}` : ''}`;
    figures.push({
      id: `figure:c${model.cluster}-a${article}-${i}`,
      value,
      ...bounds,
      qualifier,
      counts: measure.counts,
      measure: measure.key,
      ...(measure.unit !== undefined && { unit: measure.unit }),
      ...(measure.currency !== undefined && { currency: measure.currency }),
      ...(refersTo !== undefined && { refersTo }),
      ...(refersToEnd !== undefined && { refersToEnd }),
      ...(refersTo === undefined && { refersToLabel: 'the week before the article' }),
      statement: `${who} put the ${measure.counts.toLowerCase()} at ${amount}.`,
      about: [...about],
      attribution: {
        kind,
        ...(reportedBy !== undefined && { reportedBy }),
        ...(reporterLabel !== undefined && { reporterLabel }),
        ...(via !== undefined && { via }),
        ...(random.chance(0.5) && { said: published.slice(0, 7) }),
      },
    });
  }

  return {
    format: 'newsgraph.bundle/1',
    source: {
      id: `source:c${model.cluster}-a${article}`,
      title: `Dispatch ${article + 1} from ${model.country}`,
      publisher: model.entities.get(outlet)!.name,
      published,
    },
    entities: [...entities.values()],
    relationships,
    figures,
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
