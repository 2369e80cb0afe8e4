/** Cheap tests that say where no phrase of a list can be, before the words around are read. */

import { endsWord, phraseLastWords, shapesOf, startsWord } from './phrase-shapes.js';

/**
 * Whether a phrase of the lists could end the word: a word ending none of them (most) spares
 * reading the words before it. True whenever phraseEndingAt would find one ending there. The
 * lists are a constant array: their edges are gathered once.
 */
export function mayEndPhrase(word: string, lists: readonly ReadonlySet<string>[]): boolean {
  const { closers, singles } = edgesOf(lists);
  if (closers.has(word.toLowerCase())) return true;
  for (let start = 0; start < word.length; start++) if (startsWord(word, start) && singles.has(word.slice(start).toLowerCase())) return true;
  return false;
}

/** Whether a phrase of the lists could start the word (as phraseStartingAt would find it). */
export function mayStartPhrase(word: string, lists: readonly ReadonlySet<string>[]): boolean {
  const { openers, singles } = edgesOf(lists);
  if (openers.has(word.toLowerCase())) return true;
  for (let end = 1; end <= word.length; end++) if (endsWord(word, end) && singles.has(word.slice(0, end).toLowerCase())) return true;
  return false;
}

/** Whether the text, lower-cased, holds one of the list's last words: without one it holds no phrase. */
export function holdsLastWord(text: string, list: ReadonlySet<string>): boolean {
  const lower = text.toLowerCase();
  return phraseLastWords(list).some((word) => lower.includes(word));
}

interface Edges {
  /** The first and last words of the phrases of two words or more. */
  readonly openers: ReadonlySet<string>;
  readonly closers: ReadonlySet<string>;
  readonly singles: ReadonlySet<string>;
}

const edgeCache = new WeakMap<readonly ReadonlySet<string>[], Edges>();

function edgesOf(lists: readonly ReadonlySet<string>[]): Edges {
  let edges = edgeCache.get(lists);
  if (!edges) {
    const shapes = lists.map(shapesOf);
    const longer = shapes.flatMap((list) => list.slice(1));
    edges = {
      openers: new Set(longer.flatMap((shape) => [...shape.firstWords])),
      closers: new Set(longer.flatMap((shape) => [...shape.lastWords])),
      singles: new Set(shapes.flatMap((list) => [...(list[0]?.phrases ?? [])])),
    };
    edgeCache.set(lists, edges);
  }
  return edges;
}
