// Bundles a bench script that imports src/ the way tsup bundles the package (esbuild, no
// keepNames), so that its timings are those of the build users run, not of tsx's per-function
// wrappers. The bench's own helpers (corpus.mjs, measure.mjs) stay outside, imported by path, as
// they find the project from their own place; the gazetteer is copied beside the bundle, where
// src/places looks for it.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './corpus.mjs';

const OUT = join(ROOT, 'bench/.build');
const BENCH_HELPERS = /^\.\/(?:corpus|measure)\.mjs$/;

/** The path of the bundled script. */
export async function bundle(script) {
  mkdirSync(OUT, { recursive: true });
  const outfile = join(OUT, script.replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [join(ROOT, 'bench', script)],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
    plugins: [{ name: 'bench-helpers', setup: (b) => b.onResolve({ filter: BENCH_HELPERS }, (args) => ({ path: join(args.resolveDir, args.path), external: true })) }],
  });
  copyFileSync(join(ROOT, 'src/data/places/gazetteer.tsv.gz'), join(OUT, 'gazetteer.tsv.gz'));
  return outfile;
}
