import { openThreadPool } from './thread-pool.js';
import type { ClaimPool } from './types.js';

// a stream calls extractMany again and again: its threads outlive a batch, until idle this long
export const IDLE_MS = 10_000;

interface Shared {
  readonly pool: ClaimPool;
  busy: number;
  idle: ReturnType<typeof setTimeout> | undefined;
}

// one pool per thread count asked for, kept between calls of extractMany
const pools = new Map<number, Shared>();

/** The kept pool of `jobs` threads (made on first use), closed after IDLE_MS without a text. */
export function sharedPool(jobs: number): ClaimPool {
  const shared = pools.get(jobs) ?? open(jobs);
  return {
    extract(task, cancelled) {
      clearTimeout(shared.idle);
      shared.busy++;
      const done = shared.pool.extract(task, cancelled);
      const settled = (): void => {
        if (--shared.busy === 0) shared.idle = closeLater(jobs, shared);
      };
      done.then(settled, settled);
      return done;
    },
    close: () => closeShared(jobs, shared),
  };
}

/**
 * Stops the worker threads extractMany keeps between calls (they stop on their own after 10 s
 * without work, and never hold the process open while idle). Texts still being read are rejected.
 */
export async function closeWorkers(): Promise<void> {
  await Promise.all([...pools].map(([jobs, shared]) => closeShared(jobs, shared)));
}

function open(jobs: number): Shared {
  const shared: Shared = { pool: openThreadPool(jobs), busy: 0, idle: undefined };
  pools.set(jobs, shared);
  return shared;
}

function closeLater(jobs: number, shared: Shared): ReturnType<typeof setTimeout> {
  const timer = setTimeout(() => void closeShared(jobs, shared), IDLE_MS);
  timer.unref();
  return timer;
}

async function closeShared(jobs: number, shared: Shared): Promise<void> {
  clearTimeout(shared.idle);
  if (pools.get(jobs) === shared) pools.delete(jobs);
  await shared.pool.close();
}
