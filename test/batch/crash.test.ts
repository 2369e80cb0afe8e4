import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeWorkers, extractMany } from '../../src/batch/index.js';
import { openThreadPool } from '../../src/batch/thread-pool.js';
import { NUMBERED_VALUES, numberedTexts, repoPath } from './texts.js';

// the real worker, behind a listener that kills its thread on one text, as a crash would
const CRASH = 'this text stops the thread';
const starts = vi.hoisted(() => ({ count: 0 }));

vi.mock('../../src/batch/start-worker.js', () => ({
  startWorker: () => {
    starts.count++;
    const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
    const worker = repoPath('src/batch/worker.ts');
    return new Worker(
      `require('node:worker_threads').parentPort.on('message', (m) => { if (m.text === ${JSON.stringify(CRASH)}) process.exit(7); });
require(${JSON.stringify(tsx)}).register();
require(${JSON.stringify(worker)});`,
      { eval: true },
    );
  },
}));

afterEach(closeWorkers);

describe('a worker thread that crashes', () => {
  it('should reject the batch naming the text it was reading, then be replaced for the next batch', async () => {
    starts.count = 0;
    const texts = [...numberedTexts(4), CRASH, ...numberedTexts(4)];
    await expect(extractMany(texts, { jobs: 2 })).rejects.toThrow('extractMany: texts[4] failed: claimtally: a worker thread stopped unexpectedly (exit code 7)');
    const next = await extractMany(numberedTexts(6), { jobs: 2 });
    expect(next.map((claims) => claims.map((claim) => claim.count.value))).toEqual(NUMBERED_VALUES(6).map((value) => [value]));
    expect(starts.count).toBe(3);
  });

  it('should reject only the text it was reading, and read the texts queued behind it on a new thread', async () => {
    starts.count = 0;
    const pool = openThreadPool(2);
    try {
      const texts = numberedTexts(6);
      texts.splice(1, 0, CRASH);
      const read = texts.map((text) => pool.extract({ text, options: undefined }).then((claims) => claims.map((claim) => claim.count.value), (error: Error) => error.message));
      const values = NUMBERED_VALUES(6).map((value) => [value]) as unknown[];
      values.splice(1, 0, 'claimtally: a worker thread stopped unexpectedly (exit code 7)');
      expect(await Promise.all(read)).toEqual(values);
      expect(starts.count).toBe(3);
    } finally {
      await pool.close();
    }
  });
});
