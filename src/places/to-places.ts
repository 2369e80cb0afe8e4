import type { Doc } from '../document/index.js';
import type { ClaimKind, Place } from '../types.js';
import type { PlaceContext } from './context.js';
import type { GazetteerEntry } from './entry.js';
import type { Mention } from './mentions.js';
import { isNotClaimPlace } from './not-places.js';
import { entryOfMention, keyOfMention } from './place-of.js';
import { roleOf } from './roles.js';

/** A mention that names a place of a claim, with the gazetteer entry it resolves to (or null). */
export interface PlaceMention {
  readonly mention: Mention;
  readonly entry: GazetteerEntry | null;
}

/** The mentions of one sentence that name places (not actors, organisations or a speaker's seat). */
export function placeMentions(sentence: string, mentions: readonly Mention[], context: PlaceContext): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (const mention of mentions) {
    if (isNotClaimPlace(sentence, mention)) continue;
    const entry = entryOfMention(mention, sentence, context);
    if (entry !== undefined) found.push({ mention, entry });
  }
  return found;
}

/** The places of a claim of `kind` named by mentions of sentence `index`, one per key. */
export function placesOfMentions(doc: Doc, index: number, kind: ClaimKind, found: readonly PlaceMention[], context: PlaceContext): Place[] {
  const offset = doc.sentences[index]?.start ?? 0;
  const text = context.textOf(index);
  const places: Place[] = [];
  // a claim names a few places: a list is cheaper than a set
  const keys: string[] = [];
  for (const { mention, entry } of found) {
    const surface = doc.input.slice(offset + mention.start, offset + mention.end);
    const key = keyOfMention(mention, surface);
    if (keys.includes(key)) continue;
    keys.push(key);
    places.push(toPlace(surface, mention, key, roleOf(kind, text, mention.start, mention.end), entry));
  }
  return places;
}

function toPlace(text: string, mention: Mention, key: string, role: Place['role'], entry: GazetteerEntry | null): Place {
  const plain = text.replace(/^the\s+/i, '').replace(/\s+/g, ' ');
  const name = entry && (mention.kind === 'name' || mention.kind === 'division') ? entry.name : plain;
  return {
    text, name, role, key,
    id: entry?.id ?? null, lat: entry?.lat ?? null, lon: entry?.lon ?? null, country: entry?.country ?? null, admin1: entry?.admin1 ?? null,
  };
}
