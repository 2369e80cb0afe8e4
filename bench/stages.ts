// Time per pipeline stage: the stages of src/extract.ts re-run here in the same order, each timed
// over the whole batch. run.mjs bundles this file as tsup bundles the package (bundle.mjs) and
// runs the bundle; `node --import tsx bench/stages.ts` also works, slower (tsx wraps every
// function). Keep the calls below in step with extractClaims; the check at the end says when
// they are not.
// `stages.ts warm SIZE RUNS WARMUP` prints { stages: [{ name, ms }], inStep, runs }: the median of
// RUNS passes over SIZE characters, after WARMUP untimed ones (default 1). `stages.ts cold` prints
// { stages }: the first call on the first article, in this fresh process (the libraries and data
// each stage loads on first use).
import { findCandidates } from '../src/claims/index.js';
import { assignPeriods } from '../src/dates/index.js';
import { readDocument } from '../src/document/index.js';
import { extractClaims } from '../src/extract.js';
import { mergeClaims } from '../src/merge/index.js';
import { readOptions } from '../src/options.js';
import { assignPlaces } from '../src/places/index.js';
import { assignSpeakers } from '../src/speakers/index.js';
import type { ExtractOptions } from '../src/types.js';
import { loadArticles, repeatTo } from './corpus.mjs';
import { median } from './measure.mjs';

const STAGES = ['readOptions', 'readDocument', 'findCandidates', 'assignPeriods', 'assignPlaces', 'assignSpeakers', 'mergeClaims'] as const;
type Stage = (typeof STAGES)[number];

interface Article {
  readonly text: string;
  readonly options: ExtractOptions;
}

/** One pass over the batch: the ms spent in each stage. */
function pass(articles: readonly Article[]): Record<Stage, number> {
  const spent = Object.fromEntries(STAGES.map((name) => [name, 0])) as Record<Stage, number>;
  let clock = 0;
  const lap = (name: Stage): void => {
    const now = performance.now();
    spent[name] += now - clock;
    clock = now;
  };
  for (const { text, options } of articles) {
    clock = performance.now();
    const settings = readOptions(text, options);
    lap('readOptions');
    if (text.trim() === '') continue;
    const doc = readDocument(text);
    lap('readDocument');
    const candidates = findCandidates(doc);
    lap('findCandidates');
    const periods = assignPeriods(doc, candidates, settings.published);
    lap('assignPeriods');
    const places = assignPlaces(doc, candidates, { gazetteer: settings.gazetteer });
    lap('assignPlaces');
    const speakers = assignSpeakers(doc, candidates, { source: settings.source, organizations: settings.organizations });
    lap('assignSpeakers');
    mergeClaims(candidates, { periods, places, speakers });
    lap('mergeClaims');
  }
  return spent;
}

/** Whether these calls give what extractClaims gives, article by article. */
function inStep(articles: readonly Article[]): boolean {
  return articles.every(({ text, options }) => {
    const settings = readOptions(text, options);
    if (text.trim() === '') return true;
    const doc = readDocument(text);
    const candidates = findCandidates(doc);
    const answers = {
      periods: assignPeriods(doc, candidates, settings.published),
      places: assignPlaces(doc, candidates, { gazetteer: settings.gazetteer }),
      speakers: assignSpeakers(doc, candidates, { source: settings.source, organizations: settings.organizations }),
    };
    return JSON.stringify(mergeClaims(candidates, answers)) === JSON.stringify(extractClaims(text, options));
  });
}

const [mode = 'warm', size = '1000000', runs = '5', warmup = '1'] = process.argv.slice(2);
const { articles: distinct } = loadArticles();
if (mode === 'cold') {
  const spent = pass(distinct.slice(0, 1));
  console.log(JSON.stringify({ stages: STAGES.map((name) => ({ name, ms: spent[name] })) }));
} else {
  const { articles } = repeatTo(distinct, Number(size));
  for (let i = 0; i < Number(warmup); i++) pass(articles);
  const passes = Array.from({ length: Number(runs) }, () => pass(articles));
  const stages = STAGES.map((name) => ({ name, ms: median(passes.map((spent) => spent[name])) }));
  console.log(JSON.stringify({ stages, inStep: inStep(distinct), runs: Number(runs) }));
}
