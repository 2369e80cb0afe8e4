import { createRequire } from 'node:module';

type Lexicon = Readonly<Record<string, string | undefined>>;
type Nlp = { model: () => { one: { lexicon: Lexicon } } };

// the lexicon tags compromise gives a first or last name ("Sarah", "Ahmed", "Smith")
const NAME_TAGS: ReadonlySet<string> = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);

let loaded: Lexicon | null = null;

/**
 * Whether compromise knows the word as a person's first or last name. For a lone name its
 * tagger decides from this lexicon alone (the context rules that also tag persons need a title,
 * "Mr Zelensky", which speakers/ reads itself), so the lexicon is read directly: tagging a
 * sentence costs about a millisecond. compromise is loaded on first use (~190 ms); its lexicon
 * is only read, never changed, since it is compromise's one global world for every user of it
 * in the process.
 */
export function isPersonName(word: string): boolean {
  const lexicon = loadLexicon();
  const key = word.toLowerCase();
  return Object.hasOwn(lexicon, key) && NAME_TAGS.has(lexicon[key] ?? '');
}

function loadLexicon(): Lexicon {
  // the CJS build loads in half the time of the ESM one, and keeps extractClaims synchronous
  loaded ??= (createRequire(import.meta.url)('compromise/two') as Nlp).model().one.lexicon;
  return loaded;
}
