import { strictKey } from '../graph/nameKeys.js';
import { gazetteer, months, organizationCues, personTitles, placeCues } from './gazetteer.js';
import type { NameUnit } from './nameUnits.js';
import { withoutPossessive } from './nameUnits.js';
import type { EntityCandidate, EntityResolver, EntityType } from './resolverTypes.js';
import type { ExtractWarning } from './warnings.js';

/** A name in the text, linked to an existing entity or to a new one of the draft. */
export interface Mention {
  text: string;
  start: number;
  end: number;
  type: EntityType;
  entityId: string;
  /** The existing entity's id, or "new" when the draft creates the entity. */
  linked: string | 'new';
  sentence: number;
}

/** An entity of the draft: an existing one (only new spellings kept) or a new one. */
export interface DraftEntity {
  id: string;
  type: EntityType;
  name: string;
  isNew: boolean;
  aliases: Set<string>;
  kind?: string;
}

export interface SentenceUnits {
  index: number;
  units: NameUnit[];
}

const stopWords = new Set(
  'the a an of for and or to in on at by with from as that this these those who whom which his her its their our your he she it they we you be is are was were been being has have had will would can could may might must not no but if than then so also about over after before between into through during under up down out off very more most some any all each every other such only own same just there here when where why how what said says told claimed according however despite meanwhile while although though yet still'.split(
    ' ',
  ),
);
const demonym = /^(\p{Lu}\p{Ll}+(ian|ean|ese|ish|ic)|Western|Eastern|Northern|Southern|Soviet|Nazi|Arab|Thai|Greek|Dutch|French|Swiss|Czech)$/u;
const speechAfter = new Set(['said', 'says', 'told', 'tells', 'claimed', 'claims', 'added', 'wrote', 'insisted', 'stated', 'explained', 'confirmed']);
const outletVerbs = new Set(['reported', 'reports', 'wrote', 'writes', 'published', 'publishes']);
const outletCues = new Set(['channel', 'newspaper', 'outlet', 'broadcaster', 'website', 'magazine', 'agency', 'paper', 'daily']);
const connectors = new Set(['of', 'for', 'de', 'von', 'van', 'al', 'bin']);

interface Span {
  start: number; // unit index
  end: number; // unit index, exclusive
  spellings: string[];
  lowercase: boolean;
}

const departmentCues = new Set(['department', 'directorate', 'unit', 'division', 'office', 'section', 'branch', 'bureau', 'service']);

const militaryNouns = new Set(['soldiers', 'soldier', 'troops', 'servicemen', 'serviceman', 'service', 'lieutenant', 'pilot', 'officers', 'reservists', 'forces', 'sailors', 'marines', 'commanders']);

/** "Russian soldiers", "a former Russian lieutenant": the country's armed forces are named too. */
function armySpans(units: NameUnit[]): Span[] {
  const spans: Span[] = [];
  for (const [k, unit] of units.entries()) {
    const next = units[k + 1];
    if (!/^\p{Lu}\p{Ll}+(ian|ish|ese)$/u.test(unit.text) || next === undefined || next.chunk !== unit.chunk || !militaryNouns.has(next.lower)) continue;
    spans.push({ start: k, end: k + 1, spellings: [`${unit.text} army`, `${unit.text} armed forces`, `${unit.text} military`], lowercase: false });
  }
  return spans;
}

/**
 * Spellings for a department worded around its parent: "the X department of Some Agency
 * (SA)" is also tried as "SA X department",
 * the way aliases of departments are usually written. `parents` are the capitalised names and
 * acronyms of the sentence and the article.
 */
