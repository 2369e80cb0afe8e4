import type { Candidate } from '../claims/types.js';
import type { Doc } from '../document/index.js';
import { NOT_HERE, PART_FOLLOWS, SUB_FIGURE } from '../data/places/passage.js';
import type { ClaimKind, Place } from '../types.js';
import type { PlaceContext } from './context.js';
import { MOST_LENT, passageReader } from './passage.js';
import { type PlaceMention, placeMentions, placesOfMentions } from './to-places.js';

/**
 * A claim whose own part names no place takes the place of its passage, as a reader does:
 * 1. another figure of its sentence: the next one's ("killed eight, five of them children, in
 *    X"; "636 killed and 1,125 injured across X"), unless the next is a part of it ("16 lives,
 *    including six in X"), else the one before ("killed nine in X and wounded 75");
 * 2. else the place named last before it in its sentence ("Shells struck a school in X on
 *    Wednesday, killing nine");
 * 3. else where the last sentence before it in its paragraph happened ("An air strike hit X.
 *    Eight people were killed"): never across a paragraph or into a list item, never a place
 *    people fled from or to, and not after a sentence that splits a figure among places.
 * A figure said to be elsewhere ("811 elsewhere", "in the rest of the country") takes none.
 * Each sentence's places are read at most once, and only for claims that need them: the cost is
 * linear in the text.
 */
export function inheritPlaces(doc: Doc, candidates: readonly Candidate[], own: readonly Place[][], context: PlaceContext): Place[][] {
  const places = own.map((list) => [...list]);
  const kept = keptMentions(context);
  const order = inTextOrder(candidates);
  const elsewhere: boolean[] = [];
  const homeless = (index: number): boolean => (places[index] as Place[]).length === 0 && !(elsewhere[index] ??= saysElsewhere(doc, candidates[index] as Candidate, context));
  fromSameSentence(doc, candidates, order, own, places, homeless);
  const passage = passageReader(doc, candidates, order, places, kept, context);
  for (const index of order) {
    const candidate = candidates[index] as Candidate;
    if (!homeless(index)) continue;
    const before = keptBefore(kept(candidate.sentence), Math.min(candidate.countSpan.start, candidate.termSpan.start) - startOf(doc, candidate.sentence));
    if (before.length > 0) {
      places[index] = placesOfMentions(doc, candidate.sentence, candidate.kind, before, context);
      continue;
    }
    // read only now: the sentences before are read back only for a claim that needs them
    const earlier = passage(candidate.sentence);
    if (earlier) places[index] = earlier.map((place) => ({ ...place }));
  }
  return places;
}

const position = (candidate: Candidate | undefined): number => candidate?.countSpan.start ?? 0;

/** The candidates' indexes by where their figures start (as they mostly come already). */
function inTextOrder(candidates: readonly Candidate[]): number[] {
  const order = candidates.map((_, index) => index);
  const sorted = order.every((index) => index === 0 || position(candidates[index - 1]) <= position(candidates[index]));
  return sorted ? order : order.sort((a, b) => position(candidates[a]) - position(candidates[b]));
}

const startOf = (doc: Doc, sentence: number): number => doc.sentences[sentence]?.start ?? 0;

/** "811 elsewhere", "in the rest of the country": the words from the figure to the clause's end. */
function saysElsewhere(doc: Doc, candidate: Candidate, context: PlaceContext): boolean {
  const start = candidate.countSpan.end - startOf(doc, candidate.sentence);
  const clause = /^[^,;:.]*/.exec(context.textOf(candidate.sentence).slice(start, start + 120))?.[0] ?? '';
  return NOT_HERE.test(clause);
}

/** Step 1: the nearest figure of the sentence with places of its own, the next one first. */
function fromSameSentence(doc: Doc, candidates: readonly Candidate[], order: readonly number[], own: readonly Place[][], places: Place[][], homeless: (index: number) => boolean): void {
  // by candidate and by sentence
  const next: number[] = [];
  const seen: number[] = [];
  for (let i = order.length - 1; i >= 0; i--) {
    const index = order[i] as number;
    const sentence = (candidates[index] as Candidate).sentence;
    const lender = seen[sentence];
    if (lender !== undefined && !partOf(doc, candidates[index] as Candidate, candidates[lender] as Candidate)) next[index] = lender;
    if ((own[index] as Place[]).length > 0) seen[sentence] = index;
  }
  seen.length = 0;
  for (const index of order) {
    const candidate = candidates[index] as Candidate;
    const lender = next[index] ?? seen[candidate.sentence];
    if (homeless(index) && lender !== undefined) places[index] = lend(own[lender] as Place[], (candidates[lender] as Candidate).kind, candidate.kind);
    if ((own[index] as Place[]).length > 0) seen[candidate.sentence] = index;
  }
}

/**
 * Whether the later figure is a part of the earlier: "16 lives, including six in X", "53 deaths:
 * 50 in X", "635,000 in camps, 547,000 of them in X".
 */
function partOf(doc: Doc, earlier: Candidate, later: Candidate): boolean {
  const after = doc.text.slice(later.countSpan.end, later.countSpan.end + PART_WINDOW);
  return SUB_FIGURE.test(doc.text.slice(earlier.countSpan.end, later.countSpan.start)) || PART_FOLLOWS.test(after);
}

/** "3,000 of them in X": the words read after a figure to find that it is a part placed apart. */
const PART_WINDOW = 60;

/** A figure's places lent to another: a death or an injury is located where it happened. */
function lend(places: readonly Place[], from: ClaimKind, to: ClaimKind): Place[] {
  return from === to ? places.map((place) => ({ ...place })) : places.map((place) => (place.role === 'location' || to !== 'displaced' ? { ...place, role: 'location' } : { ...place }));
}

/** Each sentence's place mentions, read once. */
function keptMentions(context: PlaceContext): (sentence: number) => readonly PlaceMention[] {
  const known: PlaceMention[][] = [];
  return (sentence) => {
    let found = known[sentence];
    if (!found) known[sentence] = found = placeMentions(context.textOf(sentence), context.mentionsOf(sentence), context);
    return found;
  };
}

/** Step 2: the last place (with its list: "the towns of A, B and C") ending before `at`. */
function keptBefore(kept: readonly PlaceMention[], at: number): PlaceMention[] {
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((kept[mid] as PlaceMention).mention.start < at) lo = mid + 1;
    else hi = mid;
  }
  let last = lo - 1;
  while (last >= 0 && (kept[last] as PlaceMention).mention.end > at) last--;
  if (last < 0) return [];
  const group = (kept[last] as PlaceMention).mention.group;
  let first = last;
  while (first > 0 && last - first + 1 < MOST_LENT && (kept[first - 1] as PlaceMention).mention.group === group) first--;
  return kept.slice(first, last + 1);
}
