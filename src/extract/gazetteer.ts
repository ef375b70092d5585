import nlp from 'compromise';

/**
 * Word lists for guessing the type of a name nobody has linked yet. Compromise's lexicon
 * (bundled with the package, no download) gives first names, countries, cities, regions and
 * well-known organisations; the cue words are ours. Built once on first use.
 */
export interface Gazetteer {
  firstNames: Set<string>;
  places: Map<string, string>; // lower-case name -> kind ("country", "city", "region")
  organizations: Set<string>;
}

let cached: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  if (cached !== undefined) return cached;
  const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }).world().model.one
    .lexicon;
  const firstNames = new Set<string>();
  const places = new Map<string, string>();
  const organizations = new Set<string>();
  for (const [word, tagOrTags] of Object.entries(lexicon)) {
    const tags = Array.isArray(tagOrTags) ? tagOrTags : [tagOrTags];
    if (tags.some((tag) => tag === 'MaleName' || tag === 'FemaleName' || tag === 'FirstName')) firstNames.add(word);
    if (tags.includes('Country')) places.set(word, 'country');
    else if (tags.includes('City')) places.set(word, 'city');
    else if (tags.includes('Region')) places.set(word, 'region');
    else if (tags.includes('Place')) places.set(word, 'place');
    if (tags.includes('Organization')) organizations.add(word);
  }
  // Names common in the news that compromise's English lexicon lacks.
  for (const name of 'andriy andrii oleksandr oleksiy serhiy sergei sergey dmitry dmytro mykola mykhailo yuriy yuri vitaliy vitalii maksym maksim daniil kyrylo olena oksana yulia iryna svitlana'.split(' ')) {
    firstNames.add(name);
  }
  cached = { firstNames, places, organizations };
  return cached;
}

/** Head words that make a name an organisation ("... Ministry", "... Times", "... Regiment"). */
export const organizationCues = new Set(
  'ministry department directorate headquarters agency service services council committee army forces navy guard guards brigade regiment battalion division corps command office union party bank company group institute university times post news pravda telegraph guardian herald journal tribune gazette press media channel network radio tv television broadcasting court parliament government commission bureau foundation organisation organization association centre center inc ltd corp fund assembly cabinet administration police fleet kremlin ministry nato reuters bbc cnn'.split(
    ' ',
  ),
);

/** Words of a place name ("Kharkiv Oblast", "Donetsk region"). */
export const placeCues = new Set('oblast region province county district city republic island peninsula river sea mountains valley krai'.split(' '));

/** Titles and roles written before a person's name ("President", "spokesman", "Lt"). */
export const personTitles = new Set(
  'president minister spokesman spokeswoman spokesperson pilot lieutenant captain colonel general sergeant major commander officer mr mrs ms dr sir chancellor king queen prince senator governor mayor deputy chief director analyst journalist correspondent reporter soldier private corporal lt col gen sgt capt maj prof professor representative'.split(
    ' ',
  ),
);

export const months = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);
