/** A line of the story body, by its offsets in the text it came from. */
export interface TextRange {
  start: number;
  end: number;
}

/** A heading that opens a box of links or headlines that is not part of the story. */
const boxHeading =
  /^\s*(latest developments|latest news|latest|related coverage|related stories|related articles|related content|related|more stories|more news|most read|most popular|trending( now)?|top stories|recommended( for you)?|you (may|might) also like|read next|in other news|more on this( story)?|see also|read more|also today|elsewhere|more (from|by|in|on) [\p{L}\p{N}' ]{1,40}|(explore )?more on th(is|ese) topics?|related topics|topics|(most read|latest|top stories) (from|in|on) [\p{L}\p{N}' ]{1,40})\s*[:.]?\s*$/iu;

/** A one-line link or teaser that is not part of the story ("Read more: ..."). */
const inlineBox =
  /^\s*(read more|read also|also read|also today|see also|related( coverage| stories)?|more on this( story)?|you (may|might) also like|recommended|watch|listen|latest( news| developments)?|in other news|elsewhere|advertisement|sign up|subscribe|support (our |independent |quality )?(journalism|reporting|work)|become a (member|subscriber|patron)|donate)\s*[:\-–—|]/i;

const standaloneJunk = /^\s*(advertisement|sponsored|share this (article|story)|follow us on .*|(become a (member|subscriber|patron)|donate|support us)\b[^.!?]*)\s*$/i;

/** A line after a box heading that still belongs to the box: a list item or a headline. */
function looksLikeBoxItem(line: string): boolean {
  if (/^\s*([-*•·–—]|\d+[.)])\s+/.test(line)) return true;
  if (/\p{Ll}\p{Lu}\p{Ll}/u.test(line) && !/\p{Ll}\p{Lu}\p{Ll}+\p{Lu}/u.test(line)) return true; // glued headlines
  return !/[.!?]["”’')\]]*\s*$/.test(line);
}

/**
 * The lines of `text[from..]` that belong to the story: drops end-of-page and in-page boxes
 * ("Read more: ...", "Also today: ...", a "Related coverage" or "LATEST DEVELOPMENTS" heading and
 * the list items or headlines that follow it, up to the next line that reads as a sentence).
 * Returns the kept lines and the dropped ranges, trimmed, by offsets into `text`.
 * Pure; never throws.
 */
export function storyLines(text: string, from: number): { kept: TextRange[]; dropped: TextRange[] } {
  const kept: TextRange[] = [];
  const dropped: TextRange[] = [];
  let inBox = false;
  const linePattern = /[^\r\n]*/g;
  linePattern.lastIndex = from;
  for (let match = linePattern.exec(text); match !== null; match = linePattern.exec(text)) {
    if (match[0] === '') {
      linePattern.lastIndex = match.index + 1;
      if (match.index >= text.length) break;
      continue;
    }
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const line = raw.trim();
    if (line === '') continue;
    const range = { start: match.index + lead, end: match.index + lead + line.length };
    if (boxHeading.test(line)) {
      inBox = true;
      dropped.push(range);
    } else if (inBox && looksLikeBoxItem(line)) {
      dropped.push(range);
    } else if (inlineBox.test(line) || standaloneJunk.test(line)) {
      inBox = false;
      dropped.push(range);
    } else {
      inBox = false;
      kept.push(range);
    }
  }
  return { kept, dropped };
}
