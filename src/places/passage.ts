import type { Candidate } from '../claims/types.js';
import type { Doc } from '../document/index.js';
import { STARTS_ITEM } from '../data/places/passage.js';
import type { Place } from '../types.js';
import type { PlaceContext } from './context.js';
import { type PlaceMention, placesOfMentions } from './to-places.js';

/** A passage's places are at most this many: a sentence listing fifty towns lends its last ten. */
export const MOST_LENT = 10;

/**
 * Step 3: where the last sentence before a given one, in its paragraph, happened: its figures'
 * places, or the places it names. It reads back from the sentence only to the nearest one that
 * names a place (or starts a list item), and keeps each sentence's answer: every sentence is
 * read at most once, whatever the claims ask. A sentence's figures are all placed by the time a
 * later sentence asks, since claims are placed in the order of the text.
 */
export function passageReader(doc: Doc, candidates: readonly Candidate[], order: readonly number[], places: readonly Place[][], kept: (sentence: number) => readonly PlaceMention[], context: PlaceContext): (sentence: number) => Place[] | null {
  // by sentence: its figures, and what the sentences before it (in its paragraph) lend it
  const figures: number[][] = [];
  for (const index of order) (figures[(candidates[index] as Candidate).sentence] ??= []).push(index);
  const lentBefore: (Place[] | null)[] = [];
  return (sentence) => {
    if (STARTS_ITEM.test(context.textOf(sentence))) return null;
    const first = doc.paragraphs[doc.sentences[sentence]?.paragraph ?? -1]?.firstSentence ?? sentence;
    const asked: number[] = [];
    let lent: Place[] | null = null;
    for (let at = sentence; ; at--) {
      const known = lentBefore[at];
      if (known !== undefined) {
        lent = known;
        break;
      }
      asked.push(at);
      const read = at - 1;
      if (read < first) break;
      const here = happenedAt(doc, read, figures[read], places, kept, context);
      if (here !== undefined) {
        lent = here;
        break;
      }
      if (STARTS_ITEM.test(context.textOf(read))) break;
    }
    for (const at of asked) lentBefore[at] = lent;
    return lent;
  };
}

/**
 * Where a sentence's event happened, as places of location: its figures' if they have any
 * (null when they split among places: "six in X and four in Y"), else the places it names;
 * `undefined` when it names none.
 */
function happenedAt(doc: Doc, sentence: number, figures: readonly number[] | undefined, places: readonly Place[][], kept: (sentence: number) => readonly PlaceMention[], context: PlaceContext): Place[] | null | undefined {
  const placed = (figures ?? []).map((index) => places[index] as Place[]).filter((list) => list.length > 0);
  if (placed.length > 0) {
    const keys = new Set(placed.map((list) => list.map((place) => place.key).join('|')));
    if (keys.size > 1) return null;
    return locations(placed[0] as Place[]);
  }
  const named = kept(sentence);
  if (named.length === 0) return undefined;
  return locations(placesOfMentions(doc, sentence, 'displaced', named.slice(-MOST_LENT), context));
}

const locations = (places: readonly Place[]): Place[] | undefined => {
  const found = places.filter((place) => place.role === 'location');
  return found.length > 0 ? found : undefined;
};
