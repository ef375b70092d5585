import { h } from '../dom';

/** A stretch of the article text to mark, and how to mark it. */
export interface Highlight {
  start: number;
  end: number;
  /** Builds the mark around the stretch's words. */
  mark(words: string): HTMLElement;
}

/**
 * The article text as text nodes and marks, built by slicing (never parsed as HTML). Highlights
 * earlier in the list win where two overlap; an overlapped or out-of-range one is left out and
 * returned in `skipped`. `focus` (a sentence to scroll to) becomes a span around its stretch,
 * widened to whole marks. Pure DOM building; never throws.
 */
export function highlightText(text: string, highlights: Highlight[], focus: { start: number; end: number } | null): { element: HTMLElement; skipped: Highlight[]; focused: HTMLElement | null } {
  const valid = highlights.filter((x) => Number.isInteger(x.start) && Number.isInteger(x.end) && x.start >= 0 && x.end <= text.length && x.end > x.start);
  const placed: Highlight[] = [];
  for (const candidate of valid) {
    if (placed.every((p) => candidate.end <= p.start || candidate.start >= p.end)) placed.push(candidate);
  }
  placed.sort((a, b) => a.start - b.start);
  const skipped = highlights.filter((x) => !placed.includes(x));

  let range: { start: number; end: number } | null = null;
  if (focus !== null && focus.end > focus.start) {
    range = { start: Math.max(0, focus.start), end: Math.min(text.length, focus.end) };
    for (const p of placed) {
      if (p.start < range.start && p.end > range.start) range.start = p.start;
      if (p.start < range.end && p.end > range.end) range.end = p.end;
    }
  }

  // Pieces in text order, cut at the focus's edges so each lies wholly inside or outside it.
  const pieces: Array<{ start: number; end: number; node: Node }> = [];
  const plain = (from: number, to: number) => {
    const cuts = [from, ...(range === null ? [] : [range.start, range.end].filter((c) => c > from && c < to)), to];
    for (let i = 0; i + 1 < cuts.length; i += 1) pieces.push({ start: cuts[i]!, end: cuts[i + 1]!, node: document.createTextNode(text.slice(cuts[i], cuts[i + 1])) });
  };
  let cursor = 0;
  for (const p of placed) {
    if (p.start > cursor) plain(cursor, p.start);
    pieces.push({ start: p.start, end: p.end, node: p.mark(text.slice(p.start, p.end)) });
    cursor = p.end;
  }
  if (cursor < text.length) plain(cursor, text.length);

  const element = h('div', { class: 'draft-text' });
  let focused: HTMLElement | null = null;
  for (const piece of pieces) {
    const inside = range !== null && piece.start >= range.start && piece.end <= range.end;
    if (!inside) {
      element.appendChild(piece.node);
      continue;
    }
    if (focused === null) {
      focused = h('span', { class: 'draft-focus', tabindex: '-1' });
      element.appendChild(focused);
    }
    focused.appendChild(piece.node);
  }
  return { element, skipped, focused };
}
