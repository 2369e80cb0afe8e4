import { closeKeys } from './fuzzy.js';
import { assertPlaceName, consonantCount, placeKey } from './key.js';
import { resolvePlace, type ResolveOptions } from './resolve.js';

/**
 * Whether two names are one place: the same key (a short key only when the gazetteer puts both
 * on one entry or the countries given agree), both names of one gazetteer entry, or near keys.
 *
 * @example
 * samePlace('Telmanas', 'Talmenes')       //=> true
 * samePlace('Deir al-Sharqi', 'Eastern Deir') //=> true
 * samePlace('Saraqib', 'Sarmin')          //=> false
 */
export function samePlace(a: string, b: string, options: ResolveOptions = {}): boolean {
  assertPlaceName(a);
  assertPlaceName(b);
  const keyA = placeKey(a);
  const keyB = placeKey(b);
  if (!keyA || !keyB) return false;
  if (keyA === keyB && consonantCount(keyA) > 3) return true;
  const exact = { ...options, fuzzy: false };
  const placeA = resolvePlace(a, exact);
  const placeB = resolvePlace(b, exact);
  if (placeA && placeB && placeA.entry.id === placeB.entry.id) return true;
  // a short key alone is too weak: "Sweida" and "Saada" both fold to sd
  if (keyA === keyB) return false;
  return closeKeys(keyA, keyB);
}
