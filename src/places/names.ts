import { NOT_PLACE_WORDS } from '../data/places/words.js';

/** A capitalised name in a sentence, offsets relative to the text searched. */
export interface NameSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// Capitalised words joined by spaces, hyphens or a lower-case article: "Ma'arat al-Nu'man",
// "Maarat al Numan", "Deir ez-Zor", "al-Bab", "Khan-Sheikhoun". A literal, so the regex audit
// can check it; the articles are al|el|an|ad|adh|ar|as|ash|at|ath|az|ed|en|er|es|esh|et|ez|ul|ud|ur|us|ut.
const NAME =
  /(?<![\p{L}\p{M}'-])(?:(?:al|el|an|ad|adh|ar|as|ash|at|ath|az|ed|en|er|es|esh|et|ez|ul|ud|ur|us|ut)-)?'?\p{Lu}[\p{L}\p{M}']*(?:(?: (?:al|el|an|ad|adh|ar|as|ash|at|ath|az|ed|en|er|es|esh|et|ez|ul|ud|ur|us|ut)[- ]|-(?:al|el|an|ad|adh|ar|as|ash|at|ath|az|ed|en|er|es|esh|et|ez|ul|ud|ur|us|ut)-| |-)'?\p{Lu}[\p{L}\p{M}']*)*/uy;

// A name's first capital stands at most five characters into it: "adh-'X"
const BEFORE_CAPITAL = 5;
const UPPER = /^\p{Lu}$/u;
const OPENS_PREFIX: ReadonlySet<string> = new Set(['a', 'e', 'u', "'"]);

/** Every capitalised name, leading words that begin no place ("President", "December") dropped. */
export function findNames(text: string): NameSpan[] {
  const names: NameSpan[] = [];
  for (const match of matchNames(text)) {
    let start = match.index;
    let value = match[0].replace(/'s?$/, '');
    while (start < match.index + value.length) {
      const first = /^[^\s-]+/.exec(value.slice(start - match.index))?.[0] ?? '';
      if (!NOT_PLACE_WORDS.has(first.replace(/'$/, ''))) break;
      start += first.length + 1;
    }
    value = value.slice(start - match.index);
    if (value && !isAcronymOrNumber(value) && !containsNonPlaceWord(value)) names.push({ start, end: start + value.length, text: value });
  }
  return names;
}

/**
 * The matches of NAME, left to right, as `text.matchAll` would find them; but NAME is tried only
 * just before a capital letter (where every match has its first), not at every character.
 */
function* matchNames(text: string): Generator<RegExpExecArray> {
  let from = 0;
  while (from < text.length) {
    const capital = nextCapital(text, from);
    if (capital < 0) return;
    const match = firstMatchBefore(text, Math.max(from, capital - BEFORE_CAPITAL), capital);
    if (match) {
      yield match;
      from = match.index + match[0].length;
    } else from = capital + (text.codePointAt(capital) as number > 0xffff ? 2 : 1);
  }
}

/** Where the next capital letter (`\p{Lu}`) is, from `from`, or -1: a scan, ASCII first. */
function nextCapital(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x80) {
      if (code >= 0x41 && code <= 0x5a) return at;
      continue;
    }
    const point = text.codePointAt(at) as number;
    if (UPPER.test(String.fromCodePoint(point))) return at;
    if (point > 0xffff) at++;
  }
  return -1;
}

function firstMatchBefore(text: string, from: number, capital: number): RegExpExecArray | null {
  for (let at = from; at <= capital; at++) {
    // before the capital, only an article ("al-", "ez-", "ul-") or an apostrophe opens a name
    if (at < capital && !OPENS_PREFIX.has(text[at] as string)) continue;
    NAME.lastIndex = at;
    const match = NAME.exec(text);
    if (match) return match;
  }
  return null;
}

function containsNonPlaceWord(name: string): boolean {
  return name.split(/[\s-]+/).some((word) => NOT_PLACE_WORDS.has(word));
}

// "OCHA", "UNHCR" are organisations; the country acronyms ("US", "DRC") are read as countries elsewhere
function isAcronymOrNumber(name: string): boolean {
  return /^[A-Z.]{2,6}$/.test(name) && !/^(?:US|U\.S\.|UK|U\.K\.|UAE|DRC|CAR)$/.test(name);
}
