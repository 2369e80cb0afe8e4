// The benchmark's results as a readable table.
const n = (value) => (value === null || value === undefined ? '-' : Number(value).toLocaleString('en-US'));

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => String(row[c]).length)));
  return rows.map((row) => row.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  ').trimEnd()).join('\n');
}

const mark = (target) => (target.met ? 'ok' : `MISSED (${target.factor}x the target)`);

export function formatReport(r) {
  const { corpus, machine } = r;
  const total = r.stages.stages.reduce((sum, s) => sum + s.ms, 0);
  return [
    `claimtally benchmark: ${corpus.articles} articles (${corpus.distinctArticles} distinct, from ${corpus.source}), ${n(corpus.chars)} characters; median of ${r.runs} runs, after ${r.warmup.passes} warm-up passes`,
    `${machine.cpu}, ${machine.cores} cores, node ${machine.node}; load average ${machine.loadAverage.before} before, ${machine.loadAverage.after} after${machine.loadAverage.before > machine.cores / 2 ? ' (a busy machine: the figures are skewed)' : ''}`,
    ...(corpus.note ? [`note: ${corpus.note}`] : []),
    '',
    table([
      ['', 'ms', 'chars/s', 'articles/s'],
      ['wink-nlp floor', n(r.floor.ms), n(r.floor.charsPerSecond), n(r.floor.articlesPerSecond)],
      ['claimtally extractClaims', n(r.claimtally.ms), n(r.claimtally.charsPerSecond), n(r.claimtally.articlesPerSecond)],
    ]),
    '',
    table([
      ['target', 'value', 'goal', ''],
      ['claimtally / floor', `${r.ratio}x`, `<= ${r.targets.ratio.target}x`, mark(r.targets.ratio)],
      ['cold start (import + first call)', `${n(r.coldStart.totalMs)} ms`, `< ${r.targets.coldStartMs.target} ms`, mark(r.targets.coldStartMs)],
      ['peak memory, 1 MB run (RSS)', `${n(r.memory.maxRssMB)} MB`, `< ${r.targets.memoryMB.target} MB`, mark(r.targets.memoryMB)],
    ]),
    `claimtally / floor run by run (each beside the floor run after it): ${r.ratioByRun.min}x to ${r.ratioByRun.max}x, median ${r.ratioByRun.median}x`,
    `cold start: import ${n(r.coldStart.importMs)} ms + first call ${n(r.coldStart.firstCallMs)} ms; the whole fresh process ${n(r.coldStart.processWallMs)} ms`,
    `  the first call by stage (bench/stages.ts, bundled as the package is): ${r.coldStart.stages.map((s) => `${s.name} ${n(s.ms)}`).join(', ')} ms`,
    `memory: peak heap ${n(r.memory.peakHeapMB)} MB; a bare node process ${n(r.memory.nodeBaseRssMB)} MB RSS${r.memory.withAllThreads ? `; extractMany on ${r.memory.withAllThreads.jobs} threads ${n(r.memory.withAllThreads.maxRssMB)} MB RSS` : ''}`,
    `gazetteer load: ${n(r.gazetteer.loadMs)} ms${r.gazetteer.firstLookupMs !== null ? `, first look-up ${n(r.gazetteer.firstLookupMs)} ms` : ''} (${r.gazetteer.method})`,
    '',
    `time per stage (bench/stages.ts, bundled as the package is; median of ${r.stages.runs} passes after ${r.warmup.passes}${r.stages.inStep ? '' : '; OUT OF STEP with src/extract.ts'}):`,
    table([['stage', 'ms', 'share'], ...r.stages.stages.map((s) => [s.name, n(Math.round(s.ms)), `${Math.round((100 * s.ms) / total)}%`])]),
    `costliest: ${r.stages.costliest.join(', ')} (a stage is also charged the garbage collections it happens to trigger)`,
    '',
    'linear growth:',
    table([['size', 'chars', 'ms', 'ms per MB'], ...r.growth.map((g) => [`${g.mb} MB`, n(g.chars), n(g.ms), n(g.msPerMB)])]),
    '',
    `extractMany on worker threads (1 MB; ${machine.cores} cores; cold: first call, thread start-up included; warm: a later call on the same threads${r.workers.keptPool ? '' : '; this build does not keep its threads'}):`,
    table([['jobs', 'cold ms', 'speed-up', 'warm ms', 'speed-up'], ...r.workers.rows.map((w) => [w.jobs, n(w.coldMs), `${w.coldSpeedUp}x`, n(w.warmMs), `${w.warmSpeedUp}x`])]),
    ...(r.workers.threadStartMs !== null ? [`starting ${machine.cores} threads and one article on each: ${n(r.workers.threadStartMs)} ms`] : []),
  ].join('\n');
}
