import { describe, expect, it } from 'vitest';
import { readAnnotation, score, type Annotation } from '../../src/corpus/index.js';
import { basicAnnotation } from './fixtures.js';
import { makeClaim, type ClaimSketch } from './make-claim.js';

const killed12 = (change: Partial<ClaimSketch>) =>
  makeClaim({ kind: 'killed', value: 12, speaker: 'health ministry', period: ['2024-03-03', '2024-03-03'], places: ["Ma'arat al-Nu'man"], ...change });

describe('score: speaker', () => {
  it('counts a speaker the annotation does not accept as wrong', async () => {
    const { figures, findings } = score(await basicAnnotation('clinic-strike'), [killed12({ speaker: 'White Helmets' })]);
    expect(figures.speaker).toEqual({ value: 0, hits: 0, of: 1 });
    expect(findings).toContainEqual({ type: 'wrong speaker', claim: 'killed 12 (claims[0])', expected: 'health ministry | Ministry of Health', found: 'White Helmets' });
  });

  it.each([
    ['its name, in other case and with "the"', { name: 'The Health Ministry' }],
    ['an alias', { name: 'Dr Ahmad', aliases: ['Ahmad', 'MINISTRY OF HEALTH'] }],
    ['its organisation', { name: 'Dr Ahmad', organization: 'the Ministry of Health' }],
    ['the outlet it told', { name: 'a doctor', via: 'health ministry' }],
  ])('accepts a speaker by %s', async (_, speaker) => {
    const { figures } = score(await basicAnnotation('clinic-strike'), [killed12({ speaker })]);
    expect(figures.speaker.value).toBe(1);
  });

  it('folds the dots of an abbreviation ("U.N." is "UN")', () => {
    const annotation = readAnnotation({ published: '2024-01-01', claims: [{ kind: 'displaced', count: 900, speaker: ['UN'] }] });
    expect(score(annotation, [makeClaim({ kind: 'displaced', value: 900, speaker: 'the U.N.' })]).figures.speaker.value).toBe(1);
  });

  it('counts no speaker as wrong when the annotation names one', async () => {
    const { figures } = score(await basicAnnotation('clinic-strike'), [killed12({ speaker: null })]);
    expect(figures.speaker.value).toBe(0);
  });

  describe('with null in the list (the article\'s own voice)', () => {
    const killed15 = (speaker: ClaimSketch['speaker']) => makeClaim({ kind: 'killed', value: 15, speaker });

    it('accepts no speaker', async () => {
      expect(score(await basicAnnotation('river-flood'), [killed15(null)]).figures.speaker.value).toBe(1);
    });

    it('accepts the article\'s outlet as the speaker', async () => {
      expect(score(await basicAnnotation('river-flood'), [killed15('Delta Herald')]).figures.speaker.value).toBe(1);
    });

    it('refuses another speaker', async () => {
      expect(score(await basicAnnotation('river-flood'), [killed15('Riverside Relief')]).figures.speaker.value).toBe(0);
    });
  });

  it('does not judge a speaker the annotation leaves out', () => {
    const annotation = readAnnotation({ published: '2024-01-01', claims: [{ kind: 'killed', count: 4 }] });
    expect(score(annotation, [makeClaim({ kind: 'killed', value: 4, speaker: 'anyone' })]).figures.speaker).toEqual({ value: null, hits: 0, of: 0 });
  });
});

