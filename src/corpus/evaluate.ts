import type { Claim } from '../types.js';
import { addTallies, EMPTY_TALLY, toFigures, type Figures, type Tally } from './figures.js';
import { score, type Score } from './score.js';
import type { CorpusArticle } from './types.js';

/** The extractor under test; `extractClaims` fits. */
export type Extract = (text: string, options: { published?: string; source?: string }) => Claim[];

export interface ArticleResult {
  readonly name: string;
  readonly score: Score;
}

export interface Evaluation {
  readonly articles: readonly ArticleResult[];
  readonly tally: Tally;
  readonly figures: Figures;
}

/** Runs the extractor over each article and scores it; the totals are summed over all claims. */
export function evaluateCorpus(articles: readonly CorpusArticle[], extract: Extract): Evaluation {
  const results = articles.map((article) => {
    const { published, source } = article.annotation;
    const claims = runExtract(extract, article, source === undefined ? { published } : { published, source });
    return { name: article.name, score: score(article.annotation, claims) };
  });
  const tally = results.reduce((sum, result) => addTallies(sum, result.score.tally), EMPTY_TALLY);
  return { articles: results, tally, figures: toFigures(tally) };
}

function runExtract(extract: Extract, article: CorpusArticle, options: Parameters<Extract>[1]): Claim[] {
  try {
    return extract(article.text, options);
  } catch (error) {
    throw new Error(`${article.name}.txt: the extractor failed: ${(error as Error).message}`, { cause: error });
  }
}
