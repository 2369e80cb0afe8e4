import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/claims/types.js';
import { mergeClaims } from '../../src/merge/index.js';
import { groupStatements } from '../../src/merge/group-statements.js';
import type { ClaimKind, Modality, Place, Speaker, Span } from '../../src/types.js';

const TEXT = 'Five people were killed in Alpha. Five people were killed in Beta. Five were killed in Alpha, police said.';

function span(start: number, end: number): Span {
  return { start, end, text: TEXT.slice(start, end) };
}

function candidate(at: number, kind: ClaimKind = 'killed', value = 5, modality: Modality = 'asserted', confidence = 0.9): Candidate {
  const mention = span(at, at + 23);
  return {
    kind,
    term: 'killed',
    termSpan: span(at + 17, at + 23),
    count: { value, low: value, high: value, approximate: false, vague: null, text: 'Five' },
    countSpan: span(at, at + 4),
    group: { noun: 'people', persons: true, unit: 'person' },
    groupSpan: null,
    measure: 'flow',
    modality,
    sentence: 0,
    mention,
    rule: 'test',
    confidence,
  };
}

function place(name: string): Place {
  return { text: name, name, role: 'location', key: name.toLowerCase(), id: null, lat: null, lon: null, country: null, admin1: null };
}

const none = (n: number) => ({ periods: Array(n).fill(null), places: Array(n).fill([]), speakers: Array(n).fill(null) });

describe('groupStatements', () => {
  it('groups the same kind, figure and modality into one statement group', () => {
    expect(groupStatements([candidate(0), candidate(34), candidate(67)], [[], [], []])).toEqual([[0, 1, 2]]);
  });

  it('keeps the same figure in two different places apart', () => {
    expect(groupStatements([candidate(0), candidate(34)], [[place('Alpha')], [place('Beta')]])).toEqual([[0], [1]]);
  });

  it('joins a later statement to the group whose place it shares', () => {
    const places = [[place('Alpha')], [place('Beta')], [place('Alpha')]];
    expect(groupStatements([candidate(0), candidate(34), candidate(67)], places)).toEqual([[0, 2], [1]]);
  });

  it('joins a distinctive figure (100 or more) stated with different places: a headline and a lead', () => {
    const candidates = [candidate(0, 'killed', 399), candidate(34, 'killed', 399)];
    expect(groupStatements(candidates, [[place('Bangladesh')], [place('Rakhine')]])).toEqual([[0, 1]]);
  });

  it('takes a place named inside another as the same place', () => {
    expect(groupStatements([candidate(0), candidate(34)], [[place('Rakhine')], [place('western state of Rakhine')]])).toEqual([[0, 1]]);
  });

  it('keeps different kinds, figures and modalities apart', () => {
    const candidates = [candidate(0), candidate(34, 'injured'), candidate(67, 'killed', 6), candidate(0, 'killed', 5, 'negated')];
    expect(groupStatements(candidates, [[], [], [], []])).toEqual([[0], [1], [2], [3]]);
  });
});

describe('mergeClaims', () => {
  it('gives one claim per group with every mention, in text order, without duplicates', () => {
    const claims = mergeClaims([candidate(67), candidate(0), candidate(0)], none(3));
    expect(claims).toHaveLength(1);
    expect(claims[0]?.mentions.map((m) => m.start)).toEqual([0, 67]);
    for (const m of claims[0]?.mentions ?? []) expect(TEXT.slice(m.start, m.end)).toBe(m.text);
  });

  it('raises the confidence of a claim stated several times, within [0, 1]', () => {
    const once = mergeClaims([candidate(0)], none(1))[0]?.confidence ?? 0;
    const thrice = mergeClaims([candidate(0), candidate(34), candidate(67, 'killed', 5, 'asserted', 0.99)], none(3))[0]?.confidence ?? 0;
    expect(thrice).toBeGreaterThan(once);
    expect(thrice).toBeLessThanOrEqual(1);
  });

  it('prefers a named speaker over an outlet that relays', () => {
    const outlet: Speaker = { name: 'State TV', kind: 'outlet', role: null, organization: null, aliases: ['State TV'], via: null };
    const police: Speaker = { name: 'police', kind: 'government', role: null, organization: null, aliases: ['police'], via: null };
    const answers = { ...none(2), speakers: [outlet, police] };
    expect(mergeClaims([candidate(0), candidate(67)], answers)[0]?.speaker?.name).toBe('police');
  });

  it('keeps each place once and the first period found', () => {
    const period = { start: '2023-02-06', end: '2023-02-06', text: 'on Monday', precision: 'day' as const, anchored: true };
    const answers = { periods: [null, period], places: [[place('Alpha')], [place('Alpha')]], speakers: [null, null] };
    const [claim] = mergeClaims([candidate(0), candidate(67)], answers);
    expect(claim?.places.map((p) => p.name)).toEqual(['Alpha']);
    expect(claim?.period).toEqual(period);
  });

  it('returns no claim for no candidate', () => {
    expect(mergeClaims([], none(0))).toEqual([]);
  });
});
