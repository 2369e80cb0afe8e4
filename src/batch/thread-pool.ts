import type { Worker } from 'node:worker_threads';
import type { Claim } from '../types.js';
import { startWorker } from './start-worker.js';
import type { ClaimPool, ReplyMessage, Task } from './types.js';
import { rebuildError } from './worker-error.js';

// texts posted ahead to each worker, so that it never waits for the main thread between texts
const DEPTH = 2;

interface Pending {
  readonly id: number;
  readonly task: Task;
  readonly cancelled: (() => boolean) | undefined;
  readonly resolve: (claims: Claim[]) => void;
  readonly reject: (error: Error) => void;
}

interface Thread {
  readonly worker: Worker;
  readonly posted: Map<number, Pending>;
}

/**
 * Up to `jobs` worker threads sharing a queue of texts; each text's promise settles with its
 * claims. Threads start when there is work for them and live until close(); a thread holds the
 * process open only while it has texts to read. A thread that crashes is replaced: the text it
 * was reading is rejected with the error, the ones waiting behind it go to the others.
 */
export function openThreadPool(jobs: number, start: () => Worker = startWorker): ClaimPool {
  const queue: Pending[] = [];
  const threads: Thread[] = [];
  let nextId = 0;
  let closed = false;

  const post = (thread: Thread, pending: Pending): void => {
    thread.posted.set(pending.id, pending);
    thread.worker.ref();
    thread.worker.postMessage({ id: pending.id, ...pending.task });
  };

  const dispatch = (): void => {
    while (queue.length > 0) {
      const pending = queue[0] as Pending;
      if (pending.cancelled?.()) {
        queue.shift();
        pending.reject(new Error('claimtally: not read: an earlier text of its batch failed'));
        continue;
      }
      let thread: Thread | undefined;
      try {
        thread = threadFor();
      } catch (error) {
        queue.shift();
        pending.reject(error as Error);
        continue;
      }
      if (!thread) return;
      queue.shift();
      post(thread, pending);
    }
  };

  // an idle thread, else a new one while fewer than `jobs` run, else the least busy with room
  const threadFor = (): Thread | undefined => {
    const idlest = threads.reduce<Thread | undefined>((best, t) => (!best || t.posted.size < best.posted.size ? t : best), undefined);
    if ((!idlest || idlest.posted.size > 0) && threads.length < jobs) return startThread();
    return idlest && idlest.posted.size < DEPTH ? idlest : undefined;
  };

  const settle = (thread: Thread, reply: ReplyMessage): void => {
    const pending = thread.posted.get(reply.id);
    if (!pending) return;
    thread.posted.delete(reply.id);
    if (thread.posted.size === 0) thread.worker.unref();
    if ('claims' in reply) pending.resolve(reply.claims);
    else pending.reject(rebuildError(reply.error));
    dispatch();
  };

  const lose = (thread: Thread, error: Error): void => {
    const at = threads.indexOf(thread);
    if (closed || at < 0) return;
    threads.splice(at, 1);
    const [reading, ...waiting] = thread.posted.values();
    thread.posted.clear();
    queue.unshift(...waiting);
    void thread.worker.terminate();
    reading?.reject(error);
    dispatch();
  };

  const startThread = (): Thread => {
    const thread: Thread = { worker: start(), posted: new Map() };
    thread.worker.on('message', (reply: ReplyMessage) => settle(thread, reply));
    thread.worker.on('error', (error) => lose(thread, new Error(`claimtally: a worker thread failed: ${error.message}`, { cause: error })));
    thread.worker.on('exit', (code) => lose(thread, new Error(`claimtally: a worker thread stopped unexpectedly (exit code ${code})`)));
    threads.push(thread);
    return thread;
  };

  return {
    extract(task, cancelled) {
      if (closed) return Promise.reject(new Error('claimtally: the worker pool is closed'));
      return new Promise<Claim[]>((resolve, reject) => {
        queue.push({ id: nextId++, task, cancelled, resolve, reject });
        dispatch();
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      const error = new Error('claimtally: the worker pool was closed before this text was read');
      for (const pending of [...queue.splice(0), ...threads.flatMap((t) => [...t.posted.values()])]) pending.reject(error);
      await Promise.all(threads.splice(0).map((t) => t.worker.terminate()));
    },
  };
}
