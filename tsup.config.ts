import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Options } from 'tsup';

export default defineConfig((cli): Options[] => [
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    // import.meta.url in the CommonJS build (the batch worker's path, compromise's createRequire)
    shims: true,
    target: 'node20',
    platform: 'node',
    // the places stage reads its gazetteer from beside the bundle (import.meta.url, shimmed in CJS)
    onSuccess: async () => {
      const outDir = cli.outDir ?? 'dist';
      mkdirSync(outDir, { recursive: true });
      copyFileSync('src/data/places/gazetteer.tsv.gz', join(outDir, 'gazetteer.tsv.gz'));
    },
  },
  {
    // extractMany's worker thread; an ES module, which index.cjs starts too
    entry: { worker: 'src/batch/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
