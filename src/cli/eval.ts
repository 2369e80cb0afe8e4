import {
  evaluateCorpus, formatFindings, formatTable, formatUnmet, readCorpus, toJson, unmetFloors,
  type Corpus, type Extract, type FigureName, type Floors,
} from '../corpus/index.js';

export interface EvalIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const USAGE = `usage: claimtally eval DIR [--verbose] [--json] [--min-f1 X] [--min-precision X] [--min-recall X]
                      [--min-speaker X] [--min-period X] [--min-place-recall X] [--min-place-precision X]

Runs the extractor over every NAME.txt + NAME.json pair in DIR and prints claim precision, recall
and F1, and over matched claims speaker and period accuracy and place recall and precision.
  --verbose   list each missed claim, false claim and wrong field with its article
  --json      print the figures as JSON
  --min-*     a floor in [0, 1]: exit 1 when the figure is below it
Exit: 0; 1 when a floor is not met; 2 on bad usage, an unreadable DIR or a faulty pair in it.`;

const FLOOR_FLAGS: Readonly<Record<string, FigureName>> = {
  '--min-f1': 'f1',
  '--min-precision': 'precision',
  '--min-recall': 'recall',
  '--min-speaker': 'speaker',
  '--min-period': 'period',
  '--min-place-recall': 'placeRecall',
  '--min-place-precision': 'placePrecision',
};

interface EvalArgs {
  readonly dir: string;
  readonly verbose: boolean;
  readonly json: boolean;
  readonly floors: Floors;
}

/** `claimtally eval DIR ...`: returns the exit code. */
export async function runEval(args: string[], io: EvalIo, extract: Extract): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(`claimtally eval: ${parsed}\n${USAGE}\n`);
    return 2;
  }
  let corpus: Corpus;
  try {
    corpus = await readCorpus(parsed.dir);
  } catch (error) {
    io.err(`claimtally eval: cannot read ${parsed.dir}: ${(error as Error).message}\n`);
    return 2;
  }
  for (const problem of corpus.problems) io.err(`${problem.file}: ${problem.message}\n`);
  if (corpus.articles.length === 0) {
    io.err(`claimtally eval: no NAME.txt + NAME.json pairs in ${parsed.dir}\n`);
    return 2;
  }
  return report(corpus, parsed, io, extract);
}

function report(corpus: Corpus, args: EvalArgs, io: EvalIo, extract: Extract): number {
  let evaluation;
  try {
    evaluation = evaluateCorpus(corpus.articles, extract);
  } catch (error) {
    io.err(`claimtally eval: ${(error as Error).message}\n`);
    return 1;
  }
  const unmet = unmetFloors(evaluation.figures, args.floors);
  if (args.json) io.out(`${toJson(corpus.dir, evaluation, unmet, args.verbose)}\n`);
  else {
    io.out(`${formatTable(evaluation)}\n`);
    if (args.verbose) io.out(`\n${formatFindings(evaluation)}\n`);
  }
  if (unmet.length > 0) io.err(`${formatUnmet(unmet)}\n`);
  if (corpus.problems.length > 0) return 2;
  return unmet.length > 0 ? 1 : 0;
}

/** The options, or what is wrong with them. */
function parseArgs(args: readonly string[]): EvalArgs | string {
  const dirs: string[] = [];
  const floors: Record<string, number> = {};
  let verbose = false;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = splitFlag(args[i]!);
    if (flag === '--verbose') verbose = true;
    else if (flag === '--json') json = true;
    else if (flag in FLOOR_FLAGS) {
      const value = inline ?? args[++i];
      const floor = Number(value);
      if (value === undefined || value.trim() === '' || !(floor >= 0 && floor <= 1)) return `${flag} expects a number from 0 to 1, found ${value ?? 'nothing'}`;
      floors[FLOOR_FLAGS[flag]!] = floor;
    } else if (flag.startsWith('-')) return `unknown option ${flag}`;
    else dirs.push(flag);
  }
  if (dirs.length !== 1) return dirs.length === 0 ? 'expected a corpus folder DIR' : `expected one DIR, found ${dirs.join(', ')}`;
  return { dir: dirs[0]!, verbose, json, floors };
}

/** "--min-f1=0.8" → ["--min-f1", "0.8"] */
function splitFlag(arg: string): [string, string | undefined] {
  const equals = arg.indexOf('=');
  return arg.startsWith('--') && equals > 0 ? [arg.slice(0, equals), arg.slice(equals + 1)] : [arg, undefined];
}
