import type { Candidate } from '../claims/types.js';
import type { Doc } from '../document/index.js';
import type { Place } from '../types.js';
import { type PlaceContext, placeContext } from './context.js';
import { defaultGazetteer, type Gazetteer } from './gazetteer.js';
import type { Mention } from './mentions.js';
import { entryOfMention, keyOfMention } from './place-of.js';
import { roleOf } from './roles.js';

export interface AssignPlacesOptions {
  readonly gazetteer?: Gazetteer;
}

/** The places of each candidate, in order: those named in the part of its sentence that states it. */
export function assignPlaces(doc: Doc, candidates: readonly Candidate[], options: AssignPlacesOptions = {}): Place[][] {
  if (candidates.length === 0) return [];
  const context = placeContext(doc, options.gazetteer ?? defaultGazetteer());
  return candidates.map((candidate) => placesOf(doc, candidate, candidates, context));
}

function placesOf(doc: Doc, candidate: Candidate, all: readonly Candidate[], context: PlaceContext): Place[] {
  const sentence = doc.sentences[candidate.sentence];
  if (!sentence) return [];
  const text = doc.text.slice(sentence.start, sentence.end);
  const mentions = context.mentionsOf(candidate.sentence);
  const chosen = ownMentions(text, candidate, all, mentions, sentence.start);
  const places: Place[] = [];
  for (const mention of chosen) {
    const entry = entryOfMention(mention, text, context);
    if (entry === undefined) continue;
    const surface = doc.input.slice(sentence.start + mention.start, sentence.start + mention.end);
    const key = keyOfMention(mention, surface);
    if (places.some((place) => place.key === key)) continue;
    const role = roleOf(candidate.kind, text.slice(0, mention.start), text.slice(mention.end));
    places.push(toPlace(surface, mention, key, role, entry));
  }
  return places;
}

/**
 * The mentions in this candidate's share of the sentence: from the figure before it (another
 * candidate's) to the figure after it, so that "three killed in A and two in B" splits; within
 * that, the comma-separated part holding its figure, with the lists that part starts, and a
 * leading "In X," part.
 */
function ownMentions(text: string, candidate: Candidate, all: readonly Candidate[], mentions: readonly Mention[], offset: number): Mention[] {
  const figure = candidate.countSpan.start - offset;
  const others = all.filter((other) => other.sentence === candidate.sentence).map((other) => other.countSpan.start - offset);
  // the words between two figures belong to the first: "three killed in A and two in B"
  const from = others.some((start) => start < figure) ? figure : 0;
  const to = Math.min(text.length, ...others.filter((start) => start > figure));
  const inShare = mentions.filter((m) => m.start >= from && m.end <= to);
  const part = partAround(text, figure, candidate.termSpan.start - offset, from, to);
  const groups = new Set(inShare.filter((m) => m.start >= part.start && m.start < part.end).map((m) => m.group));
  const leading = /^\s*(?:in|across|at|near)\s/i.test(text.slice(from, to)) ? inShare.filter((m) => m.end <= part.start && /^[^,]*$/.test(text.slice(from, m.start))) : [];
  return inShare.filter((m) => (groups.has(m.group) || leading.includes(m)) && !beforeItsPart(text, m, inShare));
}

// "Syria's northwestern region of Idlib": the region alone
function beforeItsPart(text: string, mention: Mention, mentions: readonly Mention[]): boolean {
  return mentions.some((next) => next.start > mention.end && /^['’]s\s+$/.test(text.slice(mention.end, next.start)));
}

/** The comma-separated part of [from, to) around the figure and its trigger. */
function partAround(text: string, figure: number, term: number, from: number, to: number): { start: number; end: number } {
  const low = Math.max(from, Math.min(figure, term));
  const high = Math.max(figure, term);
  const start = Math.max(from, text.lastIndexOf(',', low) + 1, text.lastIndexOf(';', low) + 1);
  const comma = text.slice(high, to).search(/[,;]/);
  return { start, end: comma < 0 ? to : high + comma };
}

function toPlace(text: string, mention: Mention, key: string, role: Place['role'], entry: ReturnType<typeof entryOfMention>): Place {
  const plain = text.replace(/^the\s+/i, '').replace(/\s+/g, ' ');
  const name = entry && (mention.kind === 'name' || mention.kind === 'division') ? entry.name : plain;
  return {
    text, name, role, key,
    id: entry?.id ?? null, lat: entry?.lat ?? null, lon: entry?.lon ?? null, country: entry?.country ?? null, admin1: entry?.admin1 ?? null,
  };
}
