import { DESTINATION_WORDS, HOME_PHRASES, HOST_PHRASES, ORIGIN_WORDS, PASS_OVER_WORDS } from '../data/places/words.js';
import type { ClaimKind, PlaceRole } from '../types.js';

const LOOK_BACK = 7;

/**
 * Where people were in relation to a place, for displacement: "fled (from) X", "their homes in X"
 * → origin; "to", "toward", "near", "sought refuge in X", "X has taken in" → destination; else
 * location. Deaths, injuries and the missing are always located.
 */
export function roleOf(kind: ClaimKind, before: string, after: string): PlaceRole {
  if (kind !== 'displaced') return 'location';
  if (HOST_PHRASES.test(after)) return 'destination';
  if (HOME_PHRASES.test(after)) return 'location';
  const clause = before.split(/[,;:.!?()"]/).pop() ?? '';
  const words = clause.toLowerCase().split(/\s+/).filter(Boolean).slice(-LOOK_BACK).reverse();
  for (const word of words) {
    if (ORIGIN_WORDS.has(word)) return 'origin';
    if (DESTINATION_WORDS.has(word)) return 'destination';
    if (!PASS_OVER_WORDS.has(word) && !/-held$|'s$/.test(word) && !/^(?:north|south|east|west|central)/.test(word)) return 'location';
  }
  return 'location';
}
