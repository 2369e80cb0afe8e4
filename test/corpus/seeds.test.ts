import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus, FIGURE_NAMES, formatFindings, readCorpus } from '../../src/corpus/index.js';
import { extractClaims } from '../../src/extract.js';
import { printEvaluation, repoPath } from './project-corpus.js';

/**
 * The seed articles are the floor every stage must hold: every required claim found with its
 * kind and count, nothing unlisted reported, and every speaker, period and place right, judged by
 * the corpus scorer exactly as the format's Scoring section says.
 */
const SEEDS = repoPath('../shared/seeds');
if (!existsSync(SEEDS)) throw new Error(`${SEEDS} is missing: the seed articles live beside the repository, in ../shared/seeds`);
const seeds = await readCorpus(SEEDS);
const evaluation = evaluateCorpus(seeds.articles, extractClaims);

describe('the seed articles (../shared/seeds)', () => {
  it('should be sound pairs of article and annotation', () => {
    expect(seeds.problems.map((problem) => `${problem.file}: ${problem.message}`)).toEqual([]);
    expect(seeds.articles.length).toBeGreaterThanOrEqual(2);
  });

  it('should have no missed claim, false claim or wrong speaker, period or place', () => {
    printEvaluation(`../shared/seeds: ${seeds.articles.length} articles`, evaluation);
    expect(formatFindings(evaluation)).toBe('no misses, false claims or wrong fields');
  });

  it.each(FIGURE_NAMES.map((name) => [name]))('should score 1 on %s', (name) => {
    const figure = evaluation.figures[name];
    expect(figure.of, `${name} judges something`).toBeGreaterThan(0);
    expect(figure.value).toBe(1);
  });
});
