import { DIRECTIONS, DIVISION_NOUNS, PLACE_CUES, SETTLEMENT_NOUNS, ZONE_WORDS } from '../data/places/words.js';
import { findNames, type NameSpan } from './names.js';

export type MentionKind = 'name' | 'division' | 'region' | 'border' | 'zone';

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

const alternatives = (words: ReadonlySet<string>): string => [...words].sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+');
const DIRECTION = alternatives(DIRECTIONS);
const DIVISION = alternatives(DIVISION_NOUNS);
const ZONE = alternatives(ZONE_WORDS);
const BEFORE_DIRECTION = new RegExp(`(?:\\bthe\\s+)?\\b(?:${DIRECTION})(?:\\s+(?:${DIVISION}|${alternatives(SETTLEMENT_NOUNS)})\\s+of)?\\s+(?:the\\s+)?$`, 'i');
const BEFORE_DIVISION = new RegExp(`\\b(?:${DIVISION})\\s+of\\s+(?:the\\s+)?$`, 'i');
const AFTER_DIVISION = new RegExp(`^\\s+(?:${DIVISION})\\b`, 'i');
const BEFORE_ZONE = new RegExp(`\\b(?:${ZONE})\\s+(?:in|of|around)\\s+(?:the\\s+)?$`, 'i');
const AFTER_ZONE = new RegExp(`^\\s+(?:${ZONE})\\b`, 'i');
const LONE_ZONE = new RegExp(`\\b(?:${ZONE})\\b`, 'gi');
const AFTER_BORDER = /^\s+(?:border|frontier)s?\b/i;
const BEFORE_BORDER = /\bborders?\s+with\s+(?:the\s+)?$/i;
const LIST_LINK = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?$/;

/** Every place mention of one sentence: composite regions first, then the names left. */
export function findMentions(text: string, isAdjective: (word: string) => boolean): Mention[] {
  const mentions: Mention[] = [];
  let group = 0;
  let previous: { end: number; group: number } | null = null;
  for (const name of findNames(text)) {
    const mention = readMention(text, name, isAdjective);
    if (!mention) continue;
    const continues: boolean = previous !== null && LIST_LINK.test(text.slice(previous.end, mention.start));
    const cued = mention.cued || (continues && mentions.some((m) => m.group === previous?.group && m.cued));
    const own: number = continues && previous ? previous.group : ++group;
    mentions.push({ ...mention, cued, group: own });
    previous = { end: mention.end, group: own };
  }
  return [...mentions, ...loneZones(text, mentions, group)].sort((a, b) => a.start - b.start);
}

function readMention(text: string, name: NameSpan, isAdjective: (word: string) => boolean): Omit<Mention, 'group'> | null {
  const before = text.slice(Math.max(0, name.start - 60), name.start);
  const after = text.slice(name.end, name.end + 30);
  const adjectives = name.text.split('-');
  if (adjectives.every(isAdjective)) {
    const border = AFTER_BORDER.exec(after);
    if (!border) return null;
    return { start: name.start, end: name.end + border[0].length, kind: 'border', query: name.text, cued: true };
  }
  const composite = composites(before, after, name);
  if (composite) return composite;
  return { start: name.start, end: name.end, kind: 'name', query: name.text, cued: isCued(before) };
}

function composites(before: string, after: string, name: NameSpan): Omit<Mention, 'group'> | null {
  const base = { query: name.text, cued: true };
  const zoneAfter = AFTER_ZONE.exec(after);
  if (zoneAfter) return { ...base, start: name.start, end: name.end + zoneAfter[0].length, kind: 'zone' };
  const zoneBefore = BEFORE_ZONE.exec(before);
  if (zoneBefore) return { ...base, start: name.start - zoneBefore[0].length, end: name.end, kind: 'zone' };
  const direction = BEFORE_DIRECTION.exec(before);
  if (direction) return { ...base, start: name.start - direction[0].replace(/^the\s+/i, '').length, end: name.end, kind: 'region' };
  const divisionBefore = BEFORE_DIVISION.exec(before);
  if (divisionBefore && !/^(?:areas?|parts?|outskirts|suburbs|countryside)\b/i.test(divisionBefore[0])) {
    return { ...base, start: name.start - divisionBefore[0].replace(/the\s+$/i, '').length, end: name.end, kind: 'division' };
  }
  const divisionAfter = AFTER_DIVISION.exec(after);
  if (divisionAfter && !/^\s+(?:areas?|parts?|part)\b/i.test(divisionAfter[0])) return { ...base, start: name.start, end: name.end + divisionAfter[0].length, kind: 'division' };
  if (BEFORE_BORDER.test(before)) return { ...base, start: name.start - (BEFORE_BORDER.exec(before)?.[0].length ?? 0), end: name.end, kind: 'border' };
  return null;
}

/** "in X", "fled X", "the towns of X"; not "according to X", nor "the Office of X". */
function isCued(before: string): boolean {
  const words = before.toLowerCase().split(/[^\p{L}'-]+/u).filter(Boolean);
  const last = words[words.length - 1] === 'the' ? words.slice(0, -1) : words;
  const cue = last[last.length - 1] ?? '';
  const beforeCue = last[last.length - 2] ?? '';
  if (!PLACE_CUES.has(cue) || /[.;:!?]\s*(?:the\s+)?$/i.test(before)) return false;
  if (cue === 'to' && /^(?:according|due|thanks|close)$/.test(beforeCue)) return false;
  if (cue === 'of') return SETTLEMENT_NOUNS.has(beforeCue) || DIVISION_NOUNS.has(beforeCue) || /-held$/.test(beforeCue);
  return true;
}

function loneZones(text: string, mentions: readonly Mention[], group: number): Mention[] {
  const found: Mention[] = [];
  for (const match of text.matchAll(LONE_ZONE)) {
    const end = match.index + match[0].length;
    if (mentions.some((m) => m.start < end && match.index < m.end)) continue;
    found.push({ start: match.index, end, kind: 'zone', query: '', cued: true, group: group + found.length + 1 });
  }
  return found;
}
