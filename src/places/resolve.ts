import { countryNamed } from './countries.js';
import type { GazetteerEntry } from './entry.js';
import { foldName, similarity } from './fold.js';
import { nearKeys } from './fuzzy.js';
import { defaultGazetteer, type Gazetteer } from './gazetteer.js';
import { assertPlaceName, consonantCount, placeKey } from './key.js';

export interface ResolveOptions {
  /** Where to look; the shipped GeoNames gazetteer when absent. */
  readonly gazetteer?: Gazetteer;
  /** ISO codes of the countries the text is about: they win ties and let short names count. */
  readonly country?: string | readonly string[];
  /** Also search near keys with fuse.js when no key matches exactly (default true). */
  readonly fuzzy?: boolean;
}

export interface ResolvedPlace {
  readonly entry: GazetteerEntry;
  /** In [0, 1]: 1 for a country or the entry's own name's key, less for an alias, a short key without agreement, a near key. */
  readonly score: number;
  readonly match: 'country' | 'key' | 'near key';
  /** A short key (two or three consonants) that no country given agrees with: too weak to join names alone. */
  readonly weak: boolean;
}

/**
 * The gazetteer entry a name most likely means, or null.
 *
 * @example
 * resolvePlace('Maaret al-Noman')?.entry.name //=> 'Ma‘arrat an Nu‘mān'
 * resolvePlace('Hodeidah', { country: 'YE' })?.entry.country //=> 'YE'
 */
export function resolvePlace(name: string, options: ResolveOptions = {}): ResolvedPlace | null {
  assertPlaceName(name);
  const gazetteer = options.gazetteer ?? defaultGazetteer();
  const countries = readCountries(options.country);
  const country = countryNamed(name, gazetteer);
  if (country) return { entry: country, score: 1, match: 'country', weak: false };
  const key = placeKey(name);
  if (!key) return null;
  const exact = best(name, key, gazetteer.entriesForKey(key), countries);
  if (exact || options.fuzzy === false) return exact;
  for (const other of nearKeys(key, gazetteer)) {
    const found = best(name, other, gazetteer.entriesForKey(other), countries);
    if (found) return { ...found, score: found.score * 0.8, match: 'near key' };
  }
  return null;
}

function best(name: string, key: string, entries: readonly GazetteerEntry[], countries: readonly string[]): ResolvedPlace | null {
  const folded = foldName(name);
  let top: { entry: GazetteerEntry; weight: number } | null = null;
  for (const entry of entries) {
    const agrees = entry.country !== null && countries.includes(entry.country);
    const own = placeKey(entry.name) === key;
    const weight = (agrees ? 100 : 0) + (own ? 3 : 0) + similarity(folded, foldName(entry.name)) * 10 + entry.rank + Math.log10(entry.population + 1);
    if (!top || weight > top.weight) top = { entry, weight };
  }
  if (!top) return null;
  const agrees = top.entry.country !== null && countries.includes(top.entry.country);
  const weak = consonantCount(key) <= 3 && !agrees;
  const score = (placeKey(top.entry.name) === key ? 1 : 0.9) * (weak ? 0.6 : 1) * (countries.length > 0 && !agrees ? 0.8 : 1);
  return { entry: top.entry, score, match: 'key', weak };
}

function readCountries(country: ResolveOptions['country']): readonly string[] {
  if (country === undefined) return [];
  const list = typeof country === 'string' ? [country] : country;
  for (const code of list) {
    if (typeof code !== 'string' || !/^[A-Za-z]{2}$/.test(code)) throw new RangeError(`expected an ISO 3166-1 alpha-2 country code, found ${JSON.stringify(code)}`);
  }
  return list.map((code) => code.toUpperCase());
}
