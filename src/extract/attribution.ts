import { personTitles } from './gazetteer.js';
import type { Mention } from './mentions.js';
import type { Token } from './tokens.js';

export type AttributionKind = 'ASSERTED' | 'SAID' | 'CLAIMED' | 'ESTIMATED' | 'REPORTED' | 'CONFIRMED';

/** Who stands behind the figures of one sentence. */
export interface SentenceAttribution {
  kind: AttributionKind;
  reportedBy?: string;
  reporterLabel?: string;
  via?: string;
  /** True when the sentence is (or holds) a direct quote: a following quoted sentence inherits it. */
  quoted: boolean;
  /** Offsets of the speech verb and of the words naming the speaker, when both are in the sentence. */
  verbStart?: number;
  speakerStart?: number;
}

const speechVerbs = new Set(
  'said says say told tells claimed claims claim estimated estimates estimate added adds stated states reported reports confirmed confirms insisted insists alleged alleges wrote writes explained promised promises warned warns suggested suggest suggests believes believe according citing put puts'.split(
    ' ',
  ),
);
const passive = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const pronouns = new Set(['he', 'she']);
const determiners = new Set(['the', 'a', 'an', 'that', 'this', 'these', 'those', 'some', 'and', 'but']);

export interface AttributionContext {
  /** Person mentions before this sentence, oldest first (pronouns resolve to the last). */
  lastPerson: string | undefined;
  /** Organisation mentions seen so far, newest last, with the entity name (and kind, when known). */
  organizations: Array<{ id: string; name: string; text: string; kind?: string }>;
  previous: SentenceAttribution | undefined;
}

/**
 * Reads who reports the figures of a sentence: a speech or estimate verb ("said", "told",
 * "claimed", "estimates suggest", "according to") and its speaker — the nearest person named
 * before the verb, a pronoun resolved to the last person named, a name after the verb ("said X"),
 * an organisation, or an unnamed group worded before the verb ("Ukrainian officials"). "X told
 * <outlet>" and "<outlet> reported, citing X" make the outlet `via`. Without a speaker,
 * "reportedly" or "is said to" make it REPORTED, and otherwise it is the outlet's own voice
 * (ASSERTED). A quoted sentence without a verb continues the previous quote's speaker.
 * Pure; never throws.
 */
