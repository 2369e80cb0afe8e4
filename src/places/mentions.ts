import { FACILITY_NOUNS, ZONE_LAST_WORD, ZONE_WORDS } from '../data/places/words.js';
import { composites, wordsAfterName } from './composites.js';
import { isCued } from './cue.js';
import type { NameSpan } from './names.js';
import { findPhrases, phraseStartingAt } from './phrases.js';

export type MentionKind = 'name' | 'division' | 'region' | 'border' | 'zone' | 'facility';

/** A place named in a sentence, offsets relative to the sentence. */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly kind: MentionKind;
  /** The name to resolve ("Idlib" in "the southern province of Idlib"), or the adjectives of a border. */
  readonly query: string;
  /** Whether a word before it ("in", "fled", "the towns of") says it is a place. */
  readonly cued: boolean;
  /** Names of one enumeration share it: "the towns of A, B and C". */
  readonly group: number;
}

const AFTER_BORDER = /^\s+(?:border|frontier)s?\b/i;
const LIST_LINK = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?$/;
const BEFORE_NAME = 60;
const AFTER_NAME = 30;

/** Every place mention of one sentence, from its names (findNames): composite regions first, then the names left. */
export function findMentions(text: string, names: readonly NameSpan[]): Mention[] {
  const mentions: Mention[] = [];
  let group = 0;
  for (const name of names) {
    const mention = readMention(text, name);
    if (!mention) continue;
    const previous = mentions[mentions.length - 1];
    const continues = previous !== undefined && LIST_LINK.test(text.slice(previous.end, mention.start));
    // a list is cued by any cue of its names: "the towns of A, B and C"
    const cued = mention.cued || (continues && previous.cued);
    const own = continues ? previous.group : ++group;
    mentions.push({ start: mention.start, end: mention.end, kind: mention.kind, query: mention.query, cued, group: own });
  }
  cueListsBackward(mentions);
  const zones = loneZones(text, mentions, group);
  if (zones.length > 0) return [...mentions, ...zones].sort(byStart);
  return isSortedByStart(mentions) ? mentions : mentions.sort(byStart);
}

/** "Donetsk and Luhansk regions": a list's names, cued by a name after them, are cued too. */
function cueListsBackward(mentions: Mention[]): void {
  for (let first = 0; first < mentions.length; ) {
    let end = first;
    let cued = false;
    for (; end < mentions.length && (mentions[end] as Mention).group === (mentions[first] as Mention).group; end++) cued ||= (mentions[end] as Mention).cued;
    for (let i = first; cued && i < end; i++) if (!(mentions[i] as Mention).cued) mentions[i] = { ...(mentions[i] as Mention), cued: true };
    first = end;
  }
}

function isSortedByStart(mentions: readonly Mention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if ((mentions[i] as Mention).start < (mentions[i - 1] as Mention).start) return false;
  return true;
}

const byStart = (a: Mention, b: Mention): number => a.start - b.start;

function readMention(text: string, name: NameSpan): Omit<Mention, 'group'> | null {
  const before = text.slice(Math.max(0, name.start - BEFORE_NAME), name.start);
  const after = text.slice(name.end, name.end + AFTER_NAME);
  if (name.adjectival) {
    const border = AFTER_BORDER.exec(after);
    if (!border) return null;
    return { start: name.start, end: name.end + border[0].length, kind: 'border', query: name.text, cued: true };
  }
  const wordsAfter = wordsAfterName(after);
  const composite = composites(before, after, wordsAfter, name);
  if (composite) return composite;
  const facility = phraseStartingAt(wordsAfter, 0, FACILITY_NOUNS);
  if (facility >= 0) return { start: name.start, end: name.end + facility, kind: 'facility', query: name.text, cued: true };
  return { start: name.start, end: name.end, kind: 'name', query: name.text, cued: isCued(before) };
}

/** "the buffer zone" alone, where no name is: a mention without a name to resolve. */
function loneZones(text: string, mentions: readonly Mention[], group: number): Mention[] {
  // the test spares lower-casing every sentence to look for the phrases' last words
  const zones = ZONE_LAST_WORD.test(text) ? findPhrases(text, ZONE_WORDS) : [];
  if (zones.length === 0) return [];
  const found: Mention[] = [];
  const overlaps = overlapTest(mentions);
  for (const zone of zones) {
    if (!overlaps(zone.start, zone.end)) found.push({ ...zone, kind: 'zone', query: '', cued: true, group: group + found.length + 1 });
  }
  return found;
}

/** Whether [start, end) overlaps a mention: by halving over the mentions sorted by start. */
function overlapTest(mentions: readonly Mention[]): (start: number, end: number) => boolean {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const furthest: number[] = [];
  sorted.forEach((m, i) => furthest.push(Math.max(m.end, furthest[i - 1] ?? -Infinity)));
  return (start, end) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as Mention).start < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (furthest[lo - 1] as number) > start;
  };
}
