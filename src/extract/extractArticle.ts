import type { Bundle, BundleEntity, BundleFigure, BundleRelationship } from '../ingest/bundleSchema.js';
import { validateBundle } from '../ingest/validateBundle.js';
import { attributeSentence, unverified, type AttributionContext, type SentenceAttribution } from './attribution.js';
import { checkEnglish, checkInput } from './checkInput.js';
import { countedNoun, type CountedNoun } from './countedNoun.js';
import { figureTime } from './figureDates.js';
import { countsOf, measureOf, statementOf, unitOf } from './figureWording.js';
import { readFrontMatter, type ArticleHead } from './frontMatter.js';
import { mainTextOfHtml } from './mainText.js';
import { findMentions, slug, type DraftEntity, type Mention } from './mentions.js';
import { nameUnits } from './nameUnits.js';
import { findNumberPhrases } from './numberPhrases.js';
import { memberships } from './relationships.js';
import type { EntityResolver } from './resolverTypes.js';
import { splitSentences } from './sentences.js';
import { storyLines } from './storyLines.js';
import { tokenize } from './tokens.js';
import type { ExtractWarning } from './warnings.js';

export type { EntityCandidate, EntityResolver, EntityType, KnownMeasure } from './resolverTypes.js';
export type { ExtractWarning } from './warnings.js';
export type { Mention } from './mentions.js';

export interface ExtractResult {
  /** The draft, valid for validateBundle. */
  bundle: Bundle;
  warnings: ExtractWarning[];
  /** Every name found, with offsets into `text`, its type and the linked id or "new". */
  mentions: Mention[];
  /** Each figure with the offsets of its number phrase ("more than 220") in `text`. */
  figures: Array<{ figureId: string; start: number; end: number }>;
  /**
   * The text all offsets (mentions, figures, evidence) refer to: the input itself for plain
   * text; for HTML, the main text Readability extracted (one block a line).
   */
  text: string;
}

export interface ExtractOptions {
  format?: 'text' | 'html';
  sourceId?: string;
}

const typeWords: Record<BundleEntity['type'], string> = { Person: 'Person', Organization: 'Organisation', Place: 'Place', Event: 'Event' };

/**
 * Drafts a bundle from one article, offline and deterministically: main text (front matter or
 * HTML reader mode), story lines without link boxes, sentences, names linked through the
 * resolver (one batch call), number phrases with hedges, bounds, units and dates, attribution,
 * plain MEMBER_OF relationships; every figure and relationship carries the offsets of its
 * sentence as evidence. Throws only the BAD_USER_INPUT error of extractError.ts for input that
 * is empty, not text, too large or not English; the title line is not read for figures.
 */
