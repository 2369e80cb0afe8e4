import { HOME_PHRASES, HOST_PHRASES } from '../data/places/words.js';
import { countryOfAdjective } from './countries.js';
import type { PlaceContext } from './context.js';
import type { GazetteerEntry } from './entry.js';
import type { Gazetteer } from './gazetteer.js';
import { consonantCount, placeKey } from './key.js';
import { memoizePer } from './memo.js';
import type { Mention } from './mentions.js';
import { resolvePlace } from './resolve.js';

/**
 * A place outside the countries the article names counts only by its exact key, and only when
 * the key is long or the place is a town: a short key's village abroad is more likely another one.
 */
const FOREIGN_MIN_POPULATION = 10_000;
const FOREIGN_MIN_CONSONANTS = 5;

/**
 * The gazetteer entry a mention names, `undefined` when the mention is no place at all (an
 * uncued name that resolves to nothing, or that acts: "Russia and Iran are killing").
 */
export function entryOfMention(mention: Mention, sentence: string, context: PlaceContext): GazetteerEntry | null | undefined {
  if (mention.kind === 'border') return borderCountry(mention, context);
  if (mention.query === '' || mention.kind === 'facility') return null;
  const entry = acceptedEntry(mention.query, context);
  if (!mention.cued && (!entry || !namedAsPlace(sentence, mention))) return undefined;
  if (entry && mention.kind === 'division' && entry.kind === 'place' && entry.admin1Id) {
    return context.gazetteer.admin1(entry.admin1Id.slice(0, 2), entry.admin1Id.slice(3)) ?? entry;
  }
  return entry;
}

/**
 * The entry a name resolves to, if the article's countries let it count. The answer depends on
 * the name, the gazetteer and those countries alone, so it is kept across articles: a stream
 * names the same places again and again.
 */
function acceptedEntry(name: string, context: PlaceContext): GazetteerEntry | null {
  return acceptedOnce(context.gazetteer, `${context.countriesKey}\t${name}`);
}

const acceptedOnce = memoizePer((gazetteer: Gazetteer, query: string): GazetteerEntry | null => {
  const tab = query.indexOf('\t');
  const countries = tab > 0 ? query.slice(0, tab).split(',') : [];
  return resolveAccepted(query.slice(tab + 1), gazetteer, countries);
});

function resolveAccepted(name: string, gazetteer: Gazetteer, countries: readonly string[]): GazetteerEntry | null {
  const resolved = resolvePlace(name, { gazetteer, country: countries });
  if (!resolved || resolved.weak) return null;
  if (resolved.match === 'country' || countries.length === 0) return resolved.entry;
  const home = resolved.entry.country !== null && countries.includes(resolved.entry.country);
  const strong = consonantCount(placeKey(name)) >= FOREIGN_MIN_CONSONANTS || resolved.entry.population >= FOREIGN_MIN_POPULATION;
  return home || (resolved.match === 'key' && strong) ? resolved.entry : null;
}

function borderCountry(mention: Mention, context: PlaceContext): GazetteerEntry | null {
  const codes = mention.query.split('-').map(countryOfAdjective).filter((code): code is string => code !== null);
  const code = codes[codes.length - 1];
  if (code) return context.gazetteer.country(code);
  return acceptedEntry(mention.query, context);
}

/**
 * An uncued name is a place only as a host or a headline's topic: "Turkey has taken in",
 * "Idlib is home to", "Idlib: ..."; not an actor ("Russia and Iran are killing", "by Russia").
 * The names listed with it are passed over ("Turkey, Lebanon and Jordan have taken in"); only
 * a window after it is read, so that a sentence of names costs no more per name than a short one.
 */
function namedAsPlace(sentence: string, mention: Mention): boolean {
  const window = sentence.slice(mention.end, mention.end + LISTED_NAMES_WINDOW);
  // "Tobruk (1,320 people)": a figure bracketed after a name counts people there
  if (BRACKETED_FIGURE.test(window)) return true;
  let at = 0;
  for (let next = LISTED_NAME.exec(window); next; next = LISTED_NAME.exec(window)) at = LISTED_NAME.lastIndex;
  LISTED_NAME.lastIndex = 0;
  // "Turkey, which hosts 3.7 million": the relative clause speaks of the name
  const after = window.slice(at).replace(RELATIVE_OPENING, ' ');
  return HOST_PHRASES.test(after) || HOME_PHRASES.test(after) || /^\s*:\s/.test(after);
}

const LISTED_NAMES_WINDOW = 250;
const BRACKETED_FIGURE = /^\s?\(\s?(?:[a-z.]{1,8}\s){0,2}\d/i;
const RELATIVE_OPENING = /^\s*,\s*(?:which|that)\s+(?:already\s+|now\s+)?/;
// one at a time from where the last ended: ", and Iran", " Lebanon"
const LISTED_NAME = /\s*(?:,\s*)?(?:and\s+)?[A-Z][\p{L}'-]*/uy;

export function keyOfMention(mention: Mention, text: string): string {
  const name = text.replace(/^the\s+/i, '');
  return mention.kind === 'name' && mention.query ? placeKey(mention.query) : placeKey(name) || name.toLowerCase();
}
