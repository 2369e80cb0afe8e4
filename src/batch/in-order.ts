import type { Claim } from '../types.js';
import { openPool } from './pool.js';
import type { Task } from './types.js';

// items read ahead of the one being written, per thread: enough to keep every thread busy
const AHEAD_PER_JOB = 4;

interface Done<T> {
  readonly item: T;
  readonly claims: Claim[];
}

/**
 * Reads each item (`read` may throw: a file that cannot be read), extracts its claims on `jobs`
 * threads and calls `write` in input order as they come back. At most `jobs × 4` items are held
 * at once, so a folder of thousands of files streams. When `read` throws, the items before it
 * are written first, then the error is thrown.
 */
export async function extractInOrder<T>(reads: readonly (() => T)[], taskOf: (item: T) => Task, write: (item: T, claims: Claim[]) => void, jobs: number): Promise<void> {
  const pool = openPool(Math.min(jobs, reads.length));
  const ahead: Promise<Done<T>>[] = [];
  const writeOldest = async (): Promise<void> => {
    const { item, claims } = await (ahead.shift() as Promise<Done<T>>);
    write(item, claims);
  };
  try {
    for (const read of reads) {
      let item: T;
      let task: Task;
      try {
        item = read();
        task = taskOf(item);
      } catch (error) {
        while (ahead.length > 0) await writeOldest();
        throw error;
      }
      const done = pool.extract(task).then((claims) => ({ item, claims }));
      done.catch(() => undefined); // awaited in order below; a later failure must not go unhandled meanwhile
      ahead.push(done);
      if (ahead.length >= jobs * AHEAD_PER_JOB) await writeOldest();
    }
    while (ahead.length > 0) await writeOldest();
  } finally {
    await pool.close();
  }
}
