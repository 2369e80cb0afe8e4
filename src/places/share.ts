import type { Mention } from './mentions.js';
import { isSpace } from '../document/index.js';

/** A candidate's share of its sentence, offsets relative to the sentence. */
export interface Share {
  /** From the candidate's figure (or the sentence start, for its first figure) to the next figure. */
  readonly from: number;
  readonly to: number;
  readonly figure: number;
  /** Where the figure ends: its own commas ("1,200") end no part. */
  readonly figureEnd: number;
  readonly term: number;
}

/**
 * The mentions that are this candidate's, of those in its share (sorted by start): the
 * comma-separated part holding its figure, with the lists that part starts, and a leading
 * "In X," part. Each step reads only the share, so a long sentence costs no more per figure.
 */
export function ownMentions(text: string, share: Share, mentions: readonly Mention[]): Mention[] {
  const part = partAround(text, share);
  const inPart = groupsWithin(mentions, part.start, part.end);
  const trailing = inPart.length === 0 ? trailingPart(text, part.end, share.to) : null;
  const groups = trailing ? groupsWithin(mentions, trailing.start, trailing.end) : inPart;
  // "In X, ...": the mentions before the share's first comma and its part are its too
  const comma = opensLocative(text, share.from, share.to) ? indexWithin(text, COMMA, share.from, part.start) : NOT_OPENED;
  const own: Mention[] = [];
  for (const m of mentions) {
    const leading = comma !== NOT_OPENED && m.end <= part.start && (comma < 0 || m.start <= comma);
    if ((groups.includes(m.group) || leading) && !beforeItsPart(text, m, mentions)) own.push(m);
  }
  return own;
}

/** The groups of the mentions that start in [from, to). */
function groupsWithin(mentions: readonly Mention[], from: number, to: number): number[] {
  const groups: number[] = [];
  for (const m of mentions) if (m.start >= from && m.start < to) groups.push(m.group);
  return groups;
}

const NOT_OPENED = -2;
const [COMMA, SEMICOLON] = [0x2c, 0x3b];
const endsPart = (code: number): boolean => code === COMMA || code === SEMICOLON;

const LEADING_LOCATIVE = /\s*(?:in|across|at|near)\s/iy;

/** Whether [from, to) of the text opens with "in", "across", "at" or "near" (read in place, not sliced). */
function opensLocative(text: string, from: number, to: number): boolean {
  LEADING_LOCATIVE.lastIndex = from;
  return LEADING_LOCATIVE.test(text) && LEADING_LOCATIVE.lastIndex <= to;
}

/**
 * The part after the figure's own that says where it happened, when the figure's part names no
 * place: "killed eight civilians, five of them children, in the village of X".
 */
function trailingPart(text: string, from: number, to: number): { start: number; end: number } | null {
  let start = from;
  while (start < to && endsPart(text.charCodeAt(start))) {
    let end = start + 1;
    while (end < to && !endsPart(text.charCodeAt(end))) end++;
    if (LOCATIVE_OPENING.test(text.slice(start + 1, Math.min(end, start + 20)))) return { start: start + 1, end };
    start = end;
  }
  return null;
}

const LOCATIVE_OPENING = /^\s*(?:in|at|near|across|around|inside|throughout|on)\s/i;

// "Syria's northwestern region of Idlib": the region alone
function beforeItsPart(text: string, mention: Mention, mentions: readonly Mention[]): boolean {
  const at = mention.end;
  const quote = text.charCodeAt(at);
  if ((quote !== 0x27 && quote !== 0x2019) || !/^['’]s\s/.test(text.slice(at, at + 3))) return false;
  let end = at + 3;
  while (end < text.length && isSpace(text.charCodeAt(end))) end++;
  const next = mentions[firstStartingFrom(mentions, at + 3)];
  return next !== undefined && next.start <= end;
}

/** The comma-separated part of the share around the figure and its trigger. */
function partAround(text: string, share: Share): { start: number; end: number } {
  const low = Math.max(share.from, Math.min(share.figure, share.term));
  const high = Math.max(share.figureEnd, share.term);
  let start = Math.min(low, text.length - 1);
  while (start >= share.from && !endsPart(text.charCodeAt(start))) start--;
  let end = high;
  while (end < share.to && !endsPart(text.charCodeAt(end))) end++;
  return { start: Math.max(share.from, start + 1), end: high >= share.to ? share.to : end };
}

/**
 * The mentions a bracketed figure follows: "towns including A (1,320 people) and B (730 people)",
 * "crossed at A in B State (27,533)". Only the name just before the "(", with the names it is
 * said to lie in or near, is the figure's: the rest of its list are other figures'.
 */
export function bracketOwners(text: string, mentions: readonly Mention[], figure: number): Mention[] {
  let index = firstStartingFrom(mentions, figure) - 1;
  const last = mentions[index];
  if (!last || last.end > figure || !opensBracket(text, last.end) || !BRACKET_GAP.test(text.slice(last.end, figure))) return [];
  if (namesOwnPlace(text, mentions[index + 1], figure)) return [];
  const owners = [last];
  for (let next = last; index > 0 && owners.length < MOST_CHAINED; index--) {
    const before = mentions[index - 1] as Mention;
    if (!LIES_IN.test(text.slice(before.end, next.start))) break;
    owners.unshift((next = before));
  }
  return owners;
}

/** "A (and 730 in B)": the bracket names its figure's own place. */
function namesOwnPlace(text: string, next: Mention | undefined, figure: number): boolean {
  const close = text.slice(figure, figure + BRACKET_WINDOW).indexOf(')');
  return next !== undefined && (close < 0 || next.start < figure + close);
}

/** Whether "(" or a space and "(" stand at `at`: a bracket gap opens so (read before the gap is sliced out). */
function opensBracket(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === OPEN_BRACKET || (isSpace(code) && text.charCodeAt(at + 1) === OPEN_BRACKET);
}

const OPEN_BRACKET = 0x28;
const BRACKET_WINDOW = 80;
// "A (1,320", "A (est. 1,300", "A ( about 400": at most two short words after the bracket
const BRACKET_GAP = /^\s?\(\s?(?:[a-z.]{1,8}\s){0,2}$/i;
const LIES_IN = /^\s+(?:in|near)\s+(?:the\s+)?$/i;
const MOST_CHAINED = 3;

/** The mentions that lie within [from, to), found by halving to the first that starts at `from`. */
export function mentionsWithin(mentions: readonly Mention[], from: number, to: number): Mention[] {
  const within: Mention[] = [];
  for (let i = firstStartingFrom(mentions, from); i < mentions.length; i++) {
    const mention = mentions[i] as Mention;
    if (mention.start >= to) break;
    if (mention.end <= to) within.push(mention);
  }
  return within;
}

const firstStartingFrom = (mentions: readonly Mention[], at: number): number => lowerBound(mentions.length, (i) => (mentions[i] as Mention).start < at);

/** The index of the first of the sorted numbers at or above `value`. */
export function firstAtOrAfter(values: readonly number[], value: number): number {
  return lowerBound(values.length, (i) => (values[i] as number) < value);
}

/** The first index in [0, count) where `isBelow` turns false, by halving. */
function lowerBound(count: number, isBelow: (index: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBelow(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function indexWithin(text: string, code: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}
