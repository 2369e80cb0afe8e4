import { COUNTRY_WORDS } from '../data/places/countries.js';
import type { GazetteerEntry } from './entry.js';
import { foldName } from './fold.js';
import type { Gazetteer } from './gazetteer.js';
import { memoize } from './memo.js';

let adjectives: ReadonlyMap<string, string> | null = null;
const namesByGazetteer = new WeakMap<Gazetteer, ReadonlyMap<string, string>>();

/** The country an adjective names: "Turkish" → "TR". Kept per word: every name read asks. */
export const countryOfAdjective = memoize((word: string): string | null => {
  adjectives ??= new Map(COUNTRY_WORDS.flatMap(([code, words]) => splitList(words).map((w) => [foldName(w), code] as const)));
  return adjectives.get(foldName(word)) ?? null;
});

/** The country a name is, by its English name or a name news uses: "Syria", "Türkiye", "DRC". */
export function countryNamed(name: string, gazetteer: Gazetteer): GazetteerEntry | null {
  const code = countryNames(gazetteer).get(foldName(name));
  return code ? gazetteer.country(code) : null;
}

const countriesByGazetteer = new WeakMap<Gazetteer, (name: string) => readonly string[]>();

/**
 * The countries a name names, as a country or by its adjectives ("Syrian-Turkish"): kept per
 * name, one cache per gazetteer, which a document asks for once and then for each of its names.
 */
export function countriesOfNameIn(gazetteer: Gazetteer): (name: string) => readonly string[] {
  let found = countriesByGazetteer.get(gazetteer);
  if (!found) countriesByGazetteer.set(gazetteer, (found = memoize((name) => countriesOf(name, gazetteer))));
  return found;
}

function countriesOf(name: string, gazetteer: Gazetteer): readonly string[] {
  const codes: string[] = [];
  const country = countryNamed(name, gazetteer)?.country;
  if (country) codes.push(country);
  for (const word of name.split('-')) {
    const code = countryOfAdjective(word);
    if (code) codes.push(code);
  }
  return codes;
}

function countryNames(gazetteer: Gazetteer): ReadonlyMap<string, string> {
  const known = namesByGazetteer.get(gazetteer);
  if (known) return known;
  const names = new Map<string, string>();
  for (const code of gazetteer.countryCodes()) {
    const name = gazetteer.country(code)?.name;
    if (name) names.set(foldName(name), code);
  }
  for (const [code, , others] of COUNTRY_WORDS) for (const other of splitList(others)) names.set(foldName(other), code);
  namesByGazetteer.set(gazetteer, names);
  return names;
}

const splitList = (list: string): string[] => list.split('|').filter(Boolean);
