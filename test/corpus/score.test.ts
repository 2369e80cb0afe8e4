import { describe, expect, it } from 'vitest';
import { readAnnotation, score } from '../../src/corpus/index.js';
import { basicAnnotation } from './fixtures.js';
import { makeClaim } from './make-claim.js';

const clinicKilled = makeClaim({ kind: 'killed', value: 12, speaker: 'health ministry', period: ['2024-03-03', '2024-03-03'], places: ["Ma'arat al-Nu'man"] });
const clinicInjured = makeClaim({ kind: 'injured', value: 24, vague: 'dozens', speaker: 'Rescuers' });

describe('score: claims', () => {
  it('gives every figure 1 when the extractor finds exactly what is listed', async () => {
    const { figures, findings } = score(await basicAnnotation('clinic-strike'), [clinicKilled, clinicInjured]);
    expect(figures.precision).toEqual({ value: 1, hits: 2, of: 2 });
    expect(figures.recall).toEqual({ value: 1, hits: 2, of: 2 });
    expect(figures.f1.value).toBe(1);
    expect(figures.speaker).toEqual({ value: 1, hits: 2, of: 2 });
    expect(figures.period).toEqual({ value: 1, hits: 1, of: 1 });
    expect(figures.placeRecall).toEqual({ value: 1, hits: 1, of: 1 });
    expect(findings).toEqual([]);
  });

  it('counts a listed claim nobody found as a miss: recall 1 of 2, precision 1 of 1', async () => {
    const { figures, findings } = score(await basicAnnotation('clinic-strike'), [clinicKilled]);
    expect(figures.recall).toEqual({ value: 0.5, hits: 1, of: 2 });
    expect(figures.precision).toEqual({ value: 1, hits: 1, of: 1 });
    expect(figures.f1.value).toBeCloseTo(2 / 3);
    expect(findings).toEqual([{ type: 'missed claim', claim: 'injured dozens (claims[1])' }]);
  });

  it('counts a claim that is not listed as a false claim: precision 2 of 3', async () => {
    const extra = makeClaim({ kind: 'killed', value: 3 });
    const { figures, findings } = score(await basicAnnotation('clinic-strike'), [clinicKilled, clinicInjured, extra]);
    expect(figures.precision).toEqual({ value: 2 / 3, hits: 2, of: 3 });
    expect(figures.recall.value).toBe(1);
    expect(findings).toEqual([{ type: 'false claim', claim: 'killed 3 "3 killed"' }]);
  });

  it('does not match a claim of another kind or another count', async () => {
    const wrongKind = makeClaim({ kind: 'injured', value: 12 });
    const wrongCount = makeClaim({ kind: 'killed', value: 13 });
    const { figures } = score(await basicAnnotation('clinic-strike'), [wrongKind, wrongCount]);
    expect(figures.precision.value).toBe(0);
    expect(figures.recall.value).toBe(0);
    expect(figures.f1.value).toBe(0);
  });

  it('matches a vague magnitude by the magnitude, not by its value', async () => {
    const annotation = await basicAnnotation('clinic-strike');
    const asNumber = makeClaim({ kind: 'injured', value: 24 });
    const otherMagnitude = makeClaim({ kind: 'injured', value: 200, vague: 'hundreds' });
    expect(score(annotation, [clinicInjured]).figures.recall.hits).toBe(1);
    expect(score(annotation, [asNumber]).figures.recall.hits).toBe(0);
    expect(score(annotation, [otherMagnitude]).figures.recall.hits).toBe(0);
  });

  it('matches a figure that arrives with float noise ("4.6 million")', () => {
    const annotation = readAnnotation({ published: '2024-01-01', claims: [{ kind: 'displaced', count: 4600000 }] });
    const claim = makeClaim({ kind: 'displaced', value: 4.6 * 1_000_000 });
    expect(score(annotation, [claim]).figures.recall.hits).toBe(1);
  });
});

describe('score: optional and repeated claims', () => {
  const displaced = makeClaim({ kind: 'displaced', value: 4000, speaker: 'Riverside Relief', period: ['2024-05-06', '2024-05-10'], places: ['Lower Darra'] });
  const killed = makeClaim({ kind: 'killed', value: 15, period: ['2024-05-01', '2024-05-10'] });
  const projected = makeClaim({ kind: 'displaced', value: 10000, speaker: 'nobody at all', places: ['Nowhere'] });

  it('neither rewards nor penalises finding an optional claim, or its fields', async () => {
    const annotation = await basicAnnotation('river-flood');
    const without = score(annotation, [displaced, killed]);
    const withIt = score(annotation, [displaced, killed, projected]);
    expect(withIt.figures).toEqual(without.figures);
    expect(withIt.tally.matchedOptional).toBe(1);
    expect(withIt.findings).toEqual([]);
  });

  it('does not count a missing optional claim as a miss', async () => {
    const { figures } = score(await basicAnnotation('river-flood'), [displaced, killed]);
    expect(figures.recall).toEqual({ value: 1, hits: 2, of: 2 });
  });

  it('pairs two listed claims of the same kind and count by the fields that agree', async () => {
    const saraqib = makeClaim({ kind: 'killed', value: 2, period: ['2024-02-06', '2024-02-06'], places: ['Saraqib'] });
    const kafrNabl = makeClaim({ kind: 'killed', value: 2, period: ['2024-02-05', '2024-02-05'], places: ['Kafr Nabl'] });
    const { figures, matches } = score(await basicAnnotation('two-towns'), [saraqib, kafrNabl]);
    expect(matches).toEqual([{ listed: 0, extracted: 1 }, { listed: 1, extracted: 0 }]);
    expect(figures.period).toEqual({ value: 1, hits: 2, of: 2 });
    expect(figures.placeRecall).toEqual({ value: 1, hits: 2, of: 2 });
  });

  it('matches each listed claim at most once: a third "two killed" is a false claim', async () => {
    const two = makeClaim({ kind: 'killed', value: 2 });
    const { figures } = score(await basicAnnotation('two-towns'), [two, two, two]);
    expect(figures.recall).toEqual({ value: 1, hits: 2, of: 2 });
    expect(figures.precision).toEqual({ value: 2 / 3, hits: 2, of: 3 });
  });

  it('gives a lone "two killed" to the listed claim whose place and date it has', async () => {
    const saraqib = makeClaim({ kind: 'killed', value: 2, period: ['2024-02-06', '2024-02-06'], places: ['Saraqib'] });
    const { matches, findings } = score(await basicAnnotation('two-towns'), [saraqib]);
    expect(matches).toEqual([{ listed: 1, extracted: 0 }]);
    expect(findings).toEqual([{ type: 'missed claim', claim: 'killed 2 (claims[0])' }]);
  });

  it('gives a claim to a required listed claim before an optional one with the same figure', () => {
    const annotation = readAnnotation({
      published: '2024-01-01',
      claims: [
        { kind: 'killed', count: 'hundreds', optional: true, speaker: ['army'] },
        { kind: 'killed', count: 'hundreds', speaker: ['monitor'] },
      ],
    });
    const { figures, matches } = score(annotation, [makeClaim({ kind: 'killed', value: 200, vague: 'hundreds', speaker: 'army' })]);
    expect(matches).toEqual([{ listed: 1, extracted: 0 }]);
    expect(figures.recall.value).toBe(1);
    expect(figures.speaker.value).toBe(0);
  });
});
