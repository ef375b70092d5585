import type { BundleEntity, BundleRelationship } from '../../src/ingest/bundleSchema.js';
import { capital, cyrillic, givenNames, slug, typo, variantSpelling, word } from './names.js';
import { Random, Zipf, seedOf } from './random.js';

/**
 * The synthetic world, one "beat" (an invented country and its news) at a time. A corpus of
 * scale N is ⌈N / nodes per cluster⌉ clusters plus a few global entities, so the 1M corpus
 * contains the 100k one, which contains the 10k one. Inside a cluster, degrees are skewed
 * (Zipf): a few organisations have most members, a few spokespeople give most figures, a few
 * places and measures take most mentions. Global entities (continents, international bodies,
 * wire services) are the few hubs whose degree grows with the corpus.
 */

export const clusterShape = {
  articles: 75,
  figuresPerArticle: { min: 10, max: 70 },
  regions: 8,
  cities: 60,
  ministries: 8,
  departments: 40,
  units: 80,
  agencies: 20,
  outlets: 6,
  services: 8,
  persons: 1200,
  events: 560,
  measures: 50,
} as const;

export type EntityDef = BundleEntity;
export type RelationshipDef = BundleRelationship;

export interface Measure {
  key: string;
  counts: string;
  unit?: string;
  currency?: string;
  scale: number;
}

/** What the query mix may ask about in one cluster (all of it exists once the cluster is loaded). */
export interface ClusterCatalog {
  cluster: number;
  /** Spellings other than the name, each naming exactly one person, place or organisation. */
  aliases: string[];
  /** Organisations with members and parts, by a name or alias (reporters for includeMembers). */
  reporterOrgs: string[];
  /** Surnames and place names with one typo. */
  searchTerms: string[];
  /** [person id, city id] pairs, connected within 4 hops (person → country ← region ← city). */
  paths: Array<[string, string]>;
  /** Organisation ids with members, parts and places around them. */
  neighbourhoods: string[];
  /** Measure keys with hundreds of figures, for paging. */
  measures: string[];
}

export interface ClusterModel {
  cluster: number;
  country: string;
  entities: Map<string, EntityDef>;
  /** Entity ids in the order they are introduced; `introducedIn` says by which article. */
  order: string[];
  introducedIn: Map<string, number>;
  /** Relationships introduced together with their `from` entity (or the event they concern). */
  relationshipsOf: Map<string, RelationshipDef[]>;
  /** Persons and organisations that give figures, hubs first. */
  speakers: string[];
  /** Entities figures are about, hubs first. */
  subjects: string[];
  outlets: string[];
  measures: Measure[];
  catalog: ClusterCatalog;
}

const topics = ['Defence', 'Interior', 'Health', 'Finance', 'Energy', 'Foreign Affairs', 'Justice', 'Transport'] as const;
const memberRoles = ['spokesperson', 'analyst', 'officer', 'adviser', 'lieutenant', 'press officer', 'deputy head', 'engineer'] as const;
const leaderRoles = ['director', 'head', 'chair', 'minister', 'commander'] as const;
const eventKinds = ['SUMMIT', 'ATTACK', 'LAUNCH', 'PRESS_CONFERENCE', 'OPERATION', 'LEGISLATION', 'PROTEST', 'ELECTION', 'FLOOD', 'OPENING'] as const;
const participantRoles = ['organiser', 'speaker', 'attacker', 'defender', 'observer', 'reporter'] as const;
const quantities: ReadonlyArray<{ what: string; counts: string; unit?: string; currency?: string; scale: number }> = [
  { what: 'casualties', counts: 'people killed or wounded', unit: 'people', scale: 500 },
  { what: 'refugees', counts: 'people who fled their homes', unit: 'people', scale: 20_000 },
  { what: 'applications', counts: 'applications received', unit: 'applications', scale: 1_500 },
  { what: 'budget', counts: 'money allocated', currency: 'EUR', scale: 5_000_000 },
  { what: 'exports', counts: 'value of goods exported', currency: 'USD', scale: 80_000_000 },
  { what: 'vaccinations', counts: 'vaccine doses given', unit: 'doses', scale: 40_000 },
  { what: 'arrests', counts: 'people arrested', unit: 'people', scale: 120 },
  { what: 'flights', counts: 'flights operated', unit: 'flights', scale: 900 },
  { what: 'calls', counts: 'calls answered', unit: 'calls', scale: 3_000 },
  { what: 'defections', counts: 'soldiers who defected', unit: 'soldiers', scale: 200 },
];
const periods = ['total', 'monthly', 'weekly', 'daily', 'annual'] as const;

