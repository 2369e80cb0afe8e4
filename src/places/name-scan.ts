import { isAsciiLetter } from '../document/index.js';

/**
 * Capitalised words joined by spaces, hyphens or a lower-case article: "Ma'arat al-Nu'man",
 * "Maarat al Numan", "Deir ez-Zor", "al-Bab", "Khan-Sheikhoun". Read by hand, it is what the
 * sticky, Unicode regex
 *
 *   (?<![\p{L}\p{M}'-])(?:ART-)?'?\p{Lu}[\p{L}\p{M}']*(?:(?: ART[- ]|-ART-| |-)'?\p{Lu}[\p{L}\p{M}']*)*
 *
 * matches (ART: one of ARTICLES), as test/places/name-scan.test.ts checks against that regex; the
 * regex cost about 250 ns a name, and news holds a name every 40 characters.
 */
const ARTICLES = 'al el an ad adh ar as ash at ath az ed en er es esh et ez ul ud ur us ut'.split(' ');
const LONGEST_ARTICLE = 3;
// Each article's letters packed in one number: the short word after a name ("in", "and") is looked up without slicing it out.
const ARTICLE_CODES: ReadonlySet<number> = new Set(ARTICLES.map((article) => packed(article, 0, article.length)));
const [SPACE, HYPHEN, APOSTROPHE] = [0x20, 0x2d, 0x27];

const UPPER = /\p{Lu}/uy;
const LETTER_OR_MARK = /[\p{L}\p{M}]/uy;

/** The end of the name that starts at `at`, or -1 when none does. */
export function nameEndAt(text: string, at: number): number {
  if (at > 0 && joinsBefore(text, at)) return -1;
  const article = articleEnd(text, at);
  let end = article >= 0 && text.charCodeAt(article) === HYPHEN ? capitalWordEnd(text, article + 1) : -1;
  if (end < 0) end = capitalWordEnd(text, at);
  if (end < 0) return -1;
  for (let next = joinedWordEnd(text, end); next >= 0; next = joinedWordEnd(text, end)) end = next;
  return end;
}

/** After a name's word at `at`, the end of the next word joined to it, or -1: " al-X", "-ez-X", " X", "-X". */
function joinedWordEnd(text: string, at: number): number {
  const joint = text.charCodeAt(at);
  if (joint !== SPACE && joint !== HYPHEN) return -1;
  const article = articleEnd(text, at + 1);
  if (article >= 0) {
    const link = text.charCodeAt(article);
    const end = link === HYPHEN || (joint === SPACE && link === SPACE) ? capitalWordEnd(text, article + 1) : -1;
    if (end >= 0) return end;
  }
  return capitalWordEnd(text, at + 1);
}

/** `'?\p{Lu}[\p{L}\p{M}']*` from `at`: its end, or -1. */
function capitalWordEnd(text: string, at: number): number {
  let end = text.charCodeAt(at) === APOSTROPHE ? at + 1 : at;
  const capital = upperWidth(text, end);
  if (capital === 0) return -1;
  end += capital;
  for (let width = wordCharWidth(text, end); width > 0; width = wordCharWidth(text, end)) end += width;
  return end;
}

/** Where the article of ARTICLES that starts at `at` ends (its lower-case letters are all of it), or -1. */
function articleEnd(text: string, at: number): number {
  let end = at;
  while (end - at <= LONGEST_ARTICLE && isLowerAscii(text.charCodeAt(end))) end++;
  return end > at && end - at <= LONGEST_ARTICLE && ARTICLE_CODES.has(packed(text, at, end)) ? end : -1;
}

/** The code units of the capital (`\p{Lu}`) at `at`: 0 when none is there. */
export function upperWidth(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? 1 : 0;
  if (Number.isNaN(code)) return 0;
  UPPER.lastIndex = at;
  return UPPER.test(text) ? UPPER.lastIndex - at : 0;
}

/** The code units of the letter, mark or apostrophe (`[\p{L}\p{M}']`) at `at`: 0 when none is there. */
function wordCharWidth(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0x80) return isAsciiLetter(code) || code === APOSTROPHE ? 1 : 0;
  if (Number.isNaN(code)) return 0;
  LETTER_OR_MARK.lastIndex = at;
  return LETTER_OR_MARK.test(text) ? LETTER_OR_MARK.lastIndex - at : 0;
}

/** Whether the code point before `at` is a letter, mark, apostrophe or hyphen (`(?<![\p{L}\p{M}'-])` fails). */
function joinsBefore(text: string, at: number): boolean {
  const code = text.charCodeAt(at - 1);
  if (code < 0x80) return wordCharWidth(text, at - 1) > 0 || code === HYPHEN;
  const high = text.charCodeAt(at - 2);
  const pair = code >= 0xdc00 && code <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return wordCharWidth(text, pair ? at - 2 : at - 1) > 0;
}

const isLowerAscii = (code: number): boolean => code >= 0x61 && code <= 0x7a;

/** The ASCII letters of text[start, end) (three at most) as one number: a distinct one for each word. */
function packed(text: string, start: number, end: number): number {
  let code = 0;
  for (let at = start; at < end; at++) code = code * 0x80 + text.charCodeAt(at);
  return code;
}