/** "could not be verified", "Reuters could not independently verify the figure", "was unable to confirm". */
export const unverified =
  /\b(could not|cannot|can ?not|could ?n[o'’]t|was unable to|were unable to|has not been able to|have not been able to)( be)? (independently )?(verif|confirm|check)/i;

/** Nouns that stand for a person in "the pilot said", "the spokesman added". */
const personNouns = new Set([...personTitles, 'man', 'woman', 'defector', 'soldier', 'serviceman', 'servicewoman', 'official']);

/**
 * The organisation a description names ("the agency", "the headquarters", "Ukrainian
 * intelligence"): the newest one seen whose name, spelling in the text or kind has the head noun;
 * news outlets only when nothing else fits. Undefined when none does.
 */
export function organizationByHead(head: string, organizations: AttributionContext['organizations']): string | undefined {
  if (head.length < 3) return undefined;
  const has = (o: AttributionContext['organizations'][number]) =>
    [o.name, o.text, o.kind ?? ''].some((words) => words.toLowerCase().split(/[^\p{L}\p{N}-]+/u).includes(head));
  const matching = [...organizations].reverse().filter(has);
  return (matching.find((o) => !/\b(news|outlet|newspaper|broadcaster)\b/.test(o.kind ?? '')) ?? matching[0])?.id;
}

export function attributeSentence(sentenceText: string, tokens: Token[], mentions: Mention[], context: AttributionContext): SentenceAttribution {
  const lower = sentenceText.toLowerCase();
  const quoted = /["“”]/.test(sentenceText);
  const reported =
    /\breportedly\b|\b(is|are|was|were) said to\b|\baccording to (media |news |local )?reports\b|\breports suggest\b|\ballegedly\b|\b(was|were|has been|have been) told\b(?! by)|\b(understands|has learned|has learnt)\b|\b(is|are|was|were) (believed|thought|understood) to\b/.test(lower);
  let verb = -1;
  for (let i = 0; i < tokens.length; i += 1) {
    const word = tokens[i]?.lower ?? '';
    if (!speechVerbs.has(word)) continue;
    if (word === 'according' && tokens[i + 1]?.lower !== 'to') continue;
    // "estimates suggest", "reports say": the noun is part of who speaks, the next word is the verb.
    if (/^(estimates|reports|claims|figures)$/.test(word) && /^(suggest|suggests|show|shows|say|says|indicate|indicates|put)$/.test(tokens[i + 1]?.lower ?? '')) continue;
    if (passive.has(tokens[i - 1]?.lower ?? '') && word !== 'estimated') continue;
    if (reported && word === 'said' && tokens[i + 1]?.lower === 'to') continue;
    // "put the number at 257": "put" speaks only when a number follows "at".
    if ((word === 'put' || word === 'puts') && !tokens.slice(i + 1, i + 8).some((t, k, rest) => t.lower === 'at' && /^[\d$£€]|^(some|about|around|more|over|nearly|almost)$/.test(rest[k + 1]?.text.toLowerCase() ?? ''))) continue;
    verb = i;
    break;
  }
  if (verb < 0) {
    const previous = context.previous;
    if (/^\s*["“‘]/.test(sentenceText) && previous?.quoted && previous.kind !== 'ASSERTED' && previous.kind !== 'REPORTED') {
      const { verbStart: _verb, speakerStart: _speaker, ...carried } = previous;
      return carried;
    }
    return { kind: reported ? 'REPORTED' : 'ASSERTED', quoted };
  }
  const verbToken = tokens[verb];
  const verbStart = verbToken?.start ?? 0;
  const mentionAt = (start: number) => mentions.find((m) => m.start >= start && m.start <= start + 5);
  let speaker: Mention | undefined;
  let label: string | undefined;
  let via: string | undefined;
  let pronounSpeaker: string | undefined;
  let speakerStart: number | undefined;

  const citing = tokens.findIndex((t) => t.lower === 'citing');
  if (tokens[verb]?.lower === 'according') {
    let at = verb + 2;
    if (tokens[at]?.lower === 'the') at += 1;
    speaker = mentionAt(tokens[verb + 2]?.start ?? -1);
    // "according to the independent outlet Verstka": a name closing the description.
    if (speaker === undefined) {
      let end = at;
      while (end < tokens.length && end < at + 5 && /^\p{L}/u.test(tokens[end]?.text ?? '')) end += 1;
      const limit = tokens[end - 1]?.end ?? -1;
      speaker = mentions.find((m) => m.start >= (tokens[at]?.start ?? 0) && m.end <= limit && m.type !== 'Place');
    }
    if (speaker === undefined && pronouns.has(tokens[verb + 2]?.lower ?? '')) pronounSpeaker = context.lastPerson;
    if (speaker === undefined && pronounSpeaker === undefined) {
      const words: string[] = [];
      for (let i = at; i < tokens.length && words.length < 4 && /^\p{L}/u.test(tokens[i]?.text ?? ''); i += 1) words.push(tokens[i]?.text ?? '');
      const head = words[words.length - 1]?.toLowerCase();
      const org = head === undefined ? undefined : organizationByHead(head, [...context.organizations, ...orgsBefore(tokens[verb]?.start ?? 0)]);
      if (org !== undefined) return finish(org);
      if (head !== undefined && words.length <= 2 && tokens[verb + 2]?.lower === 'the' && personNouns.has(head) && context.lastPerson !== undefined) return finish(context.lastPerson);
      if (words.length > 0) label = `${tokens[verb + 2]?.lower === 'the' ? 'the ' : ''}${words.join(' ')}`;
    }
  } else {
    const before = mentions.filter((m) => m.end <= verbStart && m.type !== 'Place');
    let k = verb - 1;
    while (k >= 0 && /ly$|^also$|^later$/.test(tokens[k]?.lower ?? '')) k -= 1;
    // Skip an appositive set off by commas: "One former soldier, a 34-year-old from ..., told".
    let whoClause = false;
    if (tokens[k]?.text === ',') {
      let j = k - 1;
      while (j >= 0 && tokens[j]?.text !== ',' && j > k - 30) j -= 1;
      if (tokens[j]?.text === ',' && /^(a|an|the|who|which|whose|aged|\d.*)$/.test(tokens[j + 1]?.lower ?? '')) {
        whoClause = tokens[j + 1]?.lower === 'who';
        k = j - 1;
      }
    }
    const justBefore = tokens[k];
    const description = describedSpeaker(k, whoClause);
    // "Ukraine says": a country named right before the verb speaks as a label, not an
    // organisation named earlier in the sentence.
    const placeSubject = justBefore === undefined ? undefined : mentions.find((m) => m.type === 'Place' && m.end === justBefore.end);
    if (placeSubject !== undefined) {
      label = placeSubject.text;
      speakerStart = placeSubject.start;
    } else if (justBefore !== undefined && pronouns.has(justBefore.lower)) {
      const personHere = [...before].reverse().find((m) => m.type === 'Person');
      pronounSpeaker = personHere?.entityId ?? context.lastPerson;
      speakerStart = personHere?.start ?? justBefore.start;
    } else if (description !== undefined) {
      // Unresolved, the description itself is the label: never an earlier name of the sentence.
      if (description.id !== undefined) pronounSpeaker = description.id;
      else label = description.words;
      speakerStart = description.start;
    } else {
      speaker = [...before].reverse().find((m) => m.type === 'Person') ?? [...before].reverse().find((m) => m.type === 'Organization');
      // "said X"; after "told" the name is the listener, not the speaker.
      if (speaker === undefined && !/^(told|tells)$/.test(verbToken?.lower ?? '')) speaker = mentions.find((m) => m.start >= (verbToken?.end ?? 0) && m.start <= (verbToken?.end ?? 0) + 2 && m.type !== 'Place');
      if (speaker === undefined && k >= 0) {
        const words: string[] = [];
        let first = k + 1;
        for (let i = k; i >= 0 && words.length < 5 && /^\p{L}/u.test(tokens[i]?.text ?? ''); i -= 1) {
          words.unshift(tokens[i]?.text ?? '');
          first = i;
        }
        while (words.length > 0 && determiners.has((words[0] ?? '').toLowerCase())) {
          words.shift();
          first += 1;
        }
        if (words.length > 0 && !/^(it|they|we|i|you|which|who)$/i.test(words.join(' '))) {
          label = words.join(' ');
          speakerStart = tokens[first]?.start;
        }
        // "Ukrainian intelligence said", "Ukraine's intelligence service says": an unnamed group
        // whose head noun (or the common noun before it) names an organisation seen.
        const head = (words[words.length - 1] ?? '').toLowerCase();
        const modifier = words.length >= 2 && /^\p{Ll}+$/u.test(words[words.length - 2] ?? '') ? (words[words.length - 2] ?? '') : '';
        const org = label === undefined ? undefined : (organizationByHead(head, context.organizations) ?? (modifier !== '' ? organizationByHead(modifier, context.organizations) : undefined));
        if (org !== undefined) {
          speaker = undefined;
          pronounSpeaker = org;
          label = undefined;
        }
      }
    }
    if (citing >= 0) {
      const cited = mentions.find((m) => m.start >= (tokens[citing + 1]?.start ?? -1) && m.start <= (tokens[citing + 1]?.start ?? -1) + 5);
      if (cited !== undefined) {
        if (speaker?.type === 'Organization') via = speaker.entityId;
        speaker = cited;
        label = undefined;
      }
    }
    if ((verbToken?.lower === 'told' || verbToken?.lower === 'tells') && via === undefined) {
      let at = verb + 1;
      if (tokens[at]?.lower === 'the') at += 1;
      const told = mentionAt(tokens[at]?.start ?? -1);
      if (told?.type === 'Organization') via = told.entityId;
    }
  }
  if (speaker !== undefined && speaker.start < verbStart) speakerStart = speaker.start;
  return finish(speaker?.entityId ?? pronounSpeaker);

  /** Organisations named in this sentence before an offset (newest last). */
  function orgsBefore(at: number): AttributionContext['organizations'] {
    return mentions.filter((m) => m.type === 'Organization' && m.end <= at).map((m) => ({ id: m.entityId, name: m.text, text: m.text }));
  }

  /**
   * "the agency said", "the pilot, who ..., said": a definite description as the subject of the
   * verb (the word at k, before any appositive) that no name covers names the newest
   * organisation with that head noun, or for a person noun (or any noun with a "who" clause)
   * the last person named; its words are returned for a label when it names nothing seen.
   */
  function describedSpeaker(k: number, who: boolean): { id: string | undefined; words: string; start: number } | undefined {
    const head = tokens[k];
    if (head === undefined || !/^\p{Ll}[\p{Ll}-]+$/u.test(head.text)) return undefined;
    if (mentions.some((m) => m.start <= head.start && m.end >= head.end)) return undefined;
    let d = k - 1;
    while (d >= 0 && d >= k - 3 && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[d]?.text ?? '') && !/^(the|its|his|her|their)$/.test(tokens[d]?.lower ?? '')) d -= 1;
    if (!/^(the|its|his|her|their)$/.test(tokens[d]?.lower ?? '')) return undefined;
    const words = tokens.slice(d, k + 1).map((t) => t.text).join(' ');
    const start = tokens[d]?.start ?? head.start;
    // "the engineer, who ...": a "who" clause makes any noun a person.
    if (personNouns.has(head.lower) || who) return { id: context.lastPerson, words, start };
    return { id: organizationByHead(head.lower, [...context.organizations, ...orgsBefore(head.start)]), words, start };
  }

  function finish(reportedBy: string | undefined): SentenceAttribution {
    let kind: AttributionKind = 'SAID';
    if (/\bclaim(ed|s)?\b|\balleged?\b|\balleges\b|\binsist(ed|s)?\b/.test(lower)) kind = 'CLAIMED';
    else if (/\bestimat(e|es|ed)\b|\bprojected\b|\bassess(ed|ment|es)\b|\bprobably\b|\blikely\b|\b(believed|thought) to\b/.test(lower)) kind = 'ESTIMATED';
    else if (/\bconfirm(ed|s)\b/.test(lower)) kind = 'CONFIRMED';
    if (unverified.test(lower)) kind = 'CLAIMED';
    if (reportedBy === undefined && label === undefined) return { kind: reported ? 'REPORTED' : 'ASSERTED', quoted };
    const result: SentenceAttribution = { kind, quoted };
    if (verbToken !== undefined && speakerStart !== undefined && verbToken.lower !== 'according') {
      result.verbStart = verbToken.start;
      result.speakerStart = speakerStart;
    }
    if (reportedBy !== undefined) result.reportedBy = reportedBy;
    else if (label !== undefined) result.reporterLabel = label;
    if (via !== undefined && via !== reportedBy) result.via = via;
    return result;
  }
}
