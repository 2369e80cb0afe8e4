import type { Token } from '../document/index.js';
import { PLACE_ENDINGS } from '../data/claims/listed.js';
import { triggerAt, type TriggerMatch } from './match-trigger.js';
import type { CountedNoun } from './read-noun.js';

/** How far back from a bracketed figure its claim's noun may stand: "new arrivals cross at Hamdayet in Kassala State (". */
const BRACKET_WINDOW = 24;
const TRIGGER_KINDS = ['noun', 'after', 'before'] as const;

/**
 * A figure in brackets after a place, in a clause whose people are a claim: "Most new arrivals
 * cross at Hamdayet (27,533)", "displaced people moved on to towns including Tobruk (1,320
 * people) and Benghazi (730 people)". The claim's trigger is the nearest one before the place,
 * with no other figure between but earlier bracketed ones of the same list.
 */
export function triggerOfBracket(tokens: readonly Token[], countFirst: number, noun: CountedNoun, sentenceFirst: number): TriggerMatch | null {
  if (tokens[countFirst - 1]?.lower !== '(' || tokens[noun.end]?.lower !== ')') return null;
  if (!isPlaceEnd(tokens, countFirst - 2)) return null;
  const from = Math.max(sentenceFirst, countFirst - 1 - BRACKET_WINDOW);
  for (let at = countFirst - 3; at >= from; at--) {
    const token = tokens[at];
    if (!token) return null;
    if (token.type === 'number' && tokens[at - 1]?.lower !== '(') return null;
    const found = triggerStartingAt(tokens, at, countFirst - 2);
    if (found) return found;
  }
  return null;
}

function isPlaceEnd(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (!token) return false;
  if (/^[A-Z]/.test(token.text)) return true;
  return PLACE_ENDINGS.has(token.lower) && /^[A-Z]/.test(tokens[at - 1]?.text ?? '');
}

function triggerStartingAt(tokens: readonly Token[], at: number, to: number): TriggerMatch | null {
  for (const position of TRIGGER_KINDS) {
    const found = triggerAt(tokens, at, to, position);
    if (found) return found;
  }
  return null;
}

const LINE_OPENERS = new Set(['•', '-', '*', '–', '—', '·', '▪']);

/**
 * A key-figures line: the figure first on its line, a colon, then what it counts: "• 370,000:
 * estimated new arrivals since 25 August", "1,136: people killed". Gives the token after the
 * colon, where the counted phrase starts, or null ("• 3: number of crossings" is then judged
 * by the trigger its phrase lacks).
 */
export function labelledPhrase(tokens: readonly Token[], countFirst: number, countEnd: number, sentenceFirst: number): number | null {
  if (tokens[countEnd]?.lower !== ':') return null;
  const before = tokens[countFirst - 1];
  const opensLine = countFirst === sentenceFirst || !before || LINE_OPENERS.has(before.text) || before.type === 'tabCRLF';
  return opensLine ? countEnd + 1 : null;
}