/** Entities shared by every cluster: the hubs whose degree grows with the corpus. */
export const globalEntities: EntityDef[] = [
  ...['Aurora', 'Borealis', 'Meridian', 'Austral', 'Oriens'].map(
    (name): EntityDef => ({
      id: `place:${slug(name)}-continent`,
      type: 'Place',
      kind: 'continent',
      name: `${name} Continent`,
      aliases: [`${name}land`],
      description: `An invented continent of the benchmark corpus.`,
    }),
  ),
  ...[
    ['Council of Nations', 'CoN'],
    ['Global Health Assembly', 'GHA'],
    ['Union of Ports', 'UoP'],
  ].map(
    ([name, short]): EntityDef => ({
      id: `org:${slug(name!)}`,
      type: 'Organization',
      kind: 'international body',
      name: name!,
      aliases: [short!],
      description: 'An invented international body that many reports cite.',
    }),
  ),
  ...[
    ['Wire Agency International', 'WAI'],
    ['Global Press Wire', 'GPW'],
  ].map(
    ([name, short]): EntityDef => ({
      id: `org:${slug(name!)}`,
      type: 'Organization',
      kind: 'news agency',
      name: name!,
      aliases: [short!],
      description: 'An invented wire service that passes figures on.',
    }),
  ),
];
const continents = globalEntities.filter((e) => e.id.endsWith('-continent')).map((e) => e.id);
const globalBodies = globalEntities.filter((e) => e.type === 'Organization' && e.kind === 'international body').map((e) => e.id);
export const wireServices = globalEntities.filter((e) => e.type === 'Organization' && e.kind === 'news agency').map((e) => e.id);

/** Domain nodes (entities, figures, sources) of one cluster, on average. */
export const nodesPerCluster = (() => {
  const s = clusterShape;
  const entities =
    3 + s.regions + s.cities + s.ministries + s.departments + s.units + s.agencies + s.outlets + s.services + s.persons + s.events - 1;
  const figures = (s.articles * (s.figuresPerArticle.min + s.figuresPerArticle.max)) / 2;
  return entities + figures + s.articles;
})();

/** How many clusters make a corpus of about `nodes` domain nodes. */
export function clustersFor(nodes: number): number {
  return Math.max(1, Math.round((nodes - globalEntities.length) / nodesPerCluster));
}

