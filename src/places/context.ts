import type { Doc } from '../document/index.js';
import { countriesOfNameIn } from './countries.js';
import type { Gazetteer } from './gazetteer.js';
import { findMentions, type Mention } from './mentions.js';
import type { KeptName } from './names.js';
import { type TextNames, textNames } from './text-names.js';

/** What one document's place reading shares across its claims, built once per document. */
export interface PlaceContext {
  readonly gazetteer: Gazetteer;
  /**
   * The countries the article names, by name or adjective: they let short names resolve. Read
   * from the whole text when first asked, which loads the gazetteer: an article none of whose
   * claims names a place never does.
   */
  readonly countries: readonly string[];
  /** Those codes joined by commas, once: the article's part of a look-up's cache key. */
  readonly countriesKey: string;
  /** One sentence's masked text, sliced once. */
  textOf(sentence: number): string;
  /** Its place mentions, sorted by start, found once. */
  mentionsOf(sentence: number): readonly Mention[];
}

/** A document's place context, made by each call of assignPlaces. */
export function placeContext(doc: Doc, gazetteer: Gazetteer): PlaceContext {
  // by sentence: arrays, cheaper than maps for a document's few dozen sentences
  const texts: string[] = [];
  const mentions: Mention[][] = [];
  let names: TextNames | null = null;
  const namesOf = (): TextNames => (names ??= textNames(doc.text));
  let countries: readonly string[] | null = null;
  let countriesKey: string | null = null;
  const context: PlaceContext = {
    gazetteer,
    get countries() {
      countries ??= countriesNamed(namesOf().distinct, gazetteer);
      return countries;
    },
    get countriesKey() {
      countriesKey ??= context.countries.join(',');
      return countriesKey;
    },
    textOf(sentence) {
      let text = texts[sentence];
      if (text === undefined) texts[sentence] = text = doc.text.slice(doc.sentences[sentence]?.start ?? 0, doc.sentences[sentence]?.end ?? 0);
      return text;
    },
    mentionsOf(sentence) {
      let found = mentions[sentence];
      if (!found) {
        const { start = 0, end = 0 } = doc.sentences[sentence] ?? {};
        mentions[sentence] = found = findMentions(context.textOf(sentence), namesOf().within(start, end));
      }
      return found;
    },
  };
  return context;
}

function countriesNamed(names: readonly KeptName[], gazetteer: Gazetteer): string[] {
  const codes = new Set<string>();
  const countriesOf = countriesOfNameIn(gazetteer);
  for (const name of names) for (const code of countriesOf(name.text)) codes.add(code);
  return [...codes];
}
