import type { Candidate } from '../claims/types.js';
import type { Doc } from '../document/index.js';
import type { Place } from '../types.js';
import { type PlaceContext, placeContext } from './context.js';
import { defaultGazetteer, type Gazetteer } from './gazetteer.js';
import type { Mention } from './mentions.js';
import { entryOfMention, keyOfMention } from './place-of.js';
import { roleOf } from './roles.js';
import { firstAtOrAfter, mentionsWithin, ownMentions } from './share.js';

export interface AssignPlacesOptions {
  readonly gazetteer?: Gazetteer;
}

/** The places of each candidate, in order: those named in the part of its sentence that states it. */
export function assignPlaces(doc: Doc, candidates: readonly Candidate[], options: AssignPlacesOptions = {}): Place[][] {
  if (candidates.length === 0) return [];
  const context = placeContext(doc, options.gazetteer ?? defaultGazetteer());
  const figures = figuresBySentence(candidates);
  return candidates.map((candidate) => placesOf(doc, candidate, figures.get(candidate.sentence) ?? [], context));
}

/** Where each sentence's figures start, sorted: a candidate's share of its sentence ends at the next. */
function figuresBySentence(candidates: readonly Candidate[]): Map<number, number[]> {
  const figures = new Map<number, number[]>();
  for (const candidate of candidates) {
    const list = figures.get(candidate.sentence);
    if (list) list.push(candidate.countSpan.start);
    else figures.set(candidate.sentence, [candidate.countSpan.start]);
  }
  for (const list of figures.values()) list.sort((a, b) => a - b);
  return figures;
}

function placesOf(doc: Doc, candidate: Candidate, figures: readonly number[], context: PlaceContext): Place[] {
  const sentence = doc.sentences[candidate.sentence];
  if (!sentence) return [];
  const text = context.textOf(candidate.sentence);
  const offset = sentence.start;
  const figure = candidate.countSpan.start;
  // the words between two figures belong to the first: "three killed in A and two in B"
  const from = (figures[0] ?? figure) < figure ? figure - offset : 0;
  const to = Math.min(text.length, (figures[firstAtOrAfter(figures, figure + 1)] ?? Infinity) - offset);
  const share = mentionsWithin(context.mentionsOf(candidate.sentence), from, to);
  const chosen = ownMentions(text, { from, to, figure: figure - offset, term: candidate.termSpan.start - offset }, share);
  const places: Place[] = [];
  const keys = new Set<string>();
  for (const mention of chosen) {
    const entry = entryOfMention(mention, text, context);
    if (entry === undefined) continue;
    const surface = doc.input.slice(offset + mention.start, offset + mention.end);
    const key = keyOfMention(mention, surface);
    if (keys.has(key)) continue;
    keys.add(key);
    places.push(toPlace(surface, mention, key, roleOf(candidate.kind, text, mention.start, mention.end), entry));
  }
  return places;
}

function toPlace(text: string, mention: Mention, key: string, role: Place['role'], entry: ReturnType<typeof entryOfMention>): Place {
  const plain = text.replace(/^the\s+/i, '').replace(/\s+/g, ' ');
  const name = entry && (mention.kind === 'name' || mention.kind === 'division') ? entry.name : plain;
  return {
    text, name, role, key,
    id: entry?.id ?? null, lat: entry?.lat ?? null, lon: entry?.lon ?? null, country: entry?.country ?? null, admin1: entry?.admin1 ?? null,
  };
}
