import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus, readCorpus } from '../../src/corpus/index.js';
import { extractClaims } from '../../src/extract.js';
import { printEvaluation, repoPath } from './project-corpus.js';

const SEEDS = repoPath('../shared/seeds');
if (!existsSync(SEEDS)) throw new Error(`${SEEDS} is missing: the seed articles live beside the repository, in ../shared/seeds`);
const seeds = await readCorpus(SEEDS);

describe('the seed articles (../shared/seeds)', () => {
  it('are sound pairs of article and annotation', () => {
    expect(seeds.problems.map((problem) => `${problem.file}: ${problem.message}`)).toEqual([]);
    expect(seeds.articles.length).toBeGreaterThanOrEqual(2);
  });

  it('are scored: the figures are reported, and some claims are found and right', () => {
    const evaluation = evaluateCorpus(seeds.articles, extractClaims);
    printEvaluation(`../shared/seeds: ${seeds.articles.length} articles`, evaluation);
    expect(evaluation.figures.precision.value).toBeGreaterThan(0);
    expect(evaluation.figures.recall.value).toBeGreaterThan(0);
  });
});
