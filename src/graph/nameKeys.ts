/**
 * Name matching keys. A name or alias is stored under two keys:
 *  - strict: case, diacritics, punctuation and script folded ("Алфёров" -> "alfyorov",
 *    "Alfyórov" -> "alfyorov");
 *  - loose: the strict key with the usual romanisation differences of Russian and Ukrainian
 *    names smoothed over ("alfyorov" and "alferov" -> "alferov", "matviyenko" and "matvienko"
 *    -> "matvienko", "maxim" and "maksim" -> "maksim").
 * A lookup tries both and prefers strict matches. Pure functions; never throw.
 */

const cyrillic: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', є: 'ye', ё: 'yo', ж: 'zh', з: 'z',
  и: 'i', і: 'i', ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r',
  с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y',
  ь: '', э: 'e', ю: 'yu', я: 'ya', 'ʼ': '', '’': '',
};

/**
 * Ukrainian romanisation (the official 2010 table) where it differs from the Russian one,
 * used when a word has a letter only Ukrainian uses (і, ї, є, ґ). The first form is for the
 * start of a word.
 */
const ukrainian: Record<string, [string, string]> = {
  и: ['y', 'y'], г: ['h', 'h'], ї: ['yi', 'i'], й: ['y', 'i'], є: ['ye', 'ie'], ю: ['yu', 'iu'], я: ['ya', 'ia'],
};

function transliterate(word: string): string {
  const isUkrainian = /[іїєґ]/.test(word);
  let out = '';
  for (const [index, char] of [...word].entries()) {
    const uk = isUkrainian ? ukrainian[char] : undefined;
    out += uk !== undefined ? uk[index === 0 ? 0 : 1] : (cyrillic[char] ?? char);
  }
  return out;
}

export function strictKey(text: string): string {
  const lower = text.normalize('NFC').toLowerCase();
  const out = lower.split(/(\s+)/).map(transliterate).join('');
  return out
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/['‘’ʼ`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * The romanisation differences news copy actually shows, folded one way. Order matters: digraphs
 * before single letters. ё/е as e, yo, io, jo or ye; и/й/і as i, y, ii or iy; х as kh, h or ch;
 * кс as ks or x; з as z or s; doubled letters as one.
 */
const loosening: ReadonlyArray<[RegExp, string]> = [
  [/shch/g, 'sc'],
  [/yo|jo|io|ye/g, 'e'],
  [/yu|ju|iu/g, 'u'],
  [/ya|ja|ia/g, 'a'],
  [/yi|iy|ij|yj/g, 'i'],
  [/kh|ch/g, 'h'],
  [/x/g, 'ks'],
  [/ph/g, 'f'],
  [/tz|ts/g, 'c'],
  [/[jy]/g, 'i'],
  [/w/g, 'v'],
  [/z/g, 's'],
  [/(\p{L})\1+/gu, '$1'],
];

export function looseKey(text: string): string {
  let key = strictKey(text);
  for (const [pattern, replacement] of loosening) key = key.replace(pattern, replacement);
  return key;
}

/**
 * The spellings a written name stands for: itself, and for "Long Name (ABBR)" also the long
 * name alone and the abbreviation, so "Defence Intelligence of Ukraine (DIU)" is found under
 * "DIU" and under the long name. Never throws.
 */
export function spellingVariants(text: string): string[] {
  const out = [text];
  const match = /^(.*\S)\s*\(([^()]+)\)\s*$/.exec(text.trim());
  if (match !== null) out.push(match[1]!, match[2]!);
  return out;
}

/**
 * The last spellings' keys: lookups repeat the same few names, and their keys cost about a sixtieth
 * of a request's CPU to compute (Unicode normalisation and a dozen expressions). Emptied when full.
 */
const recentKeys = new Map<string, Readonly<{ strict: string; loose: string }>>();
const RECENT_KEYS = 10_000;

/** Keys stored for one spelling: prefixed so strict and loose keys never collide. */
export function nameKeys(text: string): Readonly<{ strict: string; loose: string }> {
  let keys = recentKeys.get(text);
  if (keys === undefined) {
    if (recentKeys.size >= RECENT_KEYS) recentKeys.clear();
    keys = Object.freeze({ strict: `s:${strictKey(text)}`, loose: `l:${looseKey(text)}` });
    recentKeys.set(text, keys);
  }
  return keys;
}
