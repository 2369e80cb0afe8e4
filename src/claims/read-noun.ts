import type { Token } from '../document/index.js';
import { FAMILY_NOUNS, NON_PERSON_UNITS, NOUN_MODIFIERS, PERSON_NOUNS } from '../data/claims/groups.js';
import type { Group } from '../types.js';

export interface CountedNoun {
  /** The head noun's token, or null when the figure stands alone ("25,000 fled"). */
  readonly head: number | null;
  readonly group: Group;
  /** One past the noun phrase's last token (the figure's end when there is no noun). */
  readonly end: number;
  /** The phrase counts things, not people ("15 villages", "300 km"). */
  readonly notPeople: boolean;
}

const MAX_MODIFIERS = 4;

/** The noun a figure counts: "235,000 civilians", "five civilian lives", "thousands of families". */
export function readCountedNoun(tokens: readonly Token[], from: number, to: number): CountedNoun {
  for (let at = from; at < to && at < from + MAX_MODIFIERS + 1; at++) {
    const token = tokens[at];
    if (!token) break;
    const word = token.lower;
    if (NON_PERSON_UNITS.has(word)) return { head: at, group: people(word), end: at + 1, notPeople: true };
    if (PERSON_NOUNS.has(word) || isDemonym(token)) {
      const head = compoundHead(tokens, at, to);
      const headWord = tokens[head]?.lower ?? word;
      // "eight refugee camps", "12 IDP sites": a person noun modifying a thing
      const thing = tokens[head + 1]?.lower ?? '';
      if (head + 1 < to && NON_PERSON_UNITS.has(thing)) return { head: head + 1, group: people(thing), end: head + 2, notPeople: true };
      return { head, group: groupOf(headWord), end: head + 1, notPeople: false };
    }
    if (!NOUN_MODIFIERS.has(word) && !isNationality(token)) break;
  }
  return { head: null, group: people('people'), end: from, notPeople: false };
}

/** "civilian lives", "displaced persons", "child refugees": the last noun of the compound is the head. */
function compoundHead(tokens: readonly Token[], at: number, to: number): number {
  let head = at;
  while (head + 1 < to && PERSON_NOUNS.has(tokens[head + 1]?.lower ?? '') && !ADJECTIVES.has(tokens[head + 1]?.lower ?? '')) head++;
  return head;
}

const ADJECTIVES = new Set(['displaced', 'injured', 'wounded', 'dead', 'missing', 'homeless']);

function groupOf(word: string): Group {
  const unit = FAMILY_NOUNS[word];
  return unit ? { noun: word, persons: false, unit } : people(word);
}

function people(noun: string): Group {
  return { noun, persons: true, unit: 'person' };
}

/** "Syrians", "Rohingya", "Palestinians": a capitalised word ending like a people's name. */
function isDemonym(token: Token): boolean {
  return /^[A-Z][a-z]+(ans|ians|ese|is|ers|ya|ks|s)$/.test(token.text) && !/(ss|us)$/.test(token.text);
}

/** "Syrian", "Ukrainian" before the noun. */
function isNationality(token: Token): boolean {
  return /^[A-Z][a-z]+(an|ian|ese|i|ish|ch)$/.test(token.text);
}
