import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateCorpus, FIGURE_NAMES, readCorpus, type Evaluation } from '../../src/corpus/index.js';
import { extractClaims } from '../../src/extract.js';
import { printEvaluation, readFloorFile, repoPath } from './project-corpus.js';

const MIN_ARTICLES = 40;
const floors = readFloorFile();
const corpus = await readCorpus(repoPath('corpus'));

describe('the project corpus (corpus/)', () => {
  let evaluation: Evaluation;
  beforeAll(() => {
    evaluation = evaluateCorpus(corpus.articles, extractClaims);
    printEvaluation(`corpus/: ${corpus.articles.length} articles`, evaluation);
  });

  it('has no article without annotation, no annotation without article, no faulty annotation', () => {
    expect(corpus.problems.map((problem) => `${problem.file}: ${problem.message}`)).toEqual([]);
  });

  it(`holds at least ${MIN_ARTICLES} annotated articles`, () => {
    expect(corpus.articles.length, `corpus/ has ${corpus.articles.length} NAME.txt + NAME.json pairs`).toBeGreaterThanOrEqual(MIN_ARTICLES);
  });

  it('has a floor in corpus/floor.json for every figure', () => {
    expect(Object.keys(floors).sort()).toEqual([...FIGURE_NAMES].sort());
  });

  it.each(FIGURE_NAMES.filter((figure) => floors[figure] !== undefined))('holds %s at or above its floor', (figure) => {
    const floor = floors[figure]!;
    const { value, hits, of } = evaluation.figures[figure];
    const measured = `${figure} is ${value === null ? 'not measured' : value.toFixed(3)} (${hits} of ${of}); its floor is ${floor}; CORPUS_VERBOSE=1 lists every miss`;
    if (value === null) expect(floor, measured).toBe(0);
    else expect(value + 1e-9, measured).toBeGreaterThanOrEqual(floor);
  });
});
