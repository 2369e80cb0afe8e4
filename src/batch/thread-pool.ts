import type { Worker } from 'node:worker_threads';
import type { Claim } from '../types.js';
import { startWorker } from './start-worker.js';
import type { ClaimPool, ReplyMessage, Task } from './types.js';

// texts posted ahead to each worker, so that it never waits for the main thread between texts
const DEPTH = 2;

interface Pending {
  readonly id: number;
  readonly task: Task;
  readonly resolve: (claims: Claim[]) => void;
  readonly reject: (error: Error) => void;
}

interface Thread {
  readonly worker: Worker;
  readonly posted: Map<number, Pending>;
}

/** `jobs` worker threads sharing a queue of texts; each text's promise settles with its claims. */
export function openThreadPool(jobs: number): ClaimPool {
  const queue: Pending[] = [];
  const threads: Thread[] = [];
  let nextId = 0;
  let failure: Error | null = null;
  let closing = false;

  const fail = (error: Error): void => {
    if (failure) return;
    failure = error;
    for (const pending of [...queue.splice(0), ...threads.flatMap((t) => [...t.posted.values()])]) pending.reject(error);
    for (const thread of threads) thread.posted.clear();
    void Promise.all(threads.map((t) => t.worker.terminate()));
  };

  const dispatch = (): void => {
    for (let thread = idlest(threads); queue.length > 0 && thread && thread.posted.size < DEPTH; thread = idlest(threads)) {
      const pending = queue.shift() as Pending;
      thread.posted.set(pending.id, pending);
      thread.worker.postMessage({ id: pending.id, ...pending.task });
    }
  };

  const settle = (thread: Thread, reply: ReplyMessage): void => {
    const pending = thread.posted.get(reply.id);
    if (!pending) return;
    thread.posted.delete(reply.id);
    if ('claims' in reply) pending.resolve(reply.claims);
    else pending.reject(rebuildError(reply.error));
    dispatch();
  };

  for (let n = 0; n < jobs; n++) {
    const thread: Thread = { worker: startWorker(), posted: new Map() };
    thread.worker.on('message', (reply: ReplyMessage) => settle(thread, reply));
    thread.worker.on('error', (error) => fail(new Error(`claimtally: a worker thread failed: ${error.message}`, { cause: error })));
    thread.worker.on('exit', (code) => closing || fail(new Error(`claimtally: a worker thread stopped unexpectedly (exit code ${code})`)));
    threads.push(thread);
  }

  return {
    extract(task) {
      if (failure) return Promise.reject(failure);
      if (closing) return Promise.reject(new Error('claimtally: the worker pool is closed'));
      return new Promise<Claim[]>((resolve, reject) => {
        queue.push({ id: nextId++, task, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closing = true;
      fail(new Error('claimtally: the worker pool was closed before this text was read'));
      await Promise.all(threads.map((t) => t.worker.terminate()));
    },
  };
}

function idlest(threads: readonly Thread[]): Thread | undefined {
  return threads.reduce<Thread | undefined>((best, t) => (!best || t.posted.size < best.posted.size ? t : best), undefined);
}

const ERRORS: Readonly<Record<string, ErrorConstructor>> = { TypeError, RangeError };

/** The worker's error as the same class, message and stack. */
function rebuildError({ name, message, stack }: { name: string; message: string; stack: string | undefined }): Error {
  const error = new (ERRORS[name] ?? Error)(message);
  if (!(name in ERRORS)) error.name = name;
  if (stack !== undefined) error.stack = stack;
  return error;
}
