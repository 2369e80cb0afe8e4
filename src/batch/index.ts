import type { Claim } from '../types.js';
import { openPool } from './pool.js';
import { checkThreadable, readBatch } from './read-batch.js';
import type { BatchOptions, BatchText } from './types.js';

export type { BatchOptions, BatchText } from './types.js';
export { extractInOrder } from './in-order.js';
export { readJobs } from './read-batch.js';

/**
 * The claims of many texts, read on worker threads (all cores unless `jobs` says otherwise), in
 * the order of the input: `result[i]` is `extractClaims(texts[i], options)`. `jobs: 1`, or a
 * single text, reads them in this thread (as a batch using the `gazetteer` option must be: a
 * Gazetteer cannot be sent to a thread). The workers are stopped when the batch is done or fails.
 *
 * @example
 * await extractMany(['Floods displaced 3,500 families.', { text: '...', options: { published: '2023-02-08' } }], { jobs: 2 })
 * //=> [[{ kind: 'displaced', count: { value: 3500, ... }, ... }], [...]]
 */
export async function extractMany(texts: readonly BatchText[], options?: BatchOptions): Promise<Claim[][]> {
  const { tasks, jobs } = readBatch(texts, options);
  const threads = Math.min(jobs, tasks.length);
  checkThreadable(tasks, threads);
  const pool = openPool(threads);
  try {
    return await Promise.all(tasks.map((task, i) => pool.extract(task).catch((error: Error) => Promise.reject(atText(error, i)))));
  } finally {
    await pool.close();
  }
}

function atText(error: Error, index: number): Error {
  return new Error(`extractMany: texts[${index}] failed: ${error.message}`, { cause: error });
}
