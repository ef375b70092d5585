/**
 * The word a figure's qualifier puts before its number: "more than 220 soldiers", "about
 * 20 minutes". One table for the API's `Figure.display` (src/graph/figureDisplay.ts) and the
 * explorer's wording of a figure it has drafted but not stored (web/src/explore/draft/figureWords.ts),
 * so a figure reads the same before and after it is ingested. EXACT and VAGUE put none (a vague
 * figure is worded from its bounds instead).
 */
export const figureHedges = {
  EXACT: '',
  ABOUT: 'about ',
  MORE_THAN: 'more than ',
  AT_LEAST: 'at least ',
  ALMOST: 'almost ',
  UP_TO: 'up to ',
  AT_MOST: 'at most ',
  VAGUE: '',
} as const;

export type HedgedQualifier = keyof typeof figureHedges;

/**
 * The hedge of any qualifier string, with its trailing space. Never throws: "" for one the
 * table does not know (a stored value from a newer schema), so the number still reads.
 */
export function hedgeWord(qualifier: string): string {
  return Object.hasOwn(figureHedges, qualifier) ? figureHedges[qualifier as HedgedQualifier] : '';
}
