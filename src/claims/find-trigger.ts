import type { Token } from '../document/index.js';
import { ASIDE_OPENERS, AUXILIARIES, LIVES_VERBS, TOLL_LINKS } from '../data/claims/triggers.js';
import { triggerAt, type TriggerMatch } from './match-trigger.js';
import type { CountedNoun } from './read-noun.js';

const AFTER_WINDOW = 5;
const TOLL_WINDOW = 5;
const ASIDE_WINDOW = 10;

/** A trigger inside the counted phrase: "1.3 million internally displaced persons", "five civilian lives". */
export function triggerInNoun(tokens: readonly Token[], countEnd: number, noun: CountedNoun, countFirst: number): TriggerMatch | null {
  for (let at = countEnd; at < noun.end; at++) {
    const found = triggerAt(tokens, at, noun.end, 'noun');
    if (!found) continue;
    // "lives" are deaths only when taken: "claimed five lives", not "the lives of 3 million"
    if (found.entry.words[0] === 'lives' && !livesTaken(tokens, countFirst, noun.end)) continue;
    return found;
  }
  return null;
}

function livesTaken(tokens: readonly Token[], countFirst: number, nounEnd: number): boolean {
  for (let at = Math.max(0, countFirst - 3); at < countFirst; at++) if (LIVES_VERBS.has(tokens[at]?.lower ?? '')) return true;
  return tokens[nounEnd]?.lower === 'were' && tokens[nounEnd + 1]?.lower === 'lost';
}

/**
 * A verb after the counted phrase: "25,000 people fled", "40 have been killed", "who fled",
 * looked for up to `to` (the next figure), or past it across an aside.
 */
export function triggerAfter(tokens: readonly Token[], from: number, to: number, sentenceEnd: number): TriggerMatch | null {
  let limit = from + AFTER_WINDOW;
  let end = to;
  for (let at = from; at < end && at < limit; at++) {
    const found = triggerAt(tokens, at, end, 'after');
    if (found) return found;
    // the aside may hold a figure of its own; the verb after it is shared
    const aside = asideEnd(tokens, at, sentenceEnd);
    if (aside > at) {
      limit += aside - at;
      end = sentenceEnd;
      at = aside;
      continue;
    }
    const word = tokens[at]?.lower ?? '';
    if (!AUXILIARIES.has(word) && !word.endsWith('ly') && word !== ',') return null;
  }
  return null;
}

/**
 * ", including three children," or an apposition (", over 121,000 people, have been") → the
 * closing comma of the aside, or `at` when none opens here.
 */
function asideEnd(tokens: readonly Token[], at: number, to: number): number {
  if (tokens[at]?.lower !== ',') return at;
  for (let k = at + 2; k < to && k <= at + ASIDE_WINDOW; k++) {
    if (tokens[k]?.lower !== ',') continue;
    const opener = ASIDE_OPENERS.has(tokens[at + 1]?.lower ?? '');
    return opener || VERB_AFTER_ASIDE.has(tokens[k + 1]?.lower ?? '') ? k : at;
  }
  return at;
}

/** An apposition is known by the verb its noun phrase resumes with. */
const VERB_AFTER_ASIDE = new Set(['have', 'has', 'had', 'were', 'was', 'are', 'is']);

/** A verb or toll before the figure: "killing 12", "displacing some 40,000", "the death toll rose to 300". */
export function triggerBefore(tokens: readonly Token[], countFirst: number, sentenceFirst: number): TriggerMatch | null {
  let at = countFirst - 1;
  let links = 0;
  while (at >= sentenceFirst && links <= TOLL_WINDOW) {
    const found = triggerEndingAt(tokens, at, sentenceFirst);
    if (found) return found;
    if (!TOLL_LINKS.has(tokens[at]?.lower ?? '')) return null;
    links++;
    at--;
  }
  return null;
}

function triggerEndingAt(tokens: readonly Token[], last: number, sentenceFirst: number): TriggerMatch | null {
  // the longest first: "death toll" over "toll", "claimed the lives of"
  for (let first = Math.max(sentenceFirst, last - 3); first <= last; first++) {
    const found = triggerAt(tokens, first, last + 1, 'before');
    if (found && found.end === last + 1) return found;
  }
  return null;
}
