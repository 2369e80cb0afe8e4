import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatFindings, formatTable, readFloors, type Evaluation, type Floors } from '../../src/corpus/index.js';

/** A folder of the repository, resolved from its root whatever the working directory. */
export const repoPath = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** corpus/floor.json, or a loud failure when it is missing or faulty. */
export function readFloorFile(): Floors {
  const file = repoPath('corpus/floor.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: the corpus floor must be committed (see corpus/README.md)`);
  return readFloors(JSON.parse(readFileSync(file, 'utf8')), file);
}

/** Shows the figures (and with CORPUS_VERBOSE=1 every finding) in the test output. */
export function printEvaluation(title: string, evaluation: Evaluation): void {
  const findings = process.env.CORPUS_VERBOSE ? `\n\n${formatFindings(evaluation)}` : '';
  console.log(`${title}\n${formatTable(evaluation)}${findings}`);
}