describe('score: period', () => {
  const periodOf = async (period: ClaimSketch['period']) => score(await basicAnnotation('clinic-strike'), [killed12({ period })]).figures.period.value;

  it('accepts a period one day off', async () => {
    expect(await periodOf(['2024-03-04', '2024-03-04'])).toBe(1);
    expect(await periodOf(['2024-03-02', '2024-03-03'])).toBe(1);
  });

  it('refuses a period two days off', async () => {
    expect(await periodOf(['2024-03-05', '2024-03-05'])).toBe(0);
    expect(await periodOf(['2024-03-01', '2024-03-03'])).toBe(0);
  });

  it('refuses no period when the annotation gives one', async () => {
    expect(await periodOf(null)).toBe(0);
  });

  it('reads an [earliest, latest] bound as a range, a day of slack either side', async () => {
    const annotation = await basicAnnotation('river-flood');
    const endingOn = (end: string) => score(annotation, [makeClaim({ kind: 'displaced', value: 4000, period: ['2024-05-06', end] })]).figures.period.value;
    expect([endingOn('2024-05-07'), endingOn('2024-05-08'), endingOn('2024-05-11'), endingOn('2024-05-12')]).toEqual([0, 1, 1, 0]);
  });

  it('accepts any of several readings, an open end included', async () => {
    const annotation = await basicAnnotation('river-flood');
    const reading = (start: string, end: string | null) => score(annotation, [makeClaim({ kind: 'killed', value: 15, period: [start, end] })]).figures.period.value;
    expect(reading('2024-05-01', '2024-05-10')).toBe(1);
    expect(reading('2024-05-20', null)).toBe(1);
    expect(reading('2024-05-20', '2024-05-10')).toBe(0);
  });

  it('with period null, accepts only a claim without a period', () => {
    const annotation = readAnnotation({ published: '2024-01-01', claims: [{ kind: 'killed', count: 4, period: null }] });
    const withPeriod = makeClaim({ kind: 'killed', value: 4, period: ['2023-12-31', '2023-12-31'] });
    expect(score(annotation, [makeClaim({ kind: 'killed', value: 4 })]).figures.period.value).toBe(1);
    expect(score(annotation, [withPeriod]).figures.period.value).toBe(0);
  });

  it('does not judge a period the annotation leaves out', async () => {
    const injured = makeClaim({ kind: 'injured', value: 24, vague: 'dozens', period: ['2020-01-01', '2020-01-01'] });
    expect(score(await basicAnnotation('clinic-strike'), [injured]).figures.period.of).toBe(0);
  });
});

describe('score: places', () => {
  const places = async (found: string[], name = 'clinic-strike') => {
    const annotation: Annotation = await basicAnnotation(name);
    const claim = name === 'clinic-strike' ? killed12({ places: found }) : makeClaim({ kind: 'displaced', value: 4000, places: found });
    const { figures, findings } = score(annotation, [claim]);
    const placeFindings = findings.filter((finding) => finding.type.endsWith('place'));
    return { recall: figures.placeRecall.value, precision: figures.placePrecision.value, findings: placeFindings };
  };

  it.each([
    ['without apostrophes', 'Maarat al-Numan'],
    ['with curly apostrophes', 'Ma’arat al-Nu’man'],
    ['with accents and no hyphens', 'Maʿarat al Nuʿmān'],
  ])('finds a place spelled %s', async (_, text) => {
    expect(await places([text])).toMatchObject({ recall: 1, precision: 1 });
  });

  it('finds a place whose surface form contains the listed one, or the reverse', async () => {
    expect(await places(['southern Lower Darra'], 'river-flood')).toMatchObject({ recall: 1, precision: 1 });
    expect(await places(['Darra'], 'river-flood')).toMatchObject({ recall: 1, precision: 1 });
  });

  it('misses a place spelled with other letters, and counts it false', async () => {
    const { recall, precision, findings } = await places(['Maarrat an-Numan']);
    expect([recall, precision]).toEqual([0, 0]);
    expect(findings).toEqual([
      { type: 'missed place', claim: 'killed 12 (claims[0])', expected: "Ma'arat al-Nu'man" },
      { type: 'false place', claim: 'killed 12 (claims[0])', found: 'Maarrat an-Numan' },
    ]);
  });

  it('does not hold part of a word for a place ("Darr" in "Lower Darra")', async () => {
    expect(await places(['Darr'], 'river-flood')).toMatchObject({ recall: 0, precision: 0 });
  });

  it('counts an optional place neither as a miss nor as a false place', async () => {
    expect(await places(['Lower Darra', 'the river'], 'river-flood')).toMatchObject({ recall: 1, precision: 1 });
    expect(await places(['Lower Darra', 'Eastport'], 'river-flood')).toMatchObject({ recall: 1, precision: 0.5 });
  });

  it('counts any place on a claim listed with no places as false', async () => {
    const annotation = await basicAnnotation('river-flood');
    const { figures } = score(annotation, [makeClaim({ kind: 'killed', value: 15, places: ['Lower Darra'] })]);
    expect(figures.placePrecision).toEqual({ value: 0, hits: 0, of: 1 });
    expect(figures.placeRecall).toEqual({ value: null, hits: 0, of: 0 });
  });
});
