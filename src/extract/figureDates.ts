import { en, type ParsedComponents } from 'chrono-node';

const dateWords = /\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b|\b(18|19|20)\d{2}\b/i;

export interface FigureTime {
  refersTo?: string;
  refersToEnd?: string;
}

function partial(components: ParsedComponents, requireYear: boolean): string | undefined {
  if (requireYear && !components.isCertain('year')) return undefined;
  const year = components.get('year');
  if (year === null || year === undefined) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (!components.isCertain('month')) return components.isCertain('year') ? String(year) : undefined;
  const month = `${year}-${pad(components.get('month') ?? 1)}`;
  return components.isCertain('day') ? `${month}-${pad(components.get('day') ?? 1)}` : month;
}

/**
 * The time the figures of a sentence refer to, from its dates (chrono-node, British day-month
 * order, the publication date as reference so "in December" resolves to the right year). Only
 * phrases with a month name or a year count ("last week" does not); a span ("between 15 September
 * and 20 January", "from March to May") gives refersTo and refersToEnd. Without a publication date
 * only dates with a stated year are used, so the result never depends on today's date.
 * Pure; never throws.
 */
export function figureTime(sentence: string, published: string | undefined): FigureTime {
  if (!dateWords.test(sentence)) return {};
  const [y, m, d] = (published ?? '2000').split('-').map(Number);
  const reference = new Date(Date.UTC(y ?? 2000, (m ?? 7) - 1, d ?? 15, 12));
  let results;
  try {
    results = en.GB.parse(sentence, { instant: reference, timezone: 0 });
  } catch {
    return {};
  }
  const requireYear = published === undefined;
  const dated = results.filter((result) => dateWords.test(result.text));
  const first = dated[0];
  if (first === undefined) return {};
  const start = partial(first.start, requireYear);
  if (start === undefined) return {};
  let end = first.end === undefined || first.end === null ? undefined : partial(first.end, requireYear);
  const second = dated[1];
  if (end === undefined && second !== undefined) {
    const between = sentence.slice(first.index, second.index);
    if (/\b(and|to|until|till|through)\s*$/i.test(between) && /\b(between|from|since)\b/i.test(sentence.slice(Math.max(0, first.index - 12), first.index + 1))) {
      end = partial(second.start, requireYear);
    }
  }
  if (end !== undefined && end < start) end = undefined;
  return end !== undefined && end !== start ? { refersTo: start, refersToEnd: end } : { refersTo: start };
}
