import { findCandidates } from './claims/index.js';
import { assignPeriods } from './dates/index.js';
import { readDocument } from './document/index.js';
import { mergeClaims } from './merge/index.js';
import { readOptions } from './options.js';
import { assignPlaces } from './places/index.js';
import { assignSpeakers } from './speakers/index.js';
import type { Claim, ExtractOptions } from './types.js';

/**
 * Every numeric displacement, fatality, injury or missing-person claim in an article, once per
 * claim, in the order of first mention. Synchronous, pure and deterministic.
 *
 * @example
 * extractClaims('At least 25,000 civilians have fled Idlib, OCHA said.', { published: '2019-12-23' })
 * //=> [{ kind: 'displaced', count: { value: 25000, low: 25000, ... }, speaker: { name: 'OCHA', ... }, ... }]
 */
export function extractClaims(text: string, options?: ExtractOptions): Claim[] {
  const settings = readOptions(text, options);
  if (text.trim() === '') return [];
  const doc = readDocument(text);
  const candidates = findCandidates(doc);
  const periods = assignPeriods(doc, candidates, settings.published);
  const places = assignPlaces(doc, candidates, { gazetteer: settings.gazetteer });
  const speakers = assignSpeakers(doc, candidates, { source: settings.source, organizations: settings.organizations });
  return mergeClaims(candidates, { periods, places, speakers });
}
