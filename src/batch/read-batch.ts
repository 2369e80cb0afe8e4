import { availableParallelism } from 'node:os';
import { describe } from '../counts/parse-count.js';
import { readOptions } from '../options.js';
import type { ExtractOptions } from '../types.js';
import type { Task } from './types.js';

export interface Batch {
  readonly tasks: Task[];
  readonly jobs: number;
}

/** Checks the arguments of extractMany: throws what a caller must fix, naming the text at fault. */
export function readBatch(texts: unknown, options: unknown): Batch {
  if (!Array.isArray(texts)) throw new TypeError(`extractMany: expected texts to be an array of strings or { text, options } objects, found ${describe(texts)}`);
  if (options !== undefined && options !== null && (typeof options !== 'object' || Array.isArray(options))) {
    throw new TypeError(`extractMany: expected options to be an object, found ${describe(options)}`);
  }
  const { jobs, ...shared } = (options ?? {}) as ExtractOptions & { jobs?: unknown };
  checked('options: ', () => readOptions('', shared));
  const tasks = texts.map((item: unknown, i) => readTask(item, shared, `texts[${i}]`));
  return { tasks, jobs: readJobs(jobs) };
}

/**
 * A Gazetteer is a class instance, which cannot be posted to a worker thread (only plain data
 * crosses): a batch that uses one must be read in this thread.
 */
export function checkThreadable(tasks: readonly Task[], jobs: number): void {
  if (jobs <= 1) return;
  const at = tasks.findIndex((task) => task.options?.gazetteer !== undefined);
  if (at >= 0) {
    throw new TypeError(`extractMany: texts[${at}] uses the "gazetteer" option, which cannot be sent to worker threads; pass jobs: 1 to read this batch in this thread`);
  }
}

/** The thread count: all cores when not given. */
export function readJobs(jobs: unknown): number {
  if (jobs === undefined) return availableParallelism();
  if (typeof jobs !== 'number') throw new TypeError(`extractMany: expected option "jobs" to be a number, found ${describe(jobs)}`);
  if (!Number.isInteger(jobs) || jobs < 1) throw new RangeError(`extractMany: expected option "jobs" to be a whole number of at least 1, found ${jobs}`);
  return jobs;
}

function readTask(item: unknown, shared: ExtractOptions, where: string): Task {
  const hasShared = Object.keys(shared).length > 0;
  if (typeof item === 'string') return { text: item, options: hasShared ? shared : undefined };
  if (item === null || typeof item !== 'object' || Array.isArray(item) || typeof (item as { text?: unknown }).text !== 'string') {
    throw new TypeError(`extractMany: expected ${where} to be a string or a { text, options } object, found ${describeItem(item)}`);
  }
  const extra = Object.keys(item).find((key) => key !== 'text' && key !== 'options');
  if (extra !== undefined) throw new TypeError(`extractMany: ${where} has an unknown field "${extra}" (expected text and options)`);
  const own = (item as { options?: unknown }).options;
  if (own !== undefined && (own === null || typeof own !== 'object' || Array.isArray(own))) {
    throw new TypeError(`extractMany: expected ${where}.options to be an object, found ${describe(own)}`);
  }
  const text = (item as { text: string }).text;
  const options = own === undefined ? (hasShared ? shared : undefined) : { ...shared, ...(own as ExtractOptions) };
  checked(`${where}: `, () => readOptions(text, options));
  return { text, options };
}

function describeItem(item: unknown): string {
  return item !== null && typeof item === 'object' && !Array.isArray(item) ? 'an object without a string "text"' : describe(item);
}

/** Runs extractClaims's own check, its message re-addressed to extractMany and the text at fault. */
function checked(where: string, check: () => unknown): void {
  try {
    check();
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    const message = `extractMany: ${where}${error.message.replace(/^extractClaims: /, '')}`;
    throw error instanceof RangeError ? new RangeError(message) : error instanceof TypeError ? new TypeError(message) : new Error(message);
  }
}
