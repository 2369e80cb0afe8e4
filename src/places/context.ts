import type { Doc } from '../document/index.js';
import { countryNamed, countryOfAdjective } from './countries.js';
import type { Gazetteer } from './gazetteer.js';
import { findMentions, type Mention } from './mentions.js';
import { findNames } from './names.js';

/** What one document's place reading shares across its claims, built once per document. */
export interface PlaceContext {
  readonly gazetteer: Gazetteer;
  /**
   * The countries the article names, by name or adjective: they let short names resolve. Read
   * from the whole text when first asked, which loads the gazetteer: an article none of whose
   * claims names a place never does.
   */
  readonly countries: readonly string[];
  /** One sentence's masked text, sliced once. */
  textOf(sentence: number): string;
  /** Its place mentions, sorted by start, found once. */
  mentionsOf(sentence: number): readonly Mention[];
}

const contexts = new WeakMap<Doc, WeakMap<Gazetteer, PlaceContext>>();

export function placeContext(doc: Doc, gazetteer: Gazetteer): PlaceContext {
  let perDoc = contexts.get(doc);
  if (!perDoc) contexts.set(doc, (perDoc = new WeakMap()));
  const known = perDoc.get(gazetteer);
  if (known) return known;
  const texts = new Map<number, string>();
  const mentions = new Map<number, Mention[]>();
  const isAdjective = (word: string): boolean => countryOfAdjective(word) !== null;
  let countries: readonly string[] | null = null;
  const context: PlaceContext = {
    gazetteer,
    get countries() {
      countries ??= countriesNamed(doc.text, gazetteer);
      return countries;
    },
    textOf(sentence) {
      let text = texts.get(sentence);
      if (text === undefined) texts.set(sentence, (text = doc.text.slice(doc.sentences[sentence]?.start ?? 0, doc.sentences[sentence]?.end ?? 0)));
      return text;
    },
    mentionsOf(sentence) {
      let found = mentions.get(sentence);
      if (!found) mentions.set(sentence, (found = findMentions(context.textOf(sentence), isAdjective)));
      return found;
    },
  };
  perDoc.set(gazetteer, context);
  return context;
}

function countriesNamed(text: string, gazetteer: Gazetteer): string[] {
  const codes = new Set<string>();
  for (const name of findNames(text)) {
    const country = countryNamed(name.text, gazetteer)?.country;
    if (country) codes.add(country);
    for (const word of name.text.split('-')) {
      const code = countryOfAdjective(word);
      if (code) codes.add(code);
    }
  }
  return [...codes];
}
