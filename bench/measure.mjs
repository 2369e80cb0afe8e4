// Timing helpers: medians after warm-up, and child processes for what must start fresh.
import { execFileSync } from 'node:child_process';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The median time in ms of `runs` calls of fn, after `warmup` untimed calls. */
export function timeMedian(fn, { runs, warmup = 1 }) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return { ms: median(times), runs: times };
}

/**
 * Times several functions in alternation, one run of each in turn, so that a slow spell of a
 * shared machine falls on all of them alike; each after `warmup` untimed runs of its own, made in
 * the order given (the times of those runs are kept, to show when the JIT settled).
 */
export function timeInterleaved(fns, { runs, warmup }) {
  const names = Object.keys(fns);
  const warm = Object.fromEntries(names.map((name) => [name, []]));
  for (const name of names) {
    for (let i = 0; i < warmup; i++) {
      const start = performance.now();
      fns[name]();
      warm[name].push(performance.now() - start);
    }
  }
  const times = Object.fromEntries(names.map((name) => [name, []]));
  for (let i = 0; i < runs; i++) {
    for (const name of names) {
      const start = performance.now();
      fns[name]();
      times[name].push(performance.now() - start);
    }
  }
  return Object.fromEntries(names.map((name) => [name, { ms: median(times[name]), runs: times[name], warmup: warm[name] }]));
}

export async function timeMedianAsync(fn, { runs, warmup = 1 }) {
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return { ms: median(times), runs: times };
}

/** Runs a script in a fresh node process and parses the JSON line it prints last. */
export function runFresh(args, { cwd }) {
  const start = performance.now();
  const out = execFileSync(process.execPath, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
  const wallMs = performance.now() - start;
  const lines = out.trim().split('\n');
  return { ...JSON.parse(lines[lines.length - 1]), wallMs };
}

export const round = (n, digits = 1) => (n === null || n === undefined ? null : Math.round(n * 10 ** digits) / 10 ** digits);
