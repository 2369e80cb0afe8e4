import { parseArgs } from 'node:util';
import { extractClaims } from '../extract.js';
import { readOptions } from '../options.js';
import type { Claim, ExtractOptions } from '../types.js';
import { csvHeader, csvRows, FORMATS, jsonlRows, table, type Format } from './format.js';
import { UsageError, type CliIo } from './io.js';
import { readArticle, UnreadableFile, type Article } from './read-article.js';

export const EXTRACT_USAGE = `usage: claimtally extract [FILE...] [--published DATE] [--source NAME] [--format table|json|jsonl|csv]

Prints the displacement and fatality claims of each FILE (standard input when none is given).
A corpus annotation NAME.json beside NAME.txt supplies published and source; the flags override it.
  --published DATE   the article's date (YYYY-MM-DD), the reference for "this month", "on Thursday"
  --source NAME      the outlet
  --format F         table (default), json, jsonl (one claim a line) or csv
Exit: 0 ok; 1 a file could not be read (named); 2 bad usage.`;

interface ExtractArgs {
  readonly files: string[];
  readonly format: Format;
  readonly overrides: ExtractOptions;
}

/** `claimtally extract ...`: results are written file by file, never held all at once. */
export async function runExtract(args: string[], io: CliIo): Promise<number> {
  const parsed = readExtractArgs(args);
  const writer = startWriter(parsed.format, io);
  if (parsed.files.length === 0) {
    const text = await io.stdin();
    if (text === null || text.trim() === '') throw new UsageError('claimtally extract: no FILE given and standard input is empty');
    writer.write({ name: '<stdin>', text, options: {} }, parsed.overrides);
  }
  for (const file of parsed.files) writer.write(readArticle(file), parsed.overrides);
  writer.end();
  return 0;
}

function readExtractArgs(args: string[]): ExtractArgs {
  let values: { published?: string; source?: string; format?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { published: { type: 'string' }, source: { type: 'string' }, format: { type: 'string' } },
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
  return { files: positionals, format, overrides };
}

interface Writer {
  write(article: Article, overrides: ExtractOptions): void;
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
    write(article, overrides) {
      const options = { ...article.options, ...overrides };
      try {
        readOptions(article.text, options);
      } catch (error) {
        throw new UnreadableFile(`${article.name}: ${(error as Error).message.replace(/^extractClaims: /, '')} (from its corpus annotation)`);
      }
      emit(article, extractClaims(article.text, options));
    },
    end() {
      if (format === 'json') io.out(first ? '[]\n' : '\n]\n');
      if (format === 'csv' && first) io.out(`${csvHeader()}\n`);
    },
  };
}
