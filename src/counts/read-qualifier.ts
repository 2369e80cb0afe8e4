import type { Token } from '../document/index.js';
import { QUALIFIERS, type Qualifier } from '../data/counts/qualifiers.js';
import { VAGUE_MAGNITUDES, type VagueEntry } from '../data/counts/vague.js';

/** The longest phrase of `entries` whose words stand at token `i`, and where it ends. */
function matchPhrase<T extends { words: readonly string[] }>(entries: readonly T[], tokens: readonly Token[], i: number, to: number): { entry: T; end: number } | null {
  for (const entry of entries) {
    if (i + entry.words.length > to) continue;
    if (entry.words.every((word, k) => tokens[i + k]?.lower === word)) return { entry, end: i + entry.words.length };
  }
  return null;
}

/** "at least", "some", "nearly", "more than" ... before a figure. */
export function readQualifier(tokens: readonly Token[], i: number, to: number): { entry: Qualifier; end: number } | null {
  return matchPhrase(QUALIFIERS, tokens, i, to);
}

/** "thousands", "tens of thousands", "several hundred", "dozens" ... */
export function readVague(tokens: readonly Token[], i: number, to: number): { entry: VagueEntry; end: number } | null {
  const found = matchPhrase(VAGUE_MAGNITUDES, tokens, i, to);
  // "thousands" of what: "hundreds" followed by a scale is a number ("hundreds of thousands" is matched first)
  return found;
}
