// npm run bench [-- --runs N] [--warmup N] [--json] [--dist DIR]: claimtally against the wink-nlp
// floor on ~1 MB of news text. Writes bench/results.json and prints a table (the JSON with --json).
// --dist benchmarks another build of the package (default dist/), to compare a change.
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { bundle } from './bundle.mjs';
import { loadArticles, MB, repeatTo, ROOT } from './corpus.mjs';
import { median, round, runFresh, timeInterleaved, timeMedian, timeMedianAsync } from './measure.mjs';
import { formatReport } from './report.mjs';

const { values: flags } = parseArgs({ options: { runs: { type: 'string', default: '11' }, warmup: { type: 'string', default: '10' }, json: { type: 'boolean', default: false }, dist: { type: 'string', default: 'dist' } } });
const RUNS = Math.max(1, Number(flags.runs) || 11);
// V8 is still compiling claimtally's code after one pass over the batch (passes 2-4 ran ~40%
// slower than pass 10 on): the figures are taken once its JIT has settled, as in a long-running
// service; the warm-up times are written to the JSON, to show where it settled
const WARMUP = Math.max(1, Number(flags.warmup) || 10);
const TARGETS = { ratio: 3, coldStartMs: 500, memoryMB: 300 };
const log = (text) => process.stderr.write(`bench: ${text}\n`);
// other work on the machine skews every figure: the load is recorded beside them
const loadBefore = loadavg()[0];
const DIST = resolve(ROOT, flags.dist);

const { closeWorkers, extractClaims, extractMany } = await import(pathToFileURL(join(DIST, 'index.js')).href);
const corpus = loadArticles();
const first = corpus.articles[0];
if (corpus.note) log(corpus.note);
const batch = repeatTo(corpus.articles, MB);
const perRun = (ms) => ({ ms: round(ms), charsPerSecond: Math.round(batch.chars / (ms / 1000)), articlesPerSecond: Math.round(batch.articles.length / (ms / 1000)) });

const extractAll = (articles) => () => {
  for (const { text, options } of articles) extractClaims(text, options);
};

log(`claimtally and the floor (wink-nlp tokens and sentences) over ${batch.articles.length} articles, ${batch.chars} characters: ${WARMUP} warm-up passes each, then ${RUNS} runs in alternation...`);
// the floor's own wink instance is made after claimtally's first call, so that the library's is
// the process's first (wink binds custom entities to the first); the same pipe as src/document/wink.ts
let nlp = null;
const timed = timeInterleaved({
  claimtally: extractAll(batch.articles),
  floor: () => {
    nlp ??= winkNLP(model, ['sbd']);
    for (const { text } of batch.articles) {
      const doc = nlp.readDoc(text);
      doc.tokens().out();
      doc.sentences().out();
    }
  },
}, { runs: RUNS, warmup: WARMUP });
const { claimtally, floor } = timed;

log('linear growth: 0.25, 0.5, 1 and 2 MB...');
const growth = [0.25, 0.5, 1, 2].map((size) => {
  const part = repeatTo(corpus.articles, size * MB);
  const { ms } = size === 1 ? claimtally : timeMedian(extractAll(part.articles), { runs: Math.min(RUNS, 3), warmup: 0 });
  return { mb: size, chars: part.chars, ms: round(ms), msPerMB: round(ms / (part.chars / MB)) };
});

const cores = availableParallelism();
log(`extractMany on 1..${cores} threads...`);
const tasks = batch.articles.map(({ text, options }) => ({ text, options }));
const jobCounts = [...new Set([1, 2, 4, 8, 16, 32, 64].filter((n) => n < cores).concat(cores))];
const workers = [];
for (const jobs of jobCounts) {
  const runs = { runs: Math.min(RUNS, 3), warmup: 1 };
  if (jobs === 1) {
    // in this thread: no pool, so no cold figure of its own
    const { ms } = await timeMedianAsync(() => extractMany(tasks, { jobs }), runs);
    workers.push({ jobs, coldMs: round(ms), warmMs: round(ms) });
    continue;
  }
  // cold: a fresh pool each run, thread start-up included; warm: the same pool, after a batch
  const cold = await timeMedianAsync(async () => {
    await closeWorkers?.();
    await extractMany(tasks, { jobs });
  }, { ...runs, warmup: 0 });
  const warm = await timeMedianAsync(() => extractMany(tasks, { jobs }), runs);
  workers.push({ jobs, coldMs: round(cold.ms), warmMs: round(warm.ms) });
}
await closeWorkers?.();
for (const row of workers) {
  row.coldSpeedUp = round(workers[0].warmMs / row.coldMs, 2);
  row.warmSpeedUp = round(workers[0].warmMs / row.warmMs, 2);
}
// what starting the threads costs: each loads the package and its models, as a cold start does
const tiny = Array.from({ length: cores }, () => ({ text: first.text, options: first.options }));
const threadStartMs = cores > 1 ? round((await timeMedianAsync(async () => {
  await closeWorkers?.();
  await extractMany(tiny, { jobs: cores });
}, { runs: 3, warmup: 0 })).ms) : null;
await closeWorkers?.();
const keptPool = typeof closeWorkers === 'function';