export async function extractArticle(input: string, resolver: EntityResolver, options: ExtractOptions = {}): Promise<ExtractResult> {
  checkInput(input);
  const html = options.format === 'html' || (options.format === undefined && /^\s*(<!doctype html|<html[\s>])/i.test(input));
  let text = input;
  let head: ArticleHead;
  if (html) ({ text, head } = mainTextOfHtml(input));
  else head = readFrontMatter(input);
  const warnings: ExtractWarning[] = [];
  const { kept } = storyLines(text, head.bodyStart);
  const ranges = splitSentences(text, kept);
  // A text that is all title (one line, no front matter) has no story: judge its language on
  // the title, so a foreign one-liner is NOT_ENGLISH rather than EMPTY_TEXT.
  const story = ranges.map((r) => text.slice(r.start, r.end)).join(' ');
  checkEnglish(/\p{L}/u.test(story) ? story : text);

  const sentences = ranges.map((range, index) => {
    const tokens = tokenize(text, range.start, range.end);
    return { index, range, tokens, units: nameUnits(tokens) };
  });
  const { mentions, entities } = await findMentions(text, sentences, resolver, warnings);
  const known = resolver.knownMeasures !== undefined ? await resolver.knownMeasures([...entities.values()].filter((e) => !e.isNew).map((e) => e.id)) : [];

  const title = (head.title ?? '').slice(0, 500).trim();
  if (title === '') warnings.push({ code: 'NO_TITLE', message: 'the article has no title; the draft uses a placeholder' });
  const sourceTitle = title === '' ? 'Untitled article' : title;
  const sourceId = options.sourceId ?? `source:${slug(`${head.publisher ?? ''} ${sourceTitle.split(/\s+/).slice(0, 8).join(' ')}`) || 'article'}`;
  const sourceKey = sourceId.slice(sourceId.indexOf(':') + 1).split('-').slice(0, 4).join('-');

  const figures: BundleFigure[] = [];
  const figureSpans: ExtractResult['figures'] = [];
  const relationships: BundleRelationship[] = [];
  const figureSentence: number[] = [];
  const context: AttributionContext = { lastPerson: undefined, organizations: [], previous: undefined };
  const seen = new Set<string>();
  const usedIds = new Map<string, number>();
  let lastSubject: string | undefined;
  const nameOf = (id: string | undefined) => (id === undefined ? undefined : entities.get(id)?.name);

  for (const sentence of sentences) {
    const { range, tokens } = sentence;
    const sentenceText = text.slice(range.start, range.end);
    const here = mentions.filter((m) => m.sentence === sentence.index);
    const evidence = { start: range.start, end: range.end };
    relationships.push(...memberships(text, here, evidence).filter((r) => !relationships.some((o) => o.from === r.from && o.to === r.to)));
    const attribution = attributeSentence(sentenceText, tokens, here, context);
    const phrases = findNumberPhrases(tokens);
    if (phrases.length === 0 && unverified.test(sentenceText)) {
      for (const [k, figure] of figures.entries()) {
        const stated = figure.attribution;
        if (figureSentence[k] === sentence.index - 1 && (stated.reportedBy !== undefined || stated.reporterLabel !== undefined)) stated.kind = 'CLAIMED';
      }
    }
    const time = phrases.length > 0 ? figureTime(sentenceText, head.published) : {};
    let previousNoun: CountedNoun | undefined;
    for (const [p, phrase] of phrases.entries()) {
      const nextStart = phrases[p + 1]?.start ?? Number.POSITIVE_INFINITY;
      const noun = countedNoun(tokens, phrase, nextStart, previousNoun);
      previousNoun = noun;
      const about = aboutOf(phrase.kind, phrase.start, here, attribution, context.lastPerson, lastSubject ?? mentions.find((m) => m.type !== 'Place')?.entityId ?? mentions[0]?.entityId);
      if (about.length === 0) {
        warnings.push({ code: 'NO_SUBJECT', message: `no entity for the figure "${text.slice(phrase.start, phrase.end)}"; left out`, start: phrase.start, end: phrase.end });
        continue;
      }
      lastSubject = about.find((id) => !id.startsWith('place:')) ?? about[0];
      const unit = unitOf(phrase, noun);
      const key = [phrase.value, phrase.qualifier, unit, phrase.currency, attribution.kind, attribution.reportedBy ?? attribution.reporterLabel].join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      const measure = measureOf(phrase, noun, unit, about, known);
      const baseId = `figure:${sourceKey}-${measure.replace(/\./g, '-')}`.replace(/-+/g, '-');
      const n = (usedIds.get(baseId) ?? 0) + 1;
      usedIds.set(baseId, n);
      const aboutName = nameOf(about[0]);
      // An age in apposition ("Kuzminov, a 28-year-old captain, ...") or in the speaker's own
      // description ("Daniil Alfyorov, 27, said") is the outlet's words, not the speaker's.
      const own =
        phrase.kind === 'age' &&
        (phrase.appositive === true ||
          (attribution.verbStart !== undefined && attribution.speakerStart !== undefined && attribution.speakerStart <= phrase.start && phrase.end <= attribution.verbStart));
      const stated: SentenceAttribution = own ? { kind: 'ASSERTED', quoted: attribution.quoted } : attribution;
      const reporter = nameOf(stated.reportedBy) ?? stated.reporterLabel;
      const figure: BundleFigure = {
        id: n === 1 ? baseId : `${baseId}-${n}`,
        value: phrase.value,
        qualifier: phrase.qualifier,
        counts: countsOf(phrase, noun, aboutName).slice(0, 300),
        measure,
        statement: statementOf(phrase, noun, stated, reporter, nameOf(stated.via), aboutName).slice(0, 500),
        about,
        attribution: { kind: stated.kind },
        evidence,
      };
      if (phrase.lowerBound !== undefined) figure.lowerBound = phrase.lowerBound;
      if (phrase.upperBound !== undefined) figure.upperBound = phrase.upperBound;
      if (unit !== undefined) figure.unit = unit;
      if (phrase.currency !== undefined) figure.currency = phrase.currency;
      if (time.refersTo !== undefined) figure.refersTo = time.refersTo;
      if (time.refersToEnd !== undefined) figure.refersToEnd = time.refersToEnd;
      if (stated.reportedBy !== undefined) figure.attribution.reportedBy = stated.reportedBy;
      else if (stated.reporterLabel !== undefined) figure.attribution.reporterLabel = stated.reporterLabel.slice(0, 200);
      if (stated.via !== undefined) figure.attribution.via = stated.via;
      figures.push(figure);
      figureSentence.push(sentence.index);
      figureSpans.push({ figureId: figure.id, start: phrase.start, end: phrase.end });
    }
    context.previous = attribution;
    for (const mention of here) {
      if (mention.type === 'Person') context.lastPerson = mention.entityId;
      if (mention.type === 'Organization') {
        const kind = entities.get(mention.entityId)?.kind;
        context.organizations.push({ id: mention.entityId, name: nameOf(mention.entityId) ?? mention.text, text: mention.text, ...(kind !== undefined && { kind }) });
      }
    }
  }

  const bundle = {
    format: 'newsgraph.bundle/1' as const,
    source: sourceOf(sourceId, sourceTitle, head),
    entities: [...entities.values()].map((entity) => bundleEntity(entity, sourceTitle)),
    relationships,
    figures,
  };
  const checked = validateBundle(bundle);
  if (!checked.ok) {
    // A draft that fails validation is a bug of the extractor, not of the input.
    throw new Error(`extractor produced an invalid draft: ${checked.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  }
  return { bundle: checked.bundle, warnings, mentions, figures: figureSpans, text };
}

/**
 * The entities a figure is about: for an age, the person named nearest before it (or the last
 * person of the story); otherwise the entities named in the sentence other than the reporter
 * and the outlet, organisations, people and events before places, else the last subject.
 */
function aboutOf(kind: string, at: number, here: Mention[], attribution: SentenceAttribution, lastPerson: string | undefined, lastSubject: string | undefined): string[] {
  if (kind === 'age') {
    const person = [...here].reverse().find((m) => m.type === 'Person' && m.start <= at) ?? here.find((m) => m.type === 'Person');
    const id = person?.entityId ?? lastPerson;
    return id === undefined ? [] : [id];
  }
  const ids: string[] = [];
  const ordered = [...here.filter((m) => m.type !== 'Place'), ...here.filter((m) => m.type === 'Place')];
  for (const mention of ordered) {
    if (mention.entityId === attribution.reportedBy || mention.entityId === attribution.via || ids.includes(mention.entityId)) continue;
    ids.push(mention.entityId);
    if (ids.length === 3) break;
  }
  if (ids.length === 0 && lastSubject !== undefined) ids.push(lastSubject);
  if (ids.length === 0 && attribution.reportedBy !== undefined) ids.push(attribution.reportedBy);
  return ids;
}

function sourceOf(id: string, title: string, head: ArticleHead): Bundle['source'] {
  const source: Bundle['source'] = { id, title };
  if (head.publisher !== undefined) source.publisher = head.publisher.slice(0, 200);
  if (head.url !== undefined) source.url = head.url;
  if (head.published !== undefined) source.published = head.published;
  return source;
}

/** A linked entity carries only id, type, name and new spellings; a new one a template description. */
function bundleEntity(entity: DraftEntity, title: string): BundleEntity {
  const aliases = [...entity.aliases].filter((alias) => alias.toLowerCase() !== entity.name.toLowerCase()).slice(0, 50);
  const base = { id: entity.id, name: entity.name.slice(0, 200), aliases };
  const description = entity.isNew ? `${typeWords[entity.type]} named in "${title}".`.slice(0, 2000) : undefined;
  const withDescription = description !== undefined ? { description } : {};
  switch (entity.type) {
    case 'Person':
      return { ...base, type: 'Person', ...withDescription };
    case 'Organization':
      return { ...base, type: 'Organization', ...withDescription, ...(entity.isNew && entity.kind !== undefined ? { kind: entity.kind } : {}) };
    case 'Place':
      return { ...base, type: 'Place', ...withDescription, ...(entity.isNew && entity.kind !== undefined ? { kind: entity.kind } : {}) };
    case 'Event':
      return { ...base, type: 'Event', kind: entity.kind ?? 'EVENT', ...withDescription };
  }
}
