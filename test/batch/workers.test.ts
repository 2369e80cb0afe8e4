import type { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeWorkers, extractMany } from '../../src/batch/index.js';
import { openPool } from '../../src/batch/pool.js';
import { NUMBERED_VALUES, numberedTexts } from './texts.js';

const started = vi.hoisted(() => [] as { worker: Worker; exited: boolean }[]);

vi.mock('../../src/batch/start-worker.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/batch/start-worker.js')>();
  return {
    startWorker: () => {
      const record = { worker: real.startWorker(), exited: false };
      record.worker.once('exit', () => (record.exited = true));
      started.push(record);
      return record.worker;
    },
  };
});

const afterExitEvents = () => new Promise((resolve) => setImmediate(resolve));
const values = (batch: { count: { value: number } }[][]) => batch.map((claims) => claims.map((claim) => claim.count.value));

afterEach(closeWorkers);

describe('the worker threads of a batch', () => {
  it('should start no more threads than texts, and keep them running after the batch until closeWorkers()', async () => {
    started.length = 0;
    await extractMany(numberedTexts(2), { jobs: 4 });
    await afterExitEvents();
    expect(started).toHaveLength(2);
    expect(started.map((record) => record.exited)).toEqual([false, false]);
    await closeWorkers();
    await afterExitEvents();
    expect(started.map((record) => record.exited)).toEqual([true, true]);
  });

  it('should read a second batch on the same threads as the first', async () => {
    started.length = 0;
    const first = await extractMany(numberedTexts(8), { jobs: 2 });
    const threads = started.map((record) => record.worker.threadId);
    const second = await extractMany(numberedTexts(12).reverse(), { jobs: 2 });
    expect(threads).toHaveLength(2);
    expect(started.map((record) => record.worker.threadId)).toEqual(threads);
    expect(started.map((record) => record.exited)).toEqual([false, false]);
    expect(values(first)).toEqual(NUMBERED_VALUES(8).map((value) => [value]));
    expect(values(second)).toEqual(NUMBERED_VALUES(12).reverse().map((value) => [value]));
  });

  it('should keep a pool for each job count asked for', async () => {
    started.length = 0;
    await extractMany(numberedTexts(4), { jobs: 2 });
    await extractMany(numberedTexts(4), { jobs: 3 });
    await extractMany(numberedTexts(4), { jobs: 2 });
    expect(started).toHaveLength(5);
  });

  it('should reject the texts of a batch still being read when closeWorkers() is called', async () => {
    const batch = extractMany(numberedTexts(6), { jobs: 2 });
    const rejected = expect(batch).rejects.toThrow(/^extractMany: texts\[\d\] failed: claimtally: the worker pool was closed before this text was read$/);
    await closeWorkers();
    await rejected;
    expect(values(await extractMany(numberedTexts(3), { jobs: 2 }))).toEqual(NUMBERED_VALUES(3).map((value) => [value]));
  });

  it('should start no thread for jobs 1 or a single text', async () => {
    started.length = 0;
    await extractMany(numberedTexts(3), { jobs: 1 });
    await extractMany(numberedTexts(1), { jobs: 4 });
    expect(started).toHaveLength(0);
  });

  it('should stop its threads when closed with texts still pending, and reject those texts', async () => {
    started.length = 0;
    const pool = openPool(2);
    const pending = Promise.all(numberedTexts(6).map((text) => pool.extract({ text, options: undefined })));
    const rejected = expect(pending).rejects.toThrow('claimtally: the worker pool was closed before this text was read');
    await pool.close();
    await rejected;
    await afterExitEvents();
    expect(started.map((record) => record.exited)).toEqual([true, true]);
  });
});
