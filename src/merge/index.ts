import type { Candidate } from '../claims/types.js';
import type { Claim, Period, Place, Speaker, Span } from '../types.js';
import { groupStatements } from './group-statements.js';

export interface StageAnswers {
  readonly periods: readonly (Period | null)[];
  readonly places: readonly (readonly Place[])[];
  readonly speakers: readonly (Speaker | null)[];
}

/** One claim per fact: repeated statements merged, every mention kept, the best-informed fields chosen. */
export function mergeClaims(candidates: readonly Candidate[], answers: StageAnswers): Claim[] {
  return groupStatements(candidates, answers.places).map((group) => mergeGroup(candidates, group, answers));
}

function mergeGroup(candidates: readonly Candidate[], group: number[], answers: StageAnswers): Claim {
  const best = bestStatement(candidates, group);
  const lead = candidates[best] as Candidate;
  const mentions = uniqueSpans(group.map((i) => (candidates[i] as Candidate).mention));
  return {
    kind: lead.kind,
    term: lead.term,
    count: lead.count,
    group: lead.group,
    measure: lead.measure,
    modality: lead.modality,
    period: firstPresent(group, answers.periods),
    places: mergePlaces(group.map((i) => answers.places[i] ?? [])),
    speaker: bestSpeaker(group.map((i) => answers.speakers[i] ?? null)),
    mentions,
    // a fact stated several times is more surely a claim
    confidence: Math.min(1, Math.round((lead.confidence + 0.03 * (mentions.length - 1)) * 100) / 100),
  };
}

/** The statement with the highest confidence; the first of equals. */
function bestStatement(candidates: readonly Candidate[], group: number[]): number {
  return group.reduce((best, i) => ((candidates[i]?.confidence ?? 0) > (candidates[best]?.confidence ?? 0) ? i : best), group[0] ?? 0);
}

function firstPresent<T>(group: number[], values: readonly (T | null)[]): T | null {
  for (const i of group) {
    const value = values[i];
    if (value !== null && value !== undefined) return value;
  }
  return null;
}

/** A named speaker over an outlet that only relays; the first of equals. */
function bestSpeaker(speakers: (Speaker | null)[]): Speaker | null {
  return speakers.find((s) => s !== null && s.kind !== 'outlet') ?? speakers.find((s) => s !== null) ?? null;
}

/** Each place once by role and entry (or key), in order; the lists are short, so no keys are built. */
function mergePlaces(lists: (readonly Place[])[]): Place[] {
  const out: Place[] = [];
  for (const list of lists) {
    for (const place of list) {
      const id = place.id ?? place.key;
      if (!out.some((kept) => kept.role === place.role && (kept.id ?? kept.key) === id)) out.push(place);
    }
  }
  return out;
}

function uniqueSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.filter((span, k) => k === 0 || span.start !== sorted[k - 1]?.start || span.end !== sorted[k - 1]?.end);
}
