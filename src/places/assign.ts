import type { Candidate } from '../claims/types.js';
import type { Doc } from '../document/index.js';
import type { Place } from '../types.js';
import { type PlaceContext, placeContext } from './context.js';
import { defaultGazetteer, type Gazetteer } from './gazetteer.js';
import { inheritPlaces } from './inherit.js';
import { bracketOwners, firstAtOrAfter, mentionsWithin, ownMentions } from './share.js';
import { placeMentions, placesOfMentions } from './to-places.js';

export interface AssignPlacesOptions {
  readonly gazetteer?: Gazetteer;
}

/**
 * The places of each candidate, in order: those named in the part of its sentence that states
 * it; for a candidate whose part names none, those of its passage (see inherit.ts).
 */
export function assignPlaces(doc: Doc, candidates: readonly Candidate[], options: AssignPlacesOptions = {}): Place[][] {
  if (candidates.length === 0) return [];
  const context = placeContext(doc, options.gazetteer ?? defaultGazetteer());
  const figures = figuresBySentence(candidates);
  const own = candidates.map((candidate) => ownPlaces(doc, candidate, figures[candidate.sentence] ?? [], context));
  return inheritPlaces(doc, candidates, own, context);
}

/** Where each sentence's figures start, sorted, by sentence: a candidate's share of its sentence ends at the next. */
function figuresBySentence(candidates: readonly Candidate[]): number[][] {
  const figures: number[][] = [];
  for (const candidate of candidates) (figures[candidate.sentence] ??= []).push(candidate.countSpan.start);
  for (const list of figures) if (list?.some((start, i) => i > 0 && start < (list[i - 1] as number))) list.sort((a, b) => a - b);
  return figures;
}

function ownPlaces(doc: Doc, candidate: Candidate, figures: readonly number[], context: PlaceContext): Place[] {
  const sentence = doc.sentences[candidate.sentence];
  if (!sentence) return [];
  const text = context.textOf(candidate.sentence);
  const offset = sentence.start;
  const figure = candidate.countSpan.start;
  const owners = bracketOwners(text, context.mentionsOf(candidate.sentence), figure - offset);
  if (owners.length > 0) return placesOfMentions(doc, candidate.sentence, candidate.kind, placeMentions(text, owners, context), context);
  // the words between two figures belong to the first: "three killed in A and two in B"
  const from = (figures[0] ?? figure) < figure ? figure - offset : 0;
  const to = Math.min(text.length, (figures[firstAtOrAfter(figures, figure + 1)] ?? Infinity) - offset);
  const share = mentionsWithin(context.mentionsOf(candidate.sentence), from, to);
  const chosen = ownMentions(text, { from, to, figure: figure - offset, figureEnd: candidate.countSpan.end - offset, term: candidate.termSpan.start - offset }, share);
  return placesOfMentions(doc, candidate.sentence, candidate.kind, placeMentions(text, chosen, context), context);
}
