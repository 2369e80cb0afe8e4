import type { Token } from '../document/index.js';
import { QUALIFIERS, type Qualifier } from '../data/counts/qualifiers.js';
import { VAGUE_MAGNITUDES, type VagueEntry } from '../data/counts/vague.js';

type Phrase = { readonly words: readonly string[] };

/** The entries of a list by their first word, in list order: a figure is looked for at every token. */
function byFirstWord<T extends Phrase>(entries: readonly T[]): ReadonlyMap<string, readonly T[]> {
  const index = new Map<string, T[]>();
  for (const entry of entries) {
    const first = entry.words[0] ?? '';
    const list = index.get(first);
    if (list) list.push(entry);
    else index.set(first, [entry]);
  }
  return index;
}

// built once, on first use: nothing heavy at import time
let qualifiersByFirstWord: ReadonlyMap<string, readonly Qualifier[]> | null = null;
let vagueByFirstWord: ReadonlyMap<string, readonly VagueEntry[]> | null = null;

/** The first phrase of `entries` (listed longest first) whose words stand at token `i`, and where it ends. */
function matchPhrase<T extends Phrase>(entries: readonly T[] | undefined, tokens: readonly Token[], i: number, to: number): { entry: T; end: number } | null {
  if (!entries) return null;
  for (const entry of entries) {
    const end = i + entry.words.length;
    if (end <= to && wordsStandAt(tokens, i, entry.words)) return { entry, end };
  }
  return null;
}

function wordsStandAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) return false;
  return true;
}

/** "at least", "some", "nearly", "more than" ... before a figure. */
export function readQualifier(tokens: readonly Token[], i: number, to: number): { entry: Qualifier; end: number } | null {
  qualifiersByFirstWord ??= byFirstWord(QUALIFIERS);
  return matchPhrase(qualifiersByFirstWord.get(tokens[i]?.lower ?? ''), tokens, i, to);
}

/** "thousands", "tens of thousands", "several hundred", "dozens" ... */
export function readVague(tokens: readonly Token[], i: number, to: number): { entry: VagueEntry; end: number } | null {
  vagueByFirstWord ??= byFirstWord(VAGUE_MAGNITUDES);
  // "thousands" of what: "hundreds" followed by a scale is a number ("hundreds of thousands" is matched first)
  return matchPhrase(vagueByFirstWord.get(tokens[i]?.lower ?? ''), tokens, i, to);
}
