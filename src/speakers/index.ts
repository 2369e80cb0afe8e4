import type { Candidate } from '../claims/types.js';
import type { Doc } from '../document/index.js';
import type { Speaker } from '../types.js';
import { defineAcronyms } from './acronyms.js';
import { joinSpeakers } from './chains.js';
import { chooseFrames } from './choose.js';
import { findFrames } from './frames.js';
import { createLexicon } from './lexicon.js';
import { findQuotes } from './quotes.js';
import { settleOutlets } from './outlets.js';
import type { Frame, KnownOrganization } from './types.js';

export type { KnownOrganization } from './types.js';
export { readOrganizations } from './options.js';
export { KNOWN_ORGANIZATIONS } from '../data/speakers/organizations.js';
export { KNOWN_OUTLETS } from '../data/speakers/outlets.js';

export interface SpeakerOptions {
  /** The outlet that published the article: its own voice gets no speaker (null). */
  readonly source?: string;
  /** Organisations to recognise beside the built-in ones; an entry with a built-in name or alias wins. */
  readonly organizations?: readonly KnownOrganization[];
}

/**
 * Who makes each candidate's claim, in order: null when the article states it in its own voice.
 *
 * @example
 * assignSpeakers(readDocument('At least 300 people were killed, OCHA said.'), candidates, {})
 * //=> [{ name: 'OCHA', kind: 'organization', role: null, organization: null, aliases: ['OCHA'], via: null }]
 */
export function assignSpeakers(doc: Doc, candidates: readonly Candidate[], options: SpeakerOptions): (Speaker | null)[] {
  if (candidates.length === 0) return [];
  const ctx = { doc, lexicon: createLexicon(options.organizations) };
  defineAcronyms(doc, ctx.lexicon);
  // a loop, not flatMap: most sentences give no frame, and flatMap's generic flattening costs more than they do
  const frames: Frame[] = [];
  for (const s of doc.sentences) for (const frame of findFrames(ctx, s.index)) frames.push(frame);
  const entities = joinSpeakers(ctx, frames);
  const chosen = chooseFrames(doc, candidates, frames.filter((f) => entities.has(f)), findQuotes(doc));
  return settleOutlets(candidates, chosen, entities, ctx.lexicon, options.source);
}
