import Fuse from 'fuse.js';
import { CONFUSABLE_LETTERS, LIGHT_LETTERS } from '../data/places/key-words.js';
import { consonantCount } from './key.js';
import type { Gazetteer } from './gazetteer.js';
import { keysShaped } from './key-index.js';
import { memoizePer } from './memo.js';

/**
 * Thresholds measured on test/places/variants.ts (see the README): fuse.js finds keys near a
 * key within its bucket; a near key counts when both have five or more consonants, share the
 * first and the last letter, and differ by at most one half-cost edit (a confusable letter, a
 * light letter; see data/places/key-words.ts), or one full edit from nine letters up. A plain
 * one-letter edit joined Talmenes to Tolbaños and Kafr Nubl to Kafr Nabudah.
 */
export const FUSE_THRESHOLD = 0.3;
const MIN_CONSONANTS = 5;
// each edit costs at least half, and at most one is allowed: two light letters at most
const MAX_LENGTH_GAP = 2;
const FUSE_OPTIONS = { includeScore: true, threshold: FUSE_THRESHOLD, ignoreLocation: true, isCaseSensitive: true };
/** No place name's key is longer (the shipped gazetteer's longest is 28): past it, a run of names. */
const MAX_KEY_LENGTH = 48;

/**
 * Keys of the gazetteer close enough to `key` to name the same place, closest first; once per
 * key and gazetteer. The index (key-index.ts) gives the few keys of the right shape, `closeKeys`
 * accepts them, and fuse.js orders what is left and drops what it scores as too far: the same
 * answer as a fuse.js search of the whole bucket, at a fraction of its cost.
 */
export function nearKeys(key: string, gazetteer: Gazetteer): readonly string[] {
  return nearKeysOnce(gazetteer, key);
}

const nearKeysOnce = memoizePer((gazetteer: Gazetteer, key: string) => searchNearKeys(key, gazetteer));

function searchNearKeys(key: string, gazetteer: Gazetteer): string[] {
  if (key.length > MAX_KEY_LENGTH || consonantCount(key) < MIN_CONSONANTS) return [];
  const close = keysShaped(key, gazetteer, MAX_LENGTH_GAP).filter((other) => closeKeys(key, other));
  if (close.length === 0) return [];
  const results = new Fuse(close, FUSE_OPTIONS).search(key);
  return results.filter((result) => (result.score ?? 1) <= FUSE_THRESHOLD).map((result) => result.item);
}

/** Whether two keys are near enough to be spellings of one name (the rule above). */
export function closeKeys(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > MAX_LENGTH_GAP || a.length > MAX_KEY_LENGTH) return false;
  if (consonantCount(a) < MIN_CONSONANTS || consonantCount(b) < MIN_CONSONANTS) return false;
  if (a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1]) return false;
  return nearCost(a, b) <= (Math.min(a.length, b.length) >= 9 ? 1 : 0.5);
}

const confusable = new Set(CONFUSABLE_LETTERS.flatMap((pair) => [pair, [...pair].reverse().join('')]));

/** Edit distance where confusable letters and light letters cost half. */
function nearCost(a: string, b: string): number {
  const indel = (c: string | undefined): number => (c !== undefined && LIGHT_LETTERS.includes(c) ? 0.5 : 1);
  let previous = [0];
  for (let j = 1; j <= b.length; j++) previous[j] = (previous[j - 1] ?? 0) + indel(b[j - 1]);
  for (let i = 1; i <= a.length; i++) {
    const current = [(previous[0] ?? 0) + indel(a[i - 1])];
    for (let j = 1; j <= b.length; j++) {
      const x = a[i - 1] ?? '';
      const y = b[j - 1] ?? '';
      const swap = x === y ? 0 : confusable.has(x + y) ? 0.5 : 1;
      current[j] = Math.min((previous[j] ?? 0) + indel(x), (current[j - 1] ?? 0) + indel(y), (previous[j - 1] ?? 0) + swap);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
