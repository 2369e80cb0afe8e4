import { NOT_PLACE_WORDS } from '../data/places/words.js';
import { countryOfAdjective } from './countries.js';
import { nameEndAt, upperWidth } from './name-scan.js';

/** A capitalised name in a sentence, offsets relative to the text searched. */
export interface NameSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** "Turkish", "Syrian-Turkish": adjectives of countries, every word of it. */
  readonly adjectival: boolean;
}

// A name's first capital stands at most five characters into it: "adh-'X"
const BEFORE_CAPITAL = 5;
// "-", "'": what stands just before a name's capital when the name opens before it
const prefixMayOpen = (code: number): boolean => code === 0x2d || code === 0x27;
// "a", "e", "u", "'"
const opensPrefix = (code: number): boolean => code === 0x61 || code === 0x65 || code === 0x75 || code === 0x27;

/**
 * The names of a text, as found by a scan: where each match stands, and what of it is a name
 * (null when none of it is). Numbers and shared answers, not an object for each of the
 * thousands of matches of a long text.
 */
export interface NameScan {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly kept: readonly (KeptName | null)[];
  /** The names kept, in the order first met, each once (as a rule: see knownMatch): what the article's countries are read from. */
  readonly distinct: readonly KeptName[];
}

/** What of a match is a name: its text, after the characters skipped. */
export interface KeptName {
  readonly skipped: number;
  readonly text: string;
  readonly adjectival: boolean;
}

/** Every capitalised name, leading words that begin no place ("President", "December") dropped. */
export function findNames(text: string): NameSpan[] {
  const { starts, kept } = scanNames(text);
  const names: NameSpan[] = [];
  kept.forEach((name, i) => {
    if (name) names.push(spanOf(name, starts[i] as number, 0));
  });
  return names;
}

/** The name a match at `start` gives, offsets counted from `origin`. */
export const spanOf = (name: KeptName, start: number, origin: number): NameSpan => ({
  start: start + name.skipped - origin,
  end: start + name.skipped + name.text.length - origin,
  text: name.text,
  adjectival: name.adjectival,
});

/**
 * The names of nameEndAt (name-scan.ts), left to right, as a global regex would find them; but
 * one is tried only just before a capital letter (where every name has its first), not at every
 * character.
 */
export function scanNames(text: string): NameScan {
  const scan = { starts: [] as number[], ends: [] as number[], kept: [] as (KeptName | null)[], distinct: [] as KeptName[] };
  const pass = ++scans;
  let from = 0;
  while (from < text.length) {
    const capital = nextCapital(text, from);
    if (capital < 0) break;
    // a name opening before its capital ("al-X", "'X") puts a hyphen or an apostrophe just before it
    let start = prefixMayOpen(text.charCodeAt(capital - 1)) ? Math.max(from, capital - BEFORE_CAPITAL) : capital;
    let end = -1;
    for (; start <= capital; start++) {
      // before the capital, only an article ("al-", "ez-", "ul-") or an apostrophe opens a name
      if (start < capital && !opensPrefix(text.charCodeAt(start))) continue;
      end = nameEndAt(text, start);
      if (end >= 0) break;
    }
    if (end >= 0) {
      scan.starts.push(start);
      scan.ends.push(end);
      const match = knownMatch(text, start, end);
      scan.kept.push(match.kept);
      if (match.kept && match.lastScan !== pass) scan.distinct.push(match.kept);
      match.lastScan = pass;
      from = end;
    } else from = capital + ((text.codePointAt(capital) as number) > 0xffff ? 2 : 1);
  }
  return scan;
}

/** A match's text and what of it is a name, kept across texts: names repeat in news. */
interface KnownMatch {
  readonly kept: KeptName | null;
  /** The last scan that met it: a scan lists each name once. */
  lastScan: number;
}

let scans = 0;
const known = new Map<string, KnownMatch>();
const MOST_KNOWN = 20_000;
const LONGEST_KNOWN = 256;

/**
 * The known match for text[start, end). Emptied when it reaches its size, like memo.ts; a match
 * met again after that, or longer than LONGEST_KNOWN, is listed again by its scan (harmless to
 * the countries read from the list).
 */
function knownMatch(text: string, start: number, end: number): KnownMatch {
  const matched = text.slice(start, end);
  const found = known.get(matched);
  if (found) return found;
  const match: KnownMatch = { kept: keptOf(matched), lastScan: 0 };
  if (matched.length > LONGEST_KNOWN) return match;
  if (known.size >= MOST_KNOWN) known.clear();
  known.set(matched, match);
  return match;
}

/** What of a match is a name, without a possessive nor leading words that begin no place. */
function keptOf(matched: string): KeptName | null {
  const value = withoutPossessive(matched);
  // a match holds letters, marks and apostrophes, its words joined by single spaces or hyphens
  let start = 0;
  while (start < value.length) {
    const end = wordEnd(value, start);
    if (!NOT_PLACE_WORDS.has(withoutApostrophe(value.slice(start, end)))) break;
    start = end + 1;
  }
  if (start >= value.length) return null;
  const text = start === 0 ? value : value.slice(start);
  if (isAcronymOrNumber(text) || containsNonPlaceWord(text)) return null;
  return { skipped: start, text, adjectival: text.split('-').every((word) => countryOfAdjective(word) !== null) };
}

// /'s?$/: "Syria's", "the Idlib'"
function withoutPossessive(value: string): string {
  if (value.endsWith("'s")) return value.slice(0, -2);
  return value.endsWith("'") ? value.slice(0, -1) : value;
}

const withoutApostrophe = (word: string): string => (word.endsWith("'") ? word.slice(0, -1) : word);

/** Where the word from `start` ends: at the next space or hyphen, or the end. */
function wordEnd(value: string, start: number): number {
  let at = start;
  while (at < value.length && value.charCodeAt(at) !== 0x20 && value.charCodeAt(at) !== 0x2d) at++;
  return at;
}

/** Where the next capital letter (`\p{Lu}`) is, from `from`, or -1. */
function nextCapital(text: string, from: number): number {
  for (let at = from; ; ) {
    ASCII_CAPITAL_OR_WIDE.lastIndex = at;
    if (!ASCII_CAPITAL_OR_WIDE.test(text)) return -1;
    const hit = ASCII_CAPITAL_OR_WIDE.lastIndex - 1;
    if (text.charCodeAt(hit) < 0x80) return hit;
    if (upperWidth(text, hit) > 0) return hit;
    at = hit + ((text.codePointAt(hit) as number) > 0xffff ? 2 : 1);
  }
}

// The regex finds the next ASCII capital or non-ASCII unit; only the latter need the Unicode test.
const ASCII_CAPITAL_OR_WIDE = /[A-Z\u0080-\uffff]/g;

function containsNonPlaceWord(name: string): boolean {
  for (let start = 0; start < name.length; ) {
    const end = wordEnd(name, start);
    if (NOT_PLACE_WORDS.has(name.slice(start, end))) return true;
    start = end + 1;
  }
  return false;
}

// "OCHA", "UNHCR" are organisations; the country acronyms ("US", "DRC") are read as countries elsewhere
function isAcronymOrNumber(name: string): boolean {
  return /^[A-Z.]{2,6}$/.test(name) && !/^(?:US|U\.S\.|UK|U\.K\.|UAE|DRC|CAR)$/.test(name);
}
