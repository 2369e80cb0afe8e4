import type { Claim } from '../types.js';
import { openPool } from './pool.js';
import { checkThreadable, readBatch } from './read-batch.js';
import { sharedPool } from './shared-pools.js';
import type { BatchOptions, BatchText } from './types.js';

export type { BatchOptions, BatchText } from './types.js';
export { extractInOrder } from './in-order.js';
export { readJobs } from './read-batch.js';
export { closeWorkers } from './shared-pools.js';

/**
 * The claims of many texts, read on worker threads (all cores unless `jobs` says otherwise), in
 * the order of the input: `result[i]` is `extractClaims(texts[i], options)`. `jobs: 1`, or a
 * single text, reads them in this thread (as a batch using the `gazetteer` option must be: a
 * Gazetteer cannot be sent to a thread). The threads are kept for the next call, so that a stream
 * of batches pays their start-up once; they never hold the process open while idle, stop after
 * 10 s without work, or at once with `closeWorkers()`. When a text fails, the batch rejects and
 * its texts not yet sent to a thread are dropped.
 *
 * @example
 * await extractMany(['Floods displaced 3,500 families.', { text: '...', options: { published: '2023-02-08' } }], { jobs: 2 })
 * //=> [[{ kind: 'displaced', count: { value: 3500, ... }, ... }], [...]]
 */
export async function extractMany(texts: readonly BatchText[], options?: BatchOptions): Promise<Claim[][]> {
  const { tasks, jobs } = readBatch(texts, options);
  const threads = Math.min(jobs, tasks.length);
  checkThreadable(tasks, threads);
  const pool = threads > 1 ? sharedPool(jobs) : openPool(1);
  let failed = false;
  const cancelled = (): boolean => failed;
  const read = (task: (typeof tasks)[number], i: number): Promise<Claim[]> =>
    pool.extract(task, cancelled).catch((error: Error) => {
      failed = true;
      return Promise.reject(atText(error, i));
    });
  return Promise.all(tasks.map(read));
}

function atText(error: Error, index: number): Error {
  return new Error(`extractMany: texts[${index}] failed: ${error.message}`, { cause: error });
}