function departmentSpans(units: NameUnit[], parents: string[]): Span[] {
  const spans: Span[] = [];
  for (const [k, unit] of units.entries()) {
    if (!departmentCues.has(unit.lower)) continue;
    let first = k;
    while (first > 0 && first > k - 3 && !units[first - 1]?.capitalised && !stopWords.has(units[first - 1]?.lower ?? '') && units[first - 1]?.chunk === unit.chunk) first -= 1;
    // "department for prisoners of war": the words after "for"/"of" up to the first capital.
    if (/^(for|of|on)$/.test(units[k + 1]?.lower ?? '')) {
      let last = k + 2;
      while (last < units.length && last < k + 6 && !units[last]?.capitalised && units[last]?.chunk === unit.chunk && (last === k + 2 || !stopWords.has(units[last]?.lower ?? '') || units[last]?.lower === 'of')) last += 1;
      // Every end is tried ("department for flood warnings issued ..."): the longest name found wins.
      for (let end = k + 3; end <= last && !units[k + 2]?.capitalised; end += 1) {
        if (stopWords.has(units[end - 1]?.lower ?? '')) continue;
        const rest = units.slice(k + 1, end).map((u) => u.text).join(' ');
        spans.push({ start: k, end, spellings: parents.map((parent) => `${parent} ${unit.text} ${rest}`), lowercase: false });
      }
    }
    const mods = units.slice(first, k).map((u) => u.text).join(' ');
    if (mods === '') continue;
    spans.push({ start: first, end: k + 1, spellings: parents.flatMap((parent) => [`${parent} ${mods} ${unit.text}`, `${parent} ${unit.text} of ${mods}`]), lowercase: false });
  }
  return spans;
}

/** The span as a spelling; a possessive inside ("GUR's department for ...") also without it. */
function spellingsOf(units: NameUnit[]): string[] {
  const words = units.map((unit) => unit.text);
  const lastIndex = words.length - 1;
  words[lastIndex] = withoutPossessive(words[lastIndex] ?? '');
  const spelling = words.join(' ');
  const plain = words.map(withoutPossessive).join(' ');
  return plain === spelling ? [spelling] : [spelling, plain];
}

/** Every span of up to 6 words within a chunk that could be a name or alias. */
function candidateSpans(units: NameUnit[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < units.length; i += 1) {
    const first = units[i];
    if (first === undefined || (!first.capitalised && stopWords.has(first.lower))) continue;
    for (let j = i + 1; j <= Math.min(units.length, i + 6); j += 1) {
      const last = units[j - 1];
      if (last === undefined || last.chunk !== first.chunk) break;
      const slice = units.slice(i, j);
      const lowercase = slice.every((unit) => !unit.capitalised);
      if (lowercase && j - i > 4) break;
      if (!last.capitalised && stopWords.has(last.lower)) continue;
      spans.push({ start: i, end: j, spellings: spellingsOf(slice), lowercase });
    }
  }
  return spans;
}

export interface MentionResult {
  mentions: Mention[];
  entities: Map<string, DraftEntity>;
}

