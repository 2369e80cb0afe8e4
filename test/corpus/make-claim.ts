import type { Claim, ClaimKind, Place, Speaker, VagueMagnitude } from '../../src/types.js';

export interface ClaimSketch {
  readonly kind: ClaimKind;
  readonly value: number;
  readonly vague?: VagueMagnitude;
  readonly speaker?: string | Partial<Speaker> | null;
  /** [start, end], or null for no period. */
  readonly period?: readonly [string | null, string | null] | null;
  readonly places?: readonly string[];
}

/** A hand-made extracted claim: only the fields the scorer reads are meant to matter. */
export function makeClaim(sketch: ClaimSketch): Claim {
  const text = sketch.vague ?? String(sketch.value);
  return {
    kind: sketch.kind,
    term: sketch.kind,
    count: { value: sketch.value, low: sketch.value, high: null, approximate: false, vague: sketch.vague ?? null, text },
    group: { noun: 'people', persons: true, unit: 'person' },
    measure: 'flow',
    modality: 'asserted',
    period: sketch.period ? { start: sketch.period[0], end: sketch.period[1], text: 'then', precision: 'day', anchored: true } : null,
    places: (sketch.places ?? []).map(makePlace),
    speaker: makeSpeaker(sketch.speaker ?? null),
    mentions: [{ start: 0, end: text.length, text: `${text} ${sketch.kind}` }],
    confidence: 1,
  };
}

function makePlace(text: string): Place {
  return { text, name: text.replace(/^the /i, ''), role: 'location', key: text.toLowerCase(), id: null, lat: null, lon: null, country: null, admin1: null };
}

function makeSpeaker(speaker: string | Partial<Speaker> | null): Speaker | null {
  if (speaker === null) return null;
  const given = typeof speaker === 'string' ? { name: speaker } : speaker;
  return { name: 'someone', kind: 'organization', role: null, organization: null, aliases: [], via: null, ...given };
}
