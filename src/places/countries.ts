import { COUNTRY_WORDS } from '../data/places/countries.js';
import type { GazetteerEntry } from './entry.js';
import { foldName } from './fold.js';
import type { Gazetteer } from './gazetteer.js';

let adjectives: ReadonlyMap<string, string> | null = null;
const namesByGazetteer = new WeakMap<Gazetteer, ReadonlyMap<string, string>>();

/** The country an adjective names: "Turkish" → "TR". */
export function countryOfAdjective(word: string): string | null {
  adjectives ??= new Map(COUNTRY_WORDS.flatMap(([code, words]) => splitList(words).map((w) => [foldName(w), code] as const)));
  return adjectives.get(foldName(word)) ?? null;
}

/** The country a name is, by its English name or a name news uses: "Syria", "Türkiye", "DRC". */
export function countryNamed(name: string, gazetteer: Gazetteer): GazetteerEntry | null {
  const code = countryNames(gazetteer).get(foldName(name));
  return code ? gazetteer.country(code) : null;
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
