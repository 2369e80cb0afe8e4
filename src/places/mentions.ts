import { ATTACK_NOUNS, CUE_PASS_OVER, DIRECTIONS, DIVISION_NOUNS, FACILITY_NOUNS, PLACE_CUES, SETTLEMENT_NOUNS, ZONE_WORDS } from '../data/places/words.js';
import { findNames, type NameSpan } from './names.js';
import { findPhrases, phraseEndingAt, phraseStartingAt, type Word, wordsOf } from './phrases.js';

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
const BEFORE_BORDER = /\bborders?\s+with\s+(?:the\s+)?$/i;
const LIST_LINK = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?$/;
const BEFORE_NAME = 60;
const AFTER_NAME = 30;

/** Every place mention of one sentence: composite regions first, then the names left. */
export function findMentions(text: string, isAdjective: (word: string) => boolean): Mention[] {
  const mentions: Mention[] = [];
  let group = 0;
  let previous: { end: number; group: number; cued: boolean } | null = null;
  for (const name of findNames(text)) {
    const mention = readMention(text, name, isAdjective);
    if (!mention) continue;
    const continues: boolean = previous !== null && LIST_LINK.test(text.slice(previous.end, mention.start));
    // a list is cued by any cue of its names: "the towns of A, B and C"
    const cued: boolean = mention.cued || (continues && previous !== null && previous.cued);
    const own: number = continues && previous ? previous.group : ++group;
    mentions.push({ ...mention, cued, group: own });
    previous = { end: mention.end, group: own, cued };
  }
  // and backward: "Donetsk and Luhansk regions"
  const cuedGroups = new Set(mentions.filter((m) => m.cued).map((m) => m.group));
  const listed = mentions.map((m) => (m.cued || !cuedGroups.has(m.group) ? m : { ...m, cued: true }));
  return [...listed, ...loneZones(text, listed, group)].sort((a, b) => a.start - b.start);
}

function readMention(text: string, name: NameSpan, isAdjective: (word: string) => boolean): Omit<Mention, 'group'> | null {
  const before = text.slice(Math.max(0, name.start - BEFORE_NAME), name.start);
  const after = text.slice(name.end, name.end + AFTER_NAME);
  const adjectives = name.text.split('-');
  if (adjectives.every(isAdjective)) {
    const border = AFTER_BORDER.exec(after);
    if (!border) return null;
    return { start: name.start, end: name.end + border[0].length, kind: 'border', query: name.text, cued: true };
  }
  const composite = composites(before, after, name);
  if (composite) return composite;
  const facility = /^\s/.test(after) ? phraseStartingAt(wordsOf(after), 0, FACILITY_NOUNS) : -1;
  if (facility >= 0) return { start: name.start, end: name.end + facility, kind: 'facility', query: name.text, cued: true };
  return { start: name.start, end: name.end, kind: 'name', query: name.text, cued: isCued(before) };
}

function composites(before: string, after: string, name: NameSpan): Omit<Mention, 'group'> | null {
  const base = { query: name.text, cued: true };
  const wordsBefore = /\s$/.test(before) ? wordsOf(before) : [];
  const wordsAfter = /^\s/.test(after) ? wordsOf(after) : [];
  // offsets in `before` count back from the name, those in `after` on from its end
  const back = (start: number): number => name.start - (before.length - start);
  const zoneAfter = phraseStartingAt(wordsAfter, 0, ZONE_WORDS);
  if (zoneAfter >= 0) return { ...base, start: name.start, end: name.end + zoneAfter, kind: 'zone' };
  const zoneBefore = phraseEndingAt(wordsBefore, lastBefore(wordsBefore, ZONE_LINKS), ZONE_WORDS);
  if (zoneBefore >= 0) return { ...base, start: back(zoneBefore), end: name.end, kind: 'zone' };
  const direction = phraseEndingAt(wordsBefore, lastBeforeDirection(wordsBefore), DIRECTIONS);
  if (direction >= 0) return { ...base, start: back(direction), end: name.end, kind: 'region' };
  const divisionBefore = phraseEndingAt(wordsBefore, lastBefore(wordsBefore, OF), DIVISION_NOUNS);
  if (divisionBefore >= 0 && !NOT_DIVISIONS_BEFORE.has(wordAt(before, divisionBefore))) {
    return { ...base, start: back(divisionBefore), end: name.end, kind: 'division' };
  }
  const divisionAfter = phraseStartingAt(wordsAfter, 0, DIVISION_NOUNS);
  if (divisionAfter >= 0 && !NOT_DIVISIONS_AFTER.has(after.slice(wordsAfter[0]?.start, divisionAfter).toLowerCase())) {
    return { ...base, start: name.start, end: name.end + divisionAfter, kind: 'division' };
  }
  if (BEFORE_BORDER.test(before)) return { ...base, start: name.start - (BEFORE_BORDER.exec(before)?.[0].length ?? 0), end: name.end, kind: 'border' };
  return null;
}