export function slug(text: string, max = 60): string {
  return strictKey(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

const prefixOf: Record<EntityType, string> = { Person: 'person', Organization: 'org', Place: 'place', Event: 'event' };

interface Run {
  sentence: number;
  units: NameUnit[];
  before: NameUnit | undefined; // the unit before the run in the sentence
  after: NameUnit | undefined;
  title?: string;
  following: string; // text right after the run (a few characters)
  type?: EntityType;
  kind?: string;
}

/**
 * Finds the names of people, organisations, places and events in the sentences and links each
 * to an existing entity through the resolver (one batch call), preferring the longest span and
 * then the best rank; a spelling that only a loose key matched becomes an alias of the linked
 * entity. Capitalised names nobody links become new entities when cue words, the compromise
 * lexicon or the context give their type (a title before a name, "X said", "in X", "Operation
 * X", "... Ministry"); a surname alone then links to the person named in full earlier. Names
 * whose type cannot be guessed are left out. Never throws; ambiguous links are warnings.
 */
export async function findMentions(
  text: string,
  sentences: SentenceUnits[],
  resolver: EntityResolver,
  warnings: ExtractWarning[],
): Promise<MentionResult> {
  const acronyms = [...new Set(sentences.flatMap((sentence) => sentence.units.filter((u) => /^\p{Lu}{2,6}$/u.test(withoutPossessive(u.text))).map((u) => withoutPossessive(u.text))))];
  const spansBySentence = sentences.map((sentence) => {
    const spans = candidateSpans(sentence.units);
    if (sentence.units.some((u) => departmentCues.has(u.lower))) spans.push(...departmentSpans(sentence.units, acronyms.slice(0, 20)));
    spans.push(...armySpans(sentence.units));
    return spans;
  });
  const spellings = [...new Set(spansBySentence.flat().flatMap((span) => span.spellings))];
  const resolved = spellings.length > 0 ? await resolver.resolve(spellings) : new Map<string, EntityCandidate[]>();
  // A department phrase still unresolved gets a second, small lookup with the acronyms of the
  // names the first one found ("Main Directorate of Intelligence of Ukraine (GUR)" gives "GUR").
  const found = [...resolved.values()].flat();
  const moreParents = [...new Set(found.flatMap((c) => [...c.name.matchAll(/\((\p{Lu}{2,6})\)/gu)].map((m) => m[1] ?? '')))].filter((a) => a !== '' && !acronyms.includes(a));
  if (moreParents.length > 0) {
    const extra: Span[][] = sentences.map((sentence) => (sentence.units.some((u) => departmentCues.has(u.lower)) ? departmentSpans(sentence.units, moreParents) : []));
    const extraSpellings = [...new Set(extra.flat().flatMap((span) => span.spellings))].filter((x) => !resolved.has(x));
    if (extraSpellings.length > 0) {
      for (const [spelling, candidates] of await resolver.resolve(extraSpellings)) resolved.set(spelling, candidates);
      extra.forEach((spans, k) => spansBySentence[k]?.push(...spans));
    }
  }
  const entities = new Map<string, DraftEntity>();
  const mentions: Mention[] = [];
  const lexicon = gazetteer();

  const addMention = (sentence: number, units: NameUnit[], entity: DraftEntity, linked: boolean) => {
    const start = units[0]?.start ?? 0;
    const last = units[units.length - 1];
    const end = (last?.end ?? start) - ((last?.text.length ?? 0) - withoutPossessive(last?.text ?? '').length);
    mentions.push({ text: text.slice(start, end), start, end, type: entity.type, entityId: entity.id, linked: linked ? entity.id : 'new', sentence });
  };
  const linkExisting = (candidate: EntityCandidate, spelling: string): DraftEntity => {
    let entity = entities.get(candidate.id);
    if (entity === undefined) {
      entity = { id: candidate.id, type: candidate.type, name: candidate.name, isNew: false, aliases: new Set() };
      if (candidate.kind !== undefined) entity.kind = candidate.kind;
      entities.set(candidate.id, entity);
    }
    if (candidate.rank === 2 && /\p{Lu}/u.test(spelling) && strictKey(spelling) !== strictKey(candidate.name)) entity.aliases.add(spelling);
    return entity;
  };

  const runs: Run[] = [];
  for (const [s, sentence] of sentences.entries()) {
    const units = sentence.units;
    const taken = new Array<boolean>(units.length).fill(false);
    const scored = (spansBySentence[s] ?? [])
      .map((span) => {
        const spelling = span.spellings.find((x) => resolved.has(x)) ?? span.spellings[0] ?? '';
        return { span, spelling, candidates: resolved.get(spelling) ?? [] };
      })
      .filter(({ span, candidates }) => candidates.length > 0 && (!span.lowercase || (candidates[0]?.rank ?? 3) <= 1))
      .sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start) || (a.candidates[0]?.rank ?? 3) - (b.candidates[0]?.rank ?? 3) || a.span.start - b.span.start);
    const linkedHere: Array<{ start: number; entity: DraftEntity; units: NameUnit[] }> = [];
    for (const { span, spelling, candidates } of scored) {
      if (taken.slice(span.start, span.end).some(Boolean)) continue;
      const best = candidates[0];
      if (best === undefined) continue;
      const tied = candidates.filter((candidate) => candidate.rank === best.rank);
      if (tied.length > 1) {
        warnings.push({
          code: 'AMBIGUOUS_MENTION',
          message: `"${spelling}" may name ${tied.map((c) => c.id).join(' or ')}; linked to ${best.id}`,
          start: units[span.start]?.start ?? 0,
          end: units[span.end - 1]?.end ?? 0,
        });
      }
      for (let k = span.start; k < span.end; k += 1) taken[k] = true;
      linkedHere.push({ start: span.start, entity: linkExisting(best, spelling), units: units.slice(span.start, span.end) });
      // The owner in "Ukraine's military intelligence" is named too.
      const owner = units[span.start];
      if (span.end - span.start > 1 && owner !== undefined && /['’ʼ]s$/u.test(owner.text)) {
        const ownerCandidate = resolved.get(withoutPossessive(owner.text))?.[0];
        if (ownerCandidate !== undefined && ownerCandidate.id !== best.id) linkedHere.push({ start: span.start, entity: linkExisting(ownerCandidate, owner.text), units: [owner] });
      }
    }
    for (const link of linkedHere) addMention(s, link.units, link.entity, true);

    // Capitalised runs nobody linked.
    let k = 0;
    while (k < units.length) {
      const unit = units[k];
      if (unit === undefined || taken[k] || !unit.capitalised) {
        k += 1;
        continue;
      }
      let end = k + 1;
      while (end < units.length && !taken[end] && units[end]?.chunk === unit.chunk) {
        const next = units[end];
        if (next?.capitalised && !/['’ʼ]s$/u.test(units[end - 1]?.text ?? '')) end += 1;
        else if (next !== undefined && connectors.has(next.lower) && units[end + 1]?.capitalised && !taken[end + 1] && units[end + 1]?.chunk === unit.chunk) end += 2;
        // "Coordination Headquarters for the Treatment of ...": "of the" / "for the" inside an organisation's name.
        else if (next !== undefined && connectors.has(next.lower) && units[end + 1]?.lower === 'the' && units[end + 2]?.capitalised && !taken[end + 2] && units[end + 2]?.chunk === unit.chunk && units.slice(k, end).some((u) => organizationCues.has(u.lower))) end += 3;
        else break;
      }
      let run = units.slice(k, end);
      let title: string | undefined;
      if (k === 0 && stopWords.has(run[0]?.lower ?? '')) run = run.slice(1);
      else if (run[0]?.lower === 'the') run = run.slice(1);
      while (run.length > 1 && personTitles.has((run[0]?.lower ?? '').replace(/\.$/, ''))) {
        title = `${title === undefined ? '' : `${title} `}${run[0]?.text ?? ''}`;
        run = run.slice(1);
      }
      if (run.length > 0) {
        const first = run[0];
        const before = first === undefined ? undefined : units[units.indexOf(first) - 1];
        const runEnd = run[run.length - 1]?.end ?? 0;
        const r: Run = { sentence: s, units: run, before, after: units[end], following: text.slice(runEnd, runEnd + 12) };
        if (title !== undefined) r.title = title;
        runs.push(r);
      }
      k = end;
    }
  }

  // Type each run from cues; people first so that surnames can link to them.
  const surnames = new Map<string, DraftEntity>();
  for (const mention of mentions) {
    if (mention.type !== 'Person') continue;
    const entity = entities.get(mention.entityId);
    const words = withoutPossessive(mention.text).split(/\s+/);
    if (entity !== undefined && words.length >= 1) surnames.set((words[words.length - 1] ?? '').toLowerCase(), entity);
    const nameWords = entity?.name.split(/\s+/) ?? [];
    if (entity !== undefined) surnames.set((nameWords[nameWords.length - 1] ?? '').toLowerCase(), entity);
  }
  for (const run of runs) {
    const words = run.units.map((unit) => withoutPossessive(unit.text));
    const lowerWords = words.map((word) => word.toLowerCase());
    const name = words.join(' ');
    const allCaps = words.length === 1 && /^\p{Lu}{2,6}$/u.test(words[0] ?? '');
    const beforeLower = run.before?.lower ?? '';
    if (lowerWords.some((word) => months.has(word)) || (words.length === 1 && demonym.test(name))) continue;
    if (lowerWords[0] === 'operation' && words.length >= 2) {
      run.type = 'Event';
      run.kind = 'OPERATION';
    } else if (lowerWords.some((word) => organizationCues.has(word)) || (allCaps && !lexicon.places.has(lowerWords[0] ?? '')) || lexicon.organizations.has(lowerWords.join(' '))) {
      run.type = 'Organization';
    } else if (
      outletCues.has(beforeLower) ||
      (beforeLower === 'told' && words.length <= 3 && !lexicon.firstNames.has(lowerWords[0] ?? '')) ||
      // "Mediazona reported", "Verstka wrote": a single unknown name that reports or publishes.
      (words.length === 1 && outletVerbs.has(run.after?.lower ?? '') && !lexicon.firstNames.has(lowerWords[0] ?? '') && !lexicon.places.has(lowerWords[0] ?? ''))
    ) {
      run.type = 'Organization';
      run.kind = 'news outlet';
    } else if (lexicon.places.has(lowerWords.join(' ')) || placeCues.has(lowerWords[lowerWords.length - 1] ?? '')) {
      run.type = 'Place';
      run.kind = lexicon.places.get(lowerWords.join(' ')) ?? lowerWords[lowerWords.length - 1];
    } else if (words.length >= 2 && words.length <= 4 && personLike(run, lexicon.firstNames)) {
      run.type = 'Person';
    } else if (words.length <= 2 && ['in', 'near', 'outside', 'across', 'into', 'from'].includes(beforeLower) && !lexicon.firstNames.has(lowerWords[0] ?? '')) {
      run.type = 'Place';
    }
  }
  const draftNew = (type: EntityType, name: string, kind?: string): DraftEntity => {
    // A new entity's id is its whole name in kebab case (long official names included).
    const id = `${prefixOf[type]}:${slug(name, 120) || 'unnamed'}`;
    let entity = entities.get(id);
    if (entity === undefined) {
      entity = { id, type, name, isNew: true, aliases: new Set() };
      if (kind !== undefined) entity.kind = kind;
      entities.set(id, entity);
    }
    return entity;
  };
  for (const run of runs.filter((r) => r.type === 'Person')) {
    const words = run.units.map((unit) => withoutPossessive(unit.text));
    const surname = (words[words.length - 1] ?? '').toLowerCase();
    const bySurname = resolved.get(words[words.length - 1] ?? '')?.filter((candidate) => candidate.type === 'Person') ?? [];
    let entity: DraftEntity;
    const single = bySurname[0];
    if (bySurname.length === 1 && single !== undefined) {
      entity = linkExisting({ ...single, rank: 2 }, words.join(' '));
      warnings.push({ code: 'LINKED_BY_SURNAME', message: `"${words.join(' ')}" linked to ${single.id} by the surname alone`, start: run.units[0]?.start ?? 0, end: run.units[run.units.length - 1]?.end ?? 0 });
    } else {
      entity = draftNew('Person', words.join(' '));
    }
    surnames.set(surname, entity);
    addMention(run.sentence, run.units, entity, !entity.isNew);
  }
  for (const run of runs) {
    if (run.type === 'Person') continue;
    const words = run.units.map((unit) => withoutPossessive(unit.text));
    const person = run.units.length === 1 ? surnames.get((words[0] ?? '').toLowerCase()) : undefined;
    if (person !== undefined) {
      addMention(run.sentence, run.units, person, !person.isNew);
      continue;
    }
    if (run.type === undefined) continue;
    const entity = draftNew(run.type, words.join(' '), run.kind);
    addMention(run.sentence, run.units, entity, false);
  }
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, entities };
}

function personLike(run: Run, firstNames: Set<string>): boolean {
  const first = run.units[0]?.lower ?? '';
  if (firstNames.has(first) || run.title !== undefined) return true;
  if (personTitles.has(run.before?.lower ?? '')) return true;
  if (/^,\s+(a|an|the|who|whose)\s/i.test(run.following) || speechAfter.has(run.after?.lower ?? '')) return true;
  return ['said', 'citing', 'to', 'by'].includes(run.before?.lower ?? '') && /^\p{Lu}\p{Ll}+$/u.test(run.units[0]?.text ?? '');
}
