import { partialDatePattern } from '../ingest/bundleSchema.js';

export interface ArticleHead {
  title?: string;
  publisher?: string;
  /** Partial ISO date, only when it matches YYYY, YYYY-MM or YYYY-MM-DD. */
  published?: string;
  url?: string;
  /** Offset in the input where the body starts (after the front matter or the title line). */
  bodyStart: number;
  /** Offsets of the title line when the title was the first line of a plain text. */
  titleRange?: { start: number; end: number };
}

/**
 * Reads the head of a plain-text article: a front-matter block (`---`, `key: value` lines,
 * `---`) when the input starts with one, else the first non-empty line as the title.
 * Unknown keys are ignored; a `published` that is not a partial date is dropped.
 * Pure; never throws.
 */
export function readFrontMatter(input: string): ArticleHead {
  const block = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(input);
  if (block !== null) {
    const head: ArticleHead = { bodyStart: block[0].length };
    for (const line of (block[1] ?? '').split(/\r?\n/)) {
      const field = /^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$/.exec(line);
      if (field === null) continue;
      const key = (field[1] ?? '').toLowerCase();
      const value = unquote(field[2] ?? '');
      if (value === '') continue;
      if (key === 'title') head.title = value;
      else if (key === 'publisher' || key === 'source' || key === 'outlet') head.publisher = value;
      else if ((key === 'published' || key === 'date') && partialDatePattern.test(value)) head.published = value;
      else if (key === 'url' && /^https?:\/\/\S+$/.test(value)) head.url = value;
    }
    return head;
  }
  const firstLine = /^\s*(.*?)[ \t]*(?:\r?\n|$)/.exec(input);
  const title = firstLine?.[1] ?? '';
  if (title === '') return { bodyStart: 0 };
  const start = input.indexOf(title);
  return { title, bodyStart: firstLine?.[0].length ?? 0, titleRange: { start, end: start + title.length } };
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  return quoted !== null ? (quoted[2] ?? '') : value;
}
