import { extractClaims } from '../extract.js';
import { runEval } from './eval.js';
import { EXTRACT_USAGE, runExtract } from './extract.js';
import { UsageError, type CliIo } from './io.js';
import { UnreadableFile } from './read-article.js';

export const USAGE = `usage: claimtally <command> [options]

commands:
  extract [FILE...]   print the claims of articles (standard input when no FILE)
  eval DIR            score the extractor on a corpus folder of NAME.txt + NAME.json pairs
  help                this text; 'claimtally COMMAND --help' for a command's options

${EXTRACT_USAGE}`;

/** The CLI as a function of its arguments: returns the exit code, writes through `io`. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      io[command === undefined ? 'err' : 'out'](`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    if (command === 'extract') {
      if (rest.includes('--help') || rest.includes('-h')) return help(io, EXTRACT_USAGE);
      return await runExtract(rest, io);
    }
    if (command === 'eval') return await runEval(rest, io, extractClaims);
    throw new UsageError(`claimtally: unknown command "${command}" (expected extract or eval)`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${command === 'extract' ? EXTRACT_USAGE : USAGE}\n`);
      return 2;
    }
    if (error instanceof UnreadableFile) {
      io.err(`claimtally: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

function help(io: CliIo, usage: string): number {
  io.out(`${usage}\n`);
  return 0;
}
