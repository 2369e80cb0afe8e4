import { isSpace } from '../document/index.js';
import { DIRECTIONS, DIVISION_NOUNS, FACILITY_NOUNS, SETTLEMENT_NOUNS, ZONE_WORDS } from '../data/places/words.js';
import type { Mention, MentionKind } from './mentions.js';
import type { NameSpan } from './names.js';
import { mayEndPhrase, mayStartPhrase } from './phrase-edges.js';
import { phraseEndingAt, phraseStartingAt } from './phrases.js';
import { firstWordOf, lastWordOf, lastWordsOf, type Word, wordsOf } from './word-runs.js';

const BEFORE_BORDER = /\bborders?\s+with\s+(?:the\s+)?$/i;

/**
 * A zone, region, division or border that the name is part of ("the buffer zone in X", "northern
 * X", "the province of X", "X province", "the border with X"), read in the windows before and after
 * it; offsets in `before` count back from the name, those in `after` on from its end.
 */
export function composites(before: string, after: string, wordsAfter: readonly Word[], name: NameSpan): Omit<Mention, 'group'> | null {
  const zoneAfter = phraseStartingAt(wordsAfter, 0, ZONE_WORDS);
  if (zoneAfter >= 0) return composite(name, name.start, name.end + zoneAfter, 'zone');
  const closing = isSpace(before.charCodeAt(before.length - 1)) ? lastWordOf(before) : '';
  const fromBefore = mayCloseBefore(closing) ? compositeBefore(before, name) : null;
  if (fromBefore) return fromBefore;
  const divisionAfter = phraseStartingAt(wordsAfter, 0, DIVISION_NOUNS);
  if (divisionAfter >= 0 && !NOT_DIVISIONS_AFTER.has(after.slice(wordsAfter[0]?.start, divisionAfter).toLowerCase())) {
    return composite(name, name.start, name.end + divisionAfter, 'division');
  }
  if (BORDER_LINKS.has(closing.toLowerCase()) && BEFORE_BORDER.test(before)) return composite(name, name.start - (BEFORE_BORDER.exec(before)?.[0].length ?? 0), name.end, 'border');
  return null;
}

/** A zone, region or division that the words before the name (ending with whitespace) end with. */
function compositeBefore(before: string, name: NameSpan): Omit<Mention, 'group'> | null {
  const wordsBefore = lastWordsOf(before, WORDS_BEFORE);
  const back = name.start - before.length;
  const zoneBefore = phraseEndingAt(wordsBefore, lastBefore(wordsBefore, ZONE_LINKS), ZONE_WORDS);
  if (zoneBefore >= 0) return composite(name, back + zoneBefore, name.end, 'zone');
  const direction = phraseEndingAt(wordsBefore, lastBeforeDirection(wordsBefore), DIRECTIONS);
  if (direction >= 0) return composite(name, back + direction, name.end, 'region');
  const divisionBefore = phraseEndingAt(wordsBefore, lastBefore(wordsBefore, OF), DIVISION_NOUNS);
  if (divisionBefore >= 0 && !NOT_DIVISIONS_BEFORE.has(wordAt(before, divisionBefore))) return composite(name, back + divisionBefore, name.end, 'division');
  return null;
}

const composite = (name: NameSpan, start: number, end: number, kind: MentionKind): Omit<Mention, 'group'> => ({ start, end, kind, query: name.text, cued: true });

const OF: ReadonlySet<string> = new Set(['of']);
const ZONE_LINKS: ReadonlySet<string> = new Set(['in', 'of', 'around']);

/**
 * The words of the window after a name, when it starts with a space and its first word could
 * start a phrase the rules read there (a zone, a division, a facility); else none: most names
 * are followed by no such word, and the window is then not read.
 */
export function wordsAfterName(after: string): Word[] {
  return isSpace(after.charCodeAt(0)) && mayStartPhrase(firstWordOf(after), LISTS_AFTER) ? wordsOf(after) : [];
}

const LISTS_AFTER = [ZONE_WORDS, DIVISION_NOUNS, FACILITY_NOUNS];

/** Whether the word before a name could end what the rules read there: a link ("of", "the", "in") or a direction. */
const mayCloseBefore = (word: string): boolean => word !== '' && (LINKS_BEFORE.has(word.toLowerCase()) || mayEndPhrase(word, LISTS_BEFORE));
const LISTS_BEFORE = [DIRECTIONS];
const LINKS_BEFORE: ReadonlySet<string> = new Set(['the', ...ZONE_LINKS, ...OF]);

// "the border with (the) X": the last word before X
const BORDER_LINKS: ReadonlySet<string> = new Set(['with', 'the']);

/** The rules read back from a name "the", a link ("of"), a noun and a phrase at most: so many words of the window. */
const WORDS_BEFORE = 3 + Math.max(...[ZONE_WORDS, DIRECTIONS, DIVISION_NOUNS].flatMap((list) => [...list].map((phrase) => phrase.split(' ').length)));
// "the areas of X", "the outskirts of X" and "X areas" name no division
const NOT_DIVISIONS_BEFORE: ReadonlySet<string> = new Set(['area', 'areas', 'part', 'parts', 'outskirts', 'suburbs', 'countryside']);
const NOT_DIVISIONS_AFTER: ReadonlySet<string> = new Set(['area', 'areas', 'part', 'parts']);

/** The index of the word before "(link) (the)" that ends the words, or -1: "zone in the", "province of". */
function lastBefore(words: readonly Word[], links: ReadonlySet<string>): number {
  let last = words.length - 1;
  if (words[last]?.lower === 'the') last--;
  return links.has(words[last]?.lower ?? '') ? last - 1 : -1;
}

/** The index of the word a direction must end: "northern (the)", "northern province of (the)". */
function lastBeforeDirection(words: readonly Word[]): number {
  let last = words.length - 1;
  if (words[last]?.lower === 'the') last--;
  const noun = words[last - 1]?.lower ?? '';
  if (words[last]?.lower === 'of' && (DIVISION_NOUNS.has(noun) || SETTLEMENT_NOUNS.has(noun))) last -= 2;
  return last;
}

const wordAt = (text: string, start: number): string => (/^\S+/.exec(text.slice(start))?.[0] ?? '').toLowerCase();