const OF: ReadonlySet<string> = new Set(['of']);
const ZONE_LINKS: ReadonlySet<string> = new Set(['in', 'of', 'around']);
// "the areas of X", "the outskirts of X" and "X areas" name no division
const NOT_DIVISIONS_BEFORE: ReadonlySet<string> = new Set(['area', 'areas', 'part', 'parts', 'outskirts', 'suburbs', 'countryside']);
const NOT_DIVISIONS_AFTER: ReadonlySet<string> = new Set(['area', 'areas', 'part', 'parts']);

/** The index of the word before "(link) (the)" that ends the words, or -1: "zone in the", "province of". */
function lastBefore(words: readonly Word[], links: ReadonlySet<string>): number {
  let last = words.length - 1;
  if (words[last]?.text.toLowerCase() === 'the') last--;
  return links.has(words[last]?.text.toLowerCase() ?? '') ? last - 1 : -1;
}

/** The index of the word a direction must end: "northern (the)", "northern province of (the)". */
function lastBeforeDirection(words: readonly Word[]): number {
  let last = words.length - 1;
  if (words[last]?.text.toLowerCase() === 'the') last--;
  const noun = words[last - 1]?.text.toLowerCase() ?? '';
  if (words[last]?.text.toLowerCase() === 'of' && (DIVISION_NOUNS.has(noun) || SETTLEMENT_NOUNS.has(noun))) last -= 2;
  return last;
}

const wordAt = (text: string, start: number): string => (/^\S+/.exec(text.slice(start))?.[0] ?? '').toLowerCase();

/** "in X", "fled X", "the towns of X"; not "according to X", nor "the Office of X". */
function isCued(before: string): boolean {
  const words = before.toLowerCase().split(/[^\p{L}'-]+/u).filter(Boolean);
  let end = words.length;
  while (end > 0 && CUE_PASS_OVER.has(words[end - 1] ?? '')) end--;
  const last = words.slice(0, end);
  const cue = last[last.length - 1] ?? '';
  const beforeCue = last[last.length - 2] ?? '';
  if (/[.;:!?]\s*(?:the\s+)?$/i.test(before)) return false;
  if (cue === 'on') return ATTACK_NOUNS.has(beforeCue);
  if (!PLACE_CUES.has(cue)) return false;
  if (cue === 'to' && /^(?:according|due|thanks|close)$/.test(beforeCue)) return false;
  if (cue === 'of') return SETTLEMENT_NOUNS.has(beforeCue) || DIVISION_NOUNS.has(beforeCue) || /-held$/.test(beforeCue);
  return true;
}

/** "the buffer zone" alone, where no name is: a mention without a name to resolve. */
function loneZones(text: string, mentions: readonly Mention[], group: number): Mention[] {
  const found: Mention[] = [];
  const overlaps = overlapTest(mentions);
  for (const zone of findPhrases(text, ZONE_WORDS)) {
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
