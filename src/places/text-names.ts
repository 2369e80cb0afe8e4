import { isAsciiLetter } from '../document/index.js';
import { findNames, type KeptName, type NameSpan, scanNames, spanOf } from './names.js';
import { firstAtOrAfter } from './share.js';

/** A text's names, read once, for the whole of it and for each of its sentences. */
export interface TextNames {
  /** Each name, once, in the order first met (one object for all the names of one text). */
  readonly distinct: readonly KeptName[];
  /** The names of the part [start, end), offsets relative to it, as findNames finds them in the part alone. */
  within(start: number, end: number): NameSpan[];
}

/**
 * A part's names are the whole's that lie in it, unless a match crosses one of its ends or the
 * character before it could hide a name at its start ("al-", a letter): such a part is read
 * again alone, and gives what findNames gives on it.
 */
export function textNames(text: string): TextNames {
  const { starts, ends, kept, distinct } = scanNames(text);
  return {
    distinct,
    within(start, end) {
      if (start > 0 && mayJoinName(text.charCodeAt(start - 1))) return findNames(text.slice(start, end));
      const names: NameSpan[] = [];
      for (let i = firstAtOrAfter(ends, start + 1); i < starts.length; i++) {
        const from = starts[i] as number;
        if (from >= end) break;
        if (from < start || (ends[i] as number) > end) return findNames(text.slice(start, end));
        const name = kept[i];
        if (name) names.push(spanOf(name, from, start));
      }
      return names;
    },
  };
}

/** Whether a character may stand in a name (or just before one): all but ASCII other than letters, "'" and "-". */
function mayJoinName(code: number): boolean {
  return code >= 0x80 || isAsciiLetter(code) || code === 0x27 || code === 0x2d;
}
