import { ARTICLES, TRANSLATED_WORDS } from '../data/places/key-words.js';
import { memoize } from './memo.js';

/** Bump when the key changes: the shipped gazetteer stores keys and must be rebuilt. */
export const KEY_VERSION = 1;

const APOSTROPHES = /['’‘ʿʾ`´ʼ′]/g;
const LETTER_FOLDS: ReadonlyArray<[RegExp, string]> = [
  [/ß/g, 'ss'], [/[øœ]/g, 'o'], [/æ/g, 'ae'], [/ł/g, 'l'], [/đ/g, 'd'], [/ı/g, 'i'], [/þ/g, 'th'],
];
// Order matters: longer spellings of one sound before their parts.
const SOUND_FOLDS: ReadonlyArray<[RegExp, string]> = [
  [/x/g, 'ks'],
  [/tsch|sch|tch|ch|sh|ş/g, 'x'],
  [/dzh|dj|zh/g, 'j'],
  [/kh/g, 'h'], [/gh/g, 'g'], [/dh/g, 'z'], [/th/g, 't'], [/ph/g, 'f'],
  [/ck|q|c/g, 'k'],
];
const VOWEL = /[aeiouyw]/g;

/**
 * The transliteration-folded key of a place name: diacritics, apostrophes and the article
 * dropped, sounds that romanisations spell differently merged, vowels reduced to a mark at the
 * start of a word, doubled letters single. Names that differ only in romanisation share a key.
 *
 * @example
 * placeKey("Ma’arrat An-Nu’man") //=> 'mrtnmn'
 * placeKey('Maarat al Numan')     //=> 'mrtnmn'
 * placeKey('Eastern Deir')        //=> placeKey('Deir al-Sharqi')
 */
export function placeKey(name: string): string {
  assertPlaceName(name);
  return keyOnce(name);
}

// names repeat within an article and across a stream: each is folded once
const keyOnce = memoize((name: string): string => {
  const words = splitWords(name);
  const kept = words.length > 1 ? words.filter((word) => !ARTICLES.has(word)) : words;
  const keys = kept.map((word) => wordKey(TRANSLATED_WORDS.get(word) ?? word)).filter(Boolean);
  const base = keys.filter((key) => !qualifierKeys().has(key));
  const ordered = base.length > 0 ? [...base, ...keys.filter((key) => qualifierKeys().has(key))] : keys;
  return ordered.join('');
});

/** How many consonants a key has: keys of two or three need agreement on country or region. */
export function consonantCount(key: string): number {
  return key.replace(/a/g, '').length;
}

export function assertPlaceName(name: unknown): asserts name is string {
  if (typeof name !== 'string') throw new TypeError(`expected a place name as a string, found ${name === null ? 'null' : typeof name}`);
  if (name.trim() === '') throw new RangeError('expected a place name, found an empty string');
}

function splitWords(name: string): string[] {
  let plain = name.toLowerCase();
  for (const [from, to] of LETTER_FOLDS) plain = plain.replace(from, to);
  plain = plain.normalize('NFKD').replace(/\p{M}/gu, '').replace(APOSTROPHES, '');
  return plain.split(/[^a-z0-9]+/).filter(Boolean);
}

/** One word's key: "aldier" → "dr", "sheikhoun" → "xhn", "idleb" → "adlb". */
export const wordKey = memoize(foldWord);

function foldWord(word: string): string {
  let folded = stripGluedArticle(word);
  for (const [from, to] of SOUND_FOLDS) folded = folded.replace(from, to);
  folded = folded.replace(/ou|oo/g, 'u').replace(/([aeiouy])h$/, '$1');
  const mark = /^[aeiou]/.test(folded) ? 'a' : '';
  return (mark + folded.replace(VOWEL, '')).replace(/(.)\1+/g, '$1');
}

// "Aldier" → "dier", "Alsharki" → "sharki", "Arraqqa" → "raqqa"; "Aleppo" keeps its "al".
function stripGluedArticle(word: string): string {
  if (word.length >= 5 && /^[ae]l[^aeiouyl]/.test(word)) return word.slice(2);
  if (word.length >= 5 && /^[ae]([tdrzsn])\1/.test(word)) return word.slice(1);
  return word;
}

let qualifiers: ReadonlySet<string> | null = null;
function qualifierKeys(): ReadonlySet<string> {
  qualifiers ??= new Set([...TRANSLATED_WORDS.values()].map(wordKey));
  return qualifiers;
}
