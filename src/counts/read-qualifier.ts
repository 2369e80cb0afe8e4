import type { Token } from '../document/index.js';
import { QUALIFIERS, type Qualifier } from '../data/counts/qualifiers.js';
import { VAGUE_MAGNITUDES, type VagueEntry } from '../data/counts/vague.js';

type Phrase = { readonly words: readonly string[] };

const indexes = new WeakMap<readonly Phrase[], ReadonlyMap<string, readonly Phrase[]>>();

/** The entries of a list by their first word, in list order: a figure is looked for at every token. */
function byFirstWord<T extends Phrase>(entries: readonly T[]): ReadonlyMap<string, readonly T[]> {
  let index = indexes.get(entries);
  if (!index) {
    const built = new Map<string, T[]>();
    for (const entry of entries) {
      const first = entry.words[0] ?? '';
      const list = built.get(first);
      if (list) list.push(entry);
      else built.set(first, [entry]);
    }
    indexes.set(entries, (index = built));
  }
  return index as ReadonlyMap<string, readonly T[]>;
}

/** The first phrase of `entries` (listed longest first) whose words stand at token `i`, and where it ends. */
function matchPhrase<T extends Phrase>(entries: readonly T[], tokens: readonly Token[], i: number, to: number): { entry: T; end: number } | null {
  for (const entry of byFirstWord(entries).get(tokens[i]?.lower ?? '') ?? []) {
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
