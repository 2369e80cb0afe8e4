import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Corpus, CorpusArticle, CorpusProblem } from './types.js';
import { AnnotationError, readAnnotation } from './validate.js';

/** Files a corpus folder may hold that are not articles. */
const NOT_ARTICLES = new Set(['floor.json', 'package.json', 'tsconfig.json']);

/**
 * Reads every NAME.txt + NAME.json pair of a folder, in name order. A file without its partner
 * and an annotation that breaks the format are reported in `problems`, never dropped silently.
 * Throws only when the folder itself cannot be read.
 */
export async function readCorpus(dir: string): Promise<Corpus> {
  const files = new Set((await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name));
  const problems: CorpusProblem[] = [];
  const articles: CorpusArticle[] = [];
  for (const name of articleNames(files)) {
    const txt = `${name}.txt`;
    const json = `${name}.json`;
    if (!files.has(json)) problems.push({ file: join(dir, txt), message: `no ${json} beside it: the article is not annotated` });
    else if (!files.has(txt)) problems.push({ file: join(dir, json), message: `no ${txt} beside it: the annotation has no article` });
    else {
      const article = await readPair(dir, name, problems);
      if (article) articles.push(article);
    }
  }
  return { dir, articles, problems };
}

function articleNames(files: ReadonlySet<string>): string[] {
  const names = new Set<string>();
  for (const file of files) {
    if (NOT_ARTICLES.has(file)) continue;
    const match = /^(.+)\.(txt|json)$/.exec(file);
    if (match?.[1]) names.add(match[1]);
  }
  return [...names].sort();
}

async function readPair(dir: string, name: string, problems: CorpusProblem[]): Promise<CorpusArticle | null> {
  const file = join(dir, `${name}.json`);
  const [text, raw] = await Promise.all([readFile(join(dir, `${name}.txt`), 'utf8'), readFile(file, 'utf8')]);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    problems.push({ file, message: `not valid JSON: ${(error as Error).message}` });
    return null;
  }
  try {
    return { name, text, annotation: readAnnotation(json) };
  } catch (error) {
    if (!(error instanceof AnnotationError)) throw error;
    for (const message of error.problems) problems.push({ file, message });
    return null;
  }
}
