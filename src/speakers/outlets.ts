import { figureKey } from '../claims/same-figure.js';
import type { Candidate } from '../claims/types.js';
import type { Speaker } from '../types.js';
import { nameKey } from './keys.js';
import type { Lexicon } from './lexicon.js';
import type { Entity, Frame } from './types.js';

/**
 * The speakers, with outlets put in their place. A figure the article states bare, or an
 * outlet only relays ("state news agency SANA reported"), takes the named speaker of the same
 * figure elsewhere in the article (Yousef "told Radio Dabanga" the same 12,000). An outlet left
 * as speaker that is the article's own `source` is the article's own voice: null.
 */
export function settleOutlets(
  candidates: readonly Candidate[],
  chosen: readonly (Frame | null)[],
  entities: ReadonlyMap<Frame, Entity>,
  lexicon: Lexicon,
  source: string | undefined,
): (Speaker | null)[] {
  const speakers = chosen.map((frame) => (frame ? toSpeaker(entities.get(frame), frame) : null));
  const named = new Map<string, Speaker>();
  candidates.forEach((c, i) => {
    const speaker = speakers[i];
    if (speaker && speaker.kind !== 'outlet' && !named.has(figureKey(c))) named.set(figureKey(c), speaker);
  });
  const own = source ? (lexicon.find(source)?.name ?? source) : null;
  return speakers.map((speaker, i) => {
    const c = candidates[i] as Candidate;
    if (speaker && speaker.kind !== 'outlet') return speaker;
    const elsewhere = c.count.vague === null ? named.get(figureKey(c)) : undefined;
    if (elsewhere) return elsewhere;
    return speaker && own && nameKey(speaker.name) === nameKey(own) ? null : speaker;
  });
}

function toSpeaker(entity: Entity | undefined, frame: Frame): Speaker | null {
  if (!entity) return null;
  return {
    name: entity.name,
    kind: entity.kind,
    role: entity.role,
    organization: entity.organization,
    aliases: [...entity.aliases],
    via: frame.via?.name ?? entity.via,
  };
}
