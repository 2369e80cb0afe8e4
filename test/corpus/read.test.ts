import { describe, expect, it } from 'vitest';
import { readAnnotation, readCorpus } from '../../src/corpus/index.js';
import { fixture } from './fixtures.js';

describe('readCorpus', () => {
  it('reads every NAME.txt + NAME.json pair, in name order', async () => {
    const corpus = await readCorpus(fixture('basic'));
    expect(corpus.problems).toEqual([]);
    expect(corpus.articles.map((article) => article.name)).toEqual(['clinic-strike', 'river-flood', 'two-towns']);
    expect(corpus.articles[0]?.text).toMatch(/^An air strike on a clinic/);
  });

  it('gives every period as a list of readings and every claim an optional flag', async () => {
    const [clinic, river] = (await readCorpus(fixture('basic'))).articles;
    expect(clinic?.annotation.claims[0]?.period).toEqual([{ start: '2024-03-03', end: '2024-03-03' }]);
    expect(clinic?.annotation.claims[0]?.optional).toBe(false);
    expect(river?.annotation.claims[1]?.period).toHaveLength(2);
    expect(river?.annotation.claims[2]?.optional).toBe(true);
  });

  it('reports an article without annotation and an annotation without article', async () => {
    const { problems } = await readCorpus(fixture('faulty'));
    expect(problems).toContainEqual({ file: fixture('faulty/orphan.txt'), message: 'no orphan.json beside it: the article is not annotated' });
    expect(problems).toContainEqual({ file: fixture('faulty/lonely.json'), message: 'no lonely.txt beside it: the annotation has no article' });
  });

  it('reports an annotation that is not JSON', async () => {
    const { problems } = await readCorpus(fixture('faulty'));
    const broken = problems.filter((problem) => problem.file === fixture('faulty/broken.json'));
    expect(broken).toHaveLength(1);
    expect(broken[0]?.message).toMatch(/^not valid JSON: /);
  });

  it('names the file and each faulty field of an annotation', async () => {
    const { problems } = await readCorpus(fixture('faulty'));
    const typo = problems.filter((problem) => problem.file === fixture('faulty/typo.json')).map((problem) => problem.message);
    expect(typo).toEqual([
      'published: expected a date YYYY-MM-DD, found "2024-13-01"',
      'claims[0].speakers: unknown field (expected one of kind, count, group, period, places, placesOptional, speaker, optional, note)',
      'claims[0].kind: expected one of displaced, killed, injured, missing, found "fled"',
      'claims[0].period.start: expected a date YYYY-MM-DD, an [earliest, latest] pair or null, found "last week"',
      'claims[1].count: expected a number or one of several, dozens, scores, hundreds, thousands, tens of thousands, hundreds of thousands, millions, found "a few"',
      'claims[1].places: expected an array of strings, found "Raqqa"',
      'claims[1].speaker: expected a non-empty array of names (null for the article\'s own voice), found []',
    ]);
  });

  it('still reads the sound pairs of a folder with faulty ones', async () => {
    const { articles } = await readCorpus(fixture('faulty'));
    expect(articles.map((article) => article.name)).toEqual(['good']);
  });

  it('rejects a folder that does not exist', async () => {
    await expect(readCorpus(fixture('no-such-folder'))).rejects.toThrow(/ENOENT/);
  });
});

describe('readAnnotation', () => {
  it('refuses an [earliest, latest] pair whose earliest comes after its latest', () => {
    const json = { published: '2024-01-01', claims: [{ kind: 'killed', count: 1, period: { start: ['2024-01-05', '2024-01-01'], end: '2024-01-06' } }] };
    expect(() => readAnnotation(json)).toThrow('claims[0].period.start: expected a date YYYY-MM-DD, an [earliest, latest] pair or null, found ["2024-01-05","2024-01-01"]');
  });

  it('refuses a date that is not in the calendar', () => {
    expect(() => readAnnotation({ published: '2023-02-29', claims: [] })).toThrow('published: expected a date YYYY-MM-DD, found "2023-02-29"');
  });

  it('names the index of a faulty reading in a list of periods', () => {
    const json = { published: '2024-01-01', claims: [{ kind: 'killed', count: 1, period: [{ start: '2024-01-01', end: '2024-01-02' }, { start: '2024-01-01', until: '2024-01-02' }] }] };
    expect(() => readAnnotation(json)).toThrow(/claims\[0\]\.period\[1\]\.until: expected only start and end/);
  });
});
