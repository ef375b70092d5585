import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { partialDatePattern } from '../ingest/bundleSchema.js';
import type { ArticleHead } from './frontMatter.js';

/** The readable text of a saved news page and what its markup says about the article. */
export interface MainText {
  /** The story's text, one block (paragraph, heading, list item) a line. */
  text: string;
  head: ArticleHead;
}

const blockTags = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TD', 'FIGCAPTION', 'DT', 'DD']);

interface DomNode {
  nodeType: number;
  tagName?: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * Takes the main text of a saved HTML page with Mozilla's reader mode (Readability) over a
 * linkedom DOM, which drops navigation, sidebars and related-article boxes, and writes it out one
 * block a line so that sentence and box detection work as on plain text. Offsets of everything
 * extracted from HTML refer to this `text`, not to the HTML. Falls back to the whole `<body>`
 * text when Readability finds no article. Pure; never throws for any string.
 */
export function mainTextOfHtml(html: string): MainText {
  const { document } = parseHTML(html);
  const meta = (selector: string): string | undefined =>
    document.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('meta[property="og:url"]');
  const publishedRaw = meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]');
  let article: ReturnType<Readability<DomNode>['parse']> = null;
  try {
    // Readability mutates the document; the metadata above was read first.
    article = new Readability<DomNode>(document as never, { serializer: (node) => node as unknown as DomNode }).parse();
  } catch {
    article = null;
  }
  const root = (article?.content ?? (document.body as unknown as DomNode | null)) ?? null;
  const lines: string[] = [];
  if (root !== null) collectBlocks(root, lines);
  const text = lines.join('\n');
  const head: ArticleHead = { bodyStart: 0 };
  const title = article?.title?.trim() || document.querySelector('title')?.textContent?.trim();
  if (title) head.title = title;
  const publisher = article?.siteName?.trim() || meta('meta[property="og:site_name"]');
  if (publisher) head.publisher = publisher;
  const published = (article?.publishedTime ?? publishedRaw ?? '').slice(0, 10);
  if (partialDatePattern.test(published)) head.published = published;
  if (canonical !== undefined && /^https?:\/\/\S+$/.test(canonical)) head.url = canonical;
  return { text, head };
}

function collectBlocks(node: DomNode, lines: string[]): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType !== 1) continue;
    if (blockTags.has(child.tagName ?? '') && !hasBlockChild(child)) {
      const line = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (line !== '') lines.push(line);
    } else {
      collectBlocks(child, lines);
    }
  }
  if (lines.length === 0 && node.nodeType === 1) {
    const line = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (line !== '') lines.push(line);
  }
}

function hasBlockChild(node: DomNode): boolean {
  return Array.from(node.childNodes).some((child) => child.nodeType === 1 && (blockTags.has(child.tagName ?? '') || hasBlockChild(child)));
}