log('cold start, memory, gazetteer and stages in fresh processes...');
const firstFile = join(ROOT, corpus.source, first.name);
const colds = Array.from({ length: RUNS }, () => runFresh([join(ROOT, 'bench/cold.mjs'), DIST, firstFile, JSON.stringify(first.options)], { cwd: ROOT }));
const coldStart = {
  importMs: round(median(colds.map((c) => c.importMs))),
  firstCallMs: round(median(colds.map((c) => c.firstCallMs))),
  totalMs: round(median(colds.map((c) => c.importMs + c.firstCallMs))),
  processWallMs: round(median(colds.map((c) => c.wallMs))),
  article: `${corpus.source}${first.name}`,
};
const memory = runFresh([join(ROOT, 'bench/memory.mjs'), DIST, String(MB)], { cwd: ROOT });
const threadedMemory = cores > 1 ? runFresh([join(ROOT, 'bench/memory.mjs'), DIST, String(MB), String(cores)], { cwd: ROOT }) : null;
const gazetteer = measureGazetteer();
const stagesScript = await bundle('stages.ts');
const stages = runFresh([stagesScript, 'warm', String(MB), String(Math.min(RUNS, 3)), String(WARMUP)], { cwd: ROOT });
const coldStages = Array.from({ length: 3 }, () => runFresh([stagesScript, 'cold'], { cwd: ROOT }).stages);
coldStart.stages = coldStages[0].map(({ name }, i) => ({ name, ms: round(median(coldStages.map((run) => run[i].ms))) }));
if (!stages.inStep) log('WARNING: bench/stages.ts no longer gives what extractClaims gives: bring it in step with src/extract.ts');

function measureGazetteer() {
  const samples = Array.from({ length: 3 }, () => runFresh(['--import', 'tsx', join(ROOT, 'bench/gazetteer.ts')], { cwd: ROOT }));
  if (!samples[0].missing) {
    return { method: 'builtInGazetteer() of src/places, first call in a fresh process', loadMs: round(median(samples.map((s) => s.loadMs))), firstLookupMs: round(median(samples.map((s) => s.firstLookupMs)), 3) };
  }
  const touches = Array.from({ length: 3 }, () => runFresh([join(ROOT, 'bench/places-touch.mjs'), DIST], { cwd: ROOT }));
  return { method: `${samples[0].missing}: first call naming a place minus a later one`, loadMs: round(median(touches.map((t) => t.loadMs))), firstLookupMs: null };
}

const ratio = claimtally.ms / floor.ms;
// each run of claimtally against the floor's run beside it: the spread shows how noisy the machine was
const pairRatios = claimtally.runs.map((ms, i) => ms / floor.runs[i]).sort((a, b) => a - b);
const results = {
  date: new Date().toISOString(),
  machine: { cores, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, platform: `${process.platform}-${process.arch}`, loadAverage: { before: round(loadBefore, 2), after: round(loadavg()[0], 2) } },
  corpus: { source: corpus.source, note: corpus.note, distinctArticles: corpus.articles.length, articles: batch.articles.length, chars: batch.chars },
  runs: RUNS,
  warmup: { passes: WARMUP, claimtallyMs: claimtally.warmup.map((ms) => round(ms)), floorMs: floor.warmup.map((ms) => round(ms)), what: 'untimed passes before the runs, each measure its own, claimtally first; the runs then alternate claimtally and the floor' },
  dist: DIST,
  floor: { ...perRun(floor.ms), runsMs: floor.runs.map((ms) => round(ms)), what: "wink-nlp readDoc + tokens().out() + sentences().out(), article by article; its own instance with pipe ['sbd'], as src/document/wink.ts" },
  claimtally: { ...perRun(claimtally.ms), runsMs: claimtally.runs.map((ms) => round(ms)) },
  ratio: round(ratio, 2),
  ratioByRun: { min: round(pairRatios[0], 2), median: round(median(pairRatios), 2), max: round(pairRatios[pairRatios.length - 1], 2), what: 'each claimtally run over the floor run made just after it' },
  memory: { maxRssMB: round(memory.maxRssMB), peakHeapMB: round(memory.peakHeapMB), nodeBaseRssMB: round(memory.baseRssMB), what: 'a fresh process: import + one pass over the 1 MB batch', withAllThreads: threadedMemory && { jobs: cores, maxRssMB: round(threadedMemory.maxRssMB) } },
  coldStart,
  gazetteer,
  stages: { ...stages, costliest: [...stages.stages].sort((a, b) => b.ms - a.ms).slice(0, 3).map((s) => s.name) },
  growth,
  workers: { rows: workers, threadStartMs, keptPool, what: 'speed-ups against jobs 1 (in this thread, warm); cold: a fresh pool, thread start-up included; warm: a second call on the same pool' },
  targets: {
    ratio: { target: TARGETS.ratio, value: round(ratio, 2), met: ratio <= TARGETS.ratio, factor: round(ratio / TARGETS.ratio, 2) },
    coldStartMs: { target: TARGETS.coldStartMs, value: coldStart.totalMs, met: coldStart.totalMs < TARGETS.coldStartMs, factor: round(coldStart.totalMs / TARGETS.coldStartMs, 2) },
    memoryMB: { target: TARGETS.memoryMB, value: round(memory.maxRssMB), met: memory.maxRssMB < TARGETS.memoryMB, factor: round(memory.maxRssMB / TARGETS.memoryMB, 2) },
  },
};

writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
if (flags.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
else process.stdout.write(`${formatReport(results)}\nwritten to bench/results.json\n`);
