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
  return new DocumentPlaces(doc, gazetteer);
}

// a class, not an object literal with getters: a literal whose getters close over the call
// gets a new hidden class every call, which V8 allocates where the garbage collector keeps
// long-lived objects, and each such class made the young collections of the run slower
class DocumentPlaces implements PlaceContext {
  // by sentence: arrays, cheaper than maps for a document's few dozen sentences
  private readonly texts: string[] = [];
  private readonly mentions: Mention[][] = [];
  private names: TextNames | null = null;
  private countryCodes: readonly string[] | null = null;
  private countryCodesKey: string | null = null;

  constructor(
    private readonly doc: Doc,
    readonly gazetteer: Gazetteer,
  ) {}

  get countries(): readonly string[] {
    this.countryCodes ??= countriesNamed(this.namesOf().distinct, this.gazetteer);
    return this.countryCodes;
  }

  get countriesKey(): string {
    this.countryCodesKey ??= this.countries.join(',');
    return this.countryCodesKey;
  }

  textOf(sentence: number): string {
    let text = this.texts[sentence];
    if (text === undefined) this.texts[sentence] = text = this.doc.text.slice(this.doc.sentences[sentence]?.start ?? 0, this.doc.sentences[sentence]?.end ?? 0);
    return text;
  }

  mentionsOf(sentence: number): readonly Mention[] {
    let found = this.mentions[sentence];
    if (!found) {
      const { start = 0, end = 0 } = this.doc.sentences[sentence] ?? {};
      this.mentions[sentence] = found = findMentions(this.textOf(sentence), this.namesOf().within(start, end));
    }
    return found;
  }

  private namesOf(): TextNames {
    this.names ??= textNames(this.doc.text);
    return this.names;
  }
}

function countriesNamed(names: readonly KeptName[], gazetteer: Gazetteer): string[] {
  const codes = new Set<string>();
  const countriesOf = countriesOfNameIn(gazetteer);
  for (const name of names) for (const code of countriesOf(name.text)) codes.add(code);
  return [...codes];
}
