import type { Worker } from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import { extractMany } from '../../src/batch/index.js';
import { openPool } from '../../src/batch/pool.js';
import { numberedTexts } from './texts.js';

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

describe('the worker threads of a batch', () => {
  it('should start no more threads than texts, and stop every one when the batch is done', async () => {
    started.length = 0;
    await extractMany(numberedTexts(2), { jobs: 4 });
    await afterExitEvents();
    expect(started).toHaveLength(2);
    expect(started.map((record) => record.exited)).toEqual([true, true]);
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
