import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * One worker thread running worker.ts. Built, the worker is dist/worker.js beside the running
 * bundle (index.js, index.cjs or cli.js: an ES module, which CommonJS can start too); from
 * source (vitest, tsx) it is worker.ts beside this file, loaded through tsx.
 */
export function startWorker(): Worker {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) return startSourceWorker(join(dirname(here), 'worker.ts'));
  const file = join(dirname(here), 'worker.js');
  if (!existsSync(file)) throw new Error(`claimtally: the batch worker ${file} is missing; the package was built without its worker entry`);
  return new Worker(file);
}

// a thread does not inherit the parent's TypeScript loader: register tsx in it before the worker
function startSourceWorker(file: string): Worker {
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
  return new Worker(`require(${JSON.stringify(tsx)}).register();\nrequire(${JSON.stringify(file)});`, { eval: true });
}