/** Builds cluster `cluster` of the corpus seeded by `seed`. Pure: same inputs, same model. */
export function buildCluster(seed: string, cluster: number): ClusterModel {
  const random = new Random(seedOf(seed, 'cluster', cluster));
  const entities = new Map<string, EntityDef>();
  const order: string[] = [];
  const relationshipsOf = new Map<string, RelationshipDef[]>();
  // Every entity of every cluster gets its own number, hence its own word.
  let serial = cluster * 4_000;
  const nextWord = () => capital(word(serial++));
  const add = (entity: EntityDef): string => {
    entities.set(entity.id, entity);
    order.push(entity.id);
    return entity.id;
  };
  const relate = (owner: string, relationship: RelationshipDef) => {
    const list = relationshipsOf.get(owner) ?? [];
    list.push(relationship);
    relationshipsOf.set(owner, list);
  };

  // Places: a country on a continent, regions in it, cities in regions.
  const country = nextWord();
  const countryVariant = variantSpelling(country);
  const countryId = add({
    id: `place:${slug(country)}`,
    type: 'Place',
    kind: 'country',
    name: country,
    aliases: [`Republic of ${country}`, cyrillic(country), ...(countryVariant ? [countryVariant] : [])],
    description: `An invented country; cluster ${cluster} of the benchmark corpus.`,
  });
  relate(countryId, { from: countryId, type: 'LOCATED_IN', to: continents[cluster % continents.length]! });
  const regions: string[] = [];
  for (let i = 0; i < clusterShape.regions; i++) {
    const name = nextWord();
    const id = add({
      id: `place:${slug(name)}-region`,
      type: 'Place',
      kind: 'region',
      name: `${name} Region`,
      aliases: [`${name} Oblast`],
      description: `A region of ${country}.`,
    });
    relate(id, { from: id, type: 'LOCATED_IN', to: countryId });
    regions.push(id);
  }
  const regionZipf = new Zipf(regions.length, 1);
  const cities: string[] = [];
  for (let i = 0; i < clusterShape.cities; i++) {
    const name = nextWord();
    const variant = variantSpelling(name);
    const id = add({
      id: `place:${slug(name)}`,
      type: 'Place',
      kind: 'city',
      name,
      aliases: [cyrillic(name), ...(variant ? [variant] : [])],
      description: `A city in ${country}.`,
    });
    relate(id, { from: id, type: 'LOCATED_IN', to: regionZipf.pick(random, regions) });
    cities.push(id);
  }
  const capitalCity = cities[0]!;
  const cityZipf = new Zipf(cities.length, 1);

  // Organisations: a government with ministries, departments and units (four levels), agencies,
  // services run by departments, and news outlets.
  const government = add({
    id: `org:government-of-${slug(country)}`,
    type: 'Organization',
    kind: 'government',
    name: `Government of ${country}`,
    aliases: [`${country} government`, `${country} cabinet`],
    description: `The government of ${country}.`,
  });
  relate(government, { from: government, type: 'LOCATED_IN', to: capitalCity });
  const ministries = topics.slice(0, clusterShape.ministries).map((topic) => {
    const id = add({
      id: `org:ministry-of-${slug(topic)}-of-${slug(country)}`,
      type: 'Organization',
      kind: 'ministry',
      name: `Ministry of ${topic} of ${country}`,
      aliases: [`${country} ${topic} Ministry`, `M${topic.split(' ').map((w) => w[0]).join('')} ${country.toUpperCase()}`],
      description: `The ${topic.toLowerCase()} ministry of ${country}.`,
    });
    relate(id, { from: id, type: 'PART_OF', to: government });
    relate(id, { from: id, type: 'LOCATED_IN', to: capitalCity });
    return id;
  });
  const orgOf = (name: string, kind: string, aliases: string[], description: string) =>
    add({ id: `org:${slug(name)}`, type: 'Organization', kind, name, aliases, description });
  const ministryZipf = new Zipf(ministries.length, 1);
  const departments = Array.from({ length: clusterShape.departments }, () => {
    const w = nextWord();
    const parent = ministryZipf.pick(random, ministries);
    const id = orgOf(`${w} Department`, 'department', [`${w.toUpperCase()}D`, `${w} Dept`], `A department of the ${entities.get(parent)!.name}.`);
    relate(id, { from: id, type: 'PART_OF', to: parent });
    return id;
  });
  const departmentZipf = new Zipf(departments.length, 1);
  const units = Array.from({ length: clusterShape.units }, () => {
    const w = nextWord();
    const parent = departmentZipf.pick(random, departments);
    const id = orgOf(`${w} Unit`, 'unit', [`Unit ${w}`], `A unit of the ${entities.get(parent)!.name}.`);
    relate(id, { from: id, type: 'PART_OF', to: parent });
    return id;
  });
  const agencies = Array.from({ length: clusterShape.agencies }, () => {
    const w = nextWord();
    const id = orgOf(`${w} Agency`, 'agency', [`${w.toUpperCase()}-A`], `An agency based in ${country}.`);
    if (random.chance(0.4)) relate(id, { from: id, type: 'PART_OF', to: ministryZipf.pick(random, ministries) });
    relate(id, { from: id, type: 'LOCATED_IN', to: cityZipf.pick(random, cities) });
    return id;
  });
  const services = Array.from({ length: clusterShape.services }, () => {
    const w = nextWord();
    const id = orgOf(`${w} Hotline`, 'hotline', [`${w} Line`], `A hotline service in ${country}.`);
    relate(id, { from: id, type: 'OPERATED_BY', to: departmentZipf.pick(random, departments) });
    if (random.chance(0.5)) relate(government, { from: government, type: 'ESTABLISHED', to: id });
    return id;
  });
  const outlets = Array.from({ length: clusterShape.outlets }, () => {
    const w = nextWord();
    const id = orgOf(`The ${w} Times`, 'news outlet', [`${w} Times`], `A newspaper of ${country}.`);
    relate(id, { from: id, type: 'LOCATED_IN', to: capitalCity });
    return id;
  });
  // Membership skew: units, departments and agencies first, in a shuffled Zipf order.
  const memberOrgs = random.shuffle([...units, ...departments, ...agencies, ...services, ...ministries, ...outlets]);
  const memberZipf = new Zipf(memberOrgs.length, 1.1);
  const leaderless = [government, ...ministries, ...departments, ...agencies];

  // People: members of one or two organisations, some leaders, most citizens.
  const persons: string[] = [];
  for (let i = 0; i < clusterShape.persons; i++) {
    const given = givenNames[(cluster * 7 + i) % givenNames.length]!;
    const surname = nextWord();
    const variant = variantSpelling(surname);
    const id = add({
      id: `person:${slug(given)}-${slug(surname)}`,
      type: 'Person',
      name: `${given} ${surname}`,
      aliases: [
        `${given[0]}. ${surname}`,
        cyrillic(`${given} ${surname}`),
        ...(variant ? [`${given} ${variant}`] : []),
      ],
      description: `An invented person of ${country}.`,
    });
    const first = memberZipf.pick(random, memberOrgs);
    relate(id, { from: id, type: 'MEMBER_OF', to: first, role: random.pick(memberRoles), since: `${random.between(2005, 2022)}` });
    if (random.chance(0.2)) {
      const second = memberZipf.pick(random, memberOrgs);
      if (second !== first) relate(id, { from: id, type: 'MEMBER_OF', to: second, role: random.pick(memberRoles) });
    }
    if (i < leaderless.length) relate(id, { from: id, type: 'LEADS', to: leaderless[i]!, role: random.pick(leaderRoles) });
    if (random.chance(0.6)) relate(id, { from: id, type: 'CITIZEN_OF', to: countryId });
    persons.push(id);
  }
  const personZipf = new Zipf(persons.length, 1);
  const rankedPersons = random.shuffle(persons);

  // Events in cities, some steps of bigger ones, with participants.
  const events: string[] = [];
  for (let i = 0; i < clusterShape.events; i++) {
    const kind = random.pick(eventKinds);
    const year = random.between(2015, 2025);
    const w = nextWord();
    const hasDate = random.chance(0.85);
    const date = !hasDate ? undefined : random.chance(0.4) ? `${year}` : random.chance(0.5) ? `${year}-${pad(random.between(1, 12))}` : `${year}-${pad(random.between(1, 12))}-${pad(random.between(1, 28))}`;
    const id = add({
      id: `event:${slug(w)}-${slug(kind)}-${year}`,
      type: 'Event',
      kind,
      name: `${w} ${kind.toLowerCase().replace('_', ' ')} ${year}`,
      aliases: [],
      description: `An invented ${kind.toLowerCase().replace('_', ' ')} in ${country}.`,
      ...(date !== undefined ? { date } : { dateLabel: `${year} (month not stated)` }),
      place: cityZipf.pick(random, cities),
    });
    if (i >= 40 && random.chance(0.2)) relate(id, { from: id, type: 'PART_OF_EVENT', to: events[personZipf.sample(random) % 40]! });
    const participants = new Set<string>();
    for (let p = random.between(1, 3); p > 0; p--) {
      participants.add(random.chance(0.75) ? personZipf.pick(random, rankedPersons) : memberZipf.pick(random, memberOrgs));
    }
    for (const participant of participants) {
      relate(id, { from: participant, type: 'PARTICIPATED_IN', to: id, role: random.pick(participantRoles) });
    }
    events.push(id);
  }

  const introducedIn = new Map<string, number>();
  order.forEach((id, index) => introducedIn.set(id, Math.floor((index * clusterShape.articles) / order.length)));

  const speakers = random.shuffle([...persons, ...ministries, ...departments, ...agencies, government]);
  const subjects = random.shuffle([...cities, ...regions, ...ministries, ...departments, ...agencies, ...services, ...events, ...persons.slice(0, 300)]);
  subjects.unshift(countryId, government);

  const measures: Measure[] = random
    .shuffle(quantities.flatMap((q) => periods.map((period) => ({ ...q, period }))))
    .slice(0, clusterShape.measures)
    .map(({ what, counts, unit, currency, scale, period }) => ({
      key: `${slug(country)}.${what}.${period}`,
      counts: `${capital(period)} ${counts} in ${country}`,
      ...(unit !== undefined && { unit }),
      ...(currency !== undefined && { currency }),
      scale,
    }));

  const catalogRandom = new Random(seedOf(seed, 'catalog', cluster));
  const pickSome = <T>(items: readonly T[], n: number, zipf = new Zipf(items.length, 1)) =>
    Array.from({ length: n }, () => zipf.pick(catalogRandom, items));
  const aliasOf = (id: string) => {
    const entity = entities.get(id)!;
    return entity.aliases.length > 0 ? catalogRandom.pick(entity.aliases) : entity.name;
  };
  const surnameOf = (id: string) => entities.get(id)!.name.split(' ').at(-1)!.toLowerCase();
  const catalog: ClusterCatalog = {
    cluster,
    aliases: [
      ...pickSome(rankedPersons, 12).map(aliasOf),
      ...pickSome(cities, 4).map(aliasOf),
      ...pickSome(departments, 4).map(aliasOf),
    ],
    reporterOrgs: [...pickSome(departments, 6).map(aliasOf), ...pickSome(ministries, 2).map(aliasOf)],
    searchTerms: [
      ...pickSome(rankedPersons, 6).map((id, i) => typo(surnameOf(id), i)),
      ...pickSome(cities, 2).map((id, i) => typo(entities.get(id)!.name.toLowerCase(), i)),
    ],
    paths: pickSome(rankedPersons, 8).map((person) => {
      // A citizen reaches any city of the country in three hops (country ← region ← city).
      const citizen = relationshipsOf.get(person)!.some((r) => r.type === 'CITIZEN_OF') ? person : rankedPersons.find((p) => relationshipsOf.get(p)!.some((r) => r.type === 'CITIZEN_OF'))!;
      return [citizen, cityZipf.pick(catalogRandom, cities)];
    }),
    neighbourhoods: [...pickSome(departments, 6), ...pickSome(ministries, 2)],
    measures: measures.slice(0, 3).map((m) => m.key),
  };

  return {
    cluster,
    country,
    entities,
    order,
    introducedIn,
    relationshipsOf,
    speakers,
    subjects,
    outlets,
    measures,
    catalog,
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
