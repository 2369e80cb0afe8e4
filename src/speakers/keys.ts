/**
 * The key a name is looked up by: diacritics folded, dots, hyphens and a leading "the" dropped,
 * "&" read as "and", lower-cased — except short all-capital forms ("WHO", "U.N."), which keep
 * their case behind a "^" so that "who" and "un-" never match them.
 */
export function nameKey(surface: string): string {
  return remembered(nameKeys, surface, computeKey);
}

/** Keys are asked for the same few phrases over and over; a bounded memo keeps that cheap. */
const nameKeys = new Map<string, string>();
const CACHE_LIMIT = 20_000;

function remembered(cache: Map<string, string>, surface: string, compute: (surface: string) => string): string {
  let key = cache.get(surface);
  if (key === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(surface, (key = compute(surface)));
  }
  return key;
}

function computeKey(surface: string): string {
  const folded = surface
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/\./g, '')
    .replace(/[-\s]+/g, ' ')
    .trim()
    .replace(/^the /i, '');
  if (/^[A-Z0-9]{2,6}$/.test(folded)) return `^${folded}`;
  return folded.toLowerCase();
}

/** The family name of a personal name, for "Yousef" after "Fatima Yousef". */
export function surnameKey(name: string): string {
  const words = nameKey(name).split(' ');
  return words[words.length - 1] ?? '';
}

/** The case-free key of one word, to test whether a name can start with it: asked of every word a speaker phrase holds. */
export function firstWordKey(word: string): string {
  return remembered(firstWordKeys, word, (w) => nameKey(w).replace(/^\^/, '').toLowerCase());
}

const firstWordKeys = new Map<string, string>();
