import { parseArgs } from 'node:util';
import { extractInOrder } from '../batch/index.js';
import { readOptions } from '../options.js';
import type { Claim, ExtractOptions } from '../types.js';
import { csvHeader, csvRows, FORMATS, jsonlRows, table, type Format } from './format.js';
import { UsageError, type CliIo } from './io.js';
import { readArticle, UnreadableFile, type Article } from './read-article.js';

export const EXTRACT_USAGE = `usage: claimtally extract [FILE...] [--published DATE] [--source NAME] [--format table|json|jsonl|csv] [--jobs N]

Prints the displacement and fatality claims of each FILE (standard input when none is given).
A corpus annotation NAME.json beside NAME.txt supplies published and source; the flags override it.
  --published DATE   the article's date (YYYY-MM-DD), the reference for "this month", "on Thursday"
  --source NAME      the outlet
  --format F         table (default), json, jsonl (one claim a line) or csv
  --jobs N           read the files on N worker threads (default 1: in this thread); the output
                     keeps the order of the files
Exit: 0 ok; 1 a file could not be read (named); 2 bad usage.`;

interface ExtractArgs {
  readonly files: string[];
  readonly format: Format;
  readonly overrides: ExtractOptions;
  readonly jobs: number;
}

/** `claimtally extract ...`: results are written file by file, never held all at once. */
export async function runExtract(args: string[], io: CliIo): Promise<number> {
  const parsed = readExtractArgs(args);
  const writer = startWriter(parsed.format, io);
  if (parsed.files.length === 0) {
    const text = await io.stdin();
    if (text === null || text.trim() === '') throw new UsageError('claimtally extract: no FILE given and standard input is empty');
    await extractArticles([() => ({ name: '<stdin>', text, options: {} })], parsed, writer);
  } else await extractArticles(parsed.files.map((file) => () => readArticle(file)), parsed, writer);
  writer.end();
  return 0;
}

/** On `--jobs` threads, streamed: written in input order, never all held at once. */
async function extractArticles(reads: (() => Article)[], args: ExtractArgs, writer: Writer): Promise<void> {
  const taskOf = (article: Article) => ({ text: article.text, options: writer.optionsOf(article, args.overrides) });
  await extractInOrder(reads, taskOf, writer.emit, args.jobs);
}

function readExtractArgs(args: string[]): ExtractArgs {
  let values: { published?: string; source?: string; format?: string; jobs?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { published: { type: 'string' }, source: { type: 'string' }, format: { type: 'string' }, jobs: { type: 'string' } },
    }));
  } catch (error) {
    throw new UsageError(`claimtally extract: ${(error as Error).message}`);
  }
  const format = (values.format ?? 'table') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`claimtally extract: --format must be one of ${FORMATS.join(', ')}, found "${values.format}"`);
  const overrides: ExtractOptions = {
    ...(values.published !== undefined ? { published: values.published } : {}),
    ...(values.source !== undefined ? { source: values.source } : {}),
  };
  try {
    readOptions('', overrides);
  } catch (error) {
    throw new UsageError(`claimtally extract: ${(error as Error).message.replace(/^extractClaims: /, '')}`);
  }
  return { files: positionals, format, overrides, jobs: readJobsFlag(values.jobs) };
}

function readJobsFlag(value: string | undefined): number {
  if (value === undefined) return 1;
  const jobs = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!(jobs >= 1)) throw new UsageError(`claimtally extract: --jobs expects a whole number of at least 1, found "${value}"`);
  return jobs;
}

interface Writer {
  /** The article's options with the flags over them, checked. */
  optionsOf(article: Article, overrides: ExtractOptions): ExtractOptions;
  emit(article: Article, claims: Claim[]): void;
  end(): void;
}

function startWriter(format: Format, io: CliIo): Writer {
  let first = true;
  const emit = (article: Article, claims: Claim[]): void => {
    if (format === 'table') io.out(`${first ? '' : '\n'}${table(article.name, claims)}\n`);
    if (format === 'jsonl') for (const row of jsonlRows(article.name, claims)) io.out(`${row}\n`);
    if (format === 'csv') io.out([...(first ? [csvHeader()] : []), ...csvRows(article.name, claims)].map((r) => `${r}\n`).join(''));
    if (format === 'json') io.out(`${first ? '[\n' : ',\n'}${JSON.stringify({ file: article.name, claims }, null, 2)}`);
    first = false;
  };
  return {
    optionsOf(article, overrides) {
      const options = { ...article.options, ...overrides };
      try {
        readOptions(article.text, options);
      } catch (error) {
        throw new UnreadableFile(`${article.name}: ${(error as Error).message.replace(/^extractClaims: /, '')} (from its corpus annotation)`);
      }
      return options;
    },
    emit,
    end() {
      if (format === 'json') io.out(first ? '[]\n' : '\n]\n');
      if (format === 'csv' && first) io.out(`${csvHeader()}\n`);
    },
  };
}
