/**
 * Builds the Lucene query for the full-text index from plain words. Only letters (with their
 * combining marks) and digits survive, lower-cased, so no user text is ever read as Lucene syntax (no operators, fields,
 * wildcards or ranges): `a AND b:c~` searches the words a, and, b, c. Returns null when no
 * word is left.
 */
export function luceneQuery(text: string): string | null {
  // A word starts with a letter or digit; combining marks (Hindi and Thai vowel signs) stay
  // inside it, as the index's tokenizer keeps them, instead of cutting it into single letters.
  const words = (text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu) ?? []).slice(0, 12);
  if (words.length === 0) return null;
  const clauses = words.map((word) => {
    const parts = [`${word}^4`];
    if (word.length >= 2) parts.push(`${word}*^2`);
    if (word.length >= 4) parts.push(`${word}~${word.length >= 7 ? 2 : 1}`);
    const terms = `(${parts.join(' OR ')})`;
    // A hit in the name counts most, then an alias, then the description.
    return `name:${terms}^6 OR aliasText:${terms}^4 OR description:${terms}`;
  });
  return clauses.map((clause) => `(${clause})`).join(' OR ');
}
