import { extractClaims } from '../extract.js';
import { openThreadPool } from './thread-pool.js';
import type { ClaimPool } from './types.js';

/** Where a batch is read: on `jobs` worker threads, or in this thread when jobs is 1. */
export function openPool(jobs: number): ClaimPool {
  return jobs > 1 ? openThreadPool(jobs) : inThisThread();
}

function inThisThread(): ClaimPool {
  return {
    extract: async (task) => extractClaims(task.text, task.options),
    close: async () => undefined,
  };
}
