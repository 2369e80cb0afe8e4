import { readFileSync, statSync } from 'node:fs';
import type { ExtractOptions } from '../types.js';

export class UnreadableFile extends Error {}

export interface Article {
  readonly name: string;
  readonly text: string;
  /** published and source from a sibling corpus NAME.json, when there is one. */
  readonly options: ExtractOptions;
}

/** Reads one article file, with the options of its corpus annotation beside it. */
export function readArticle(path: string): Article {
  let text: string;
  try {
    if (statSync(path).isDirectory()) throw new UnreadableFile(`${path}: is a directory, not an article file`);
    const bytes = readFileSync(path);
    if (bytes.includes(0)) throw new UnreadableFile(`${path}: is a binary file, not text`);
    text = bytes.toString('utf8');
  } catch (error) {
    if (error instanceof UnreadableFile) throw error;
    throw new UnreadableFile(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return { name: path, text, options: siblingOptions(path) };
}

function siblingOptions(path: string): ExtractOptions {
  const sibling = path.replace(/\.[^./\\]+$/, '') + '.json';
  if (sibling === path) return {};
  let raw: string;
  try {
    raw = readFileSync(sibling, 'utf8');
  } catch {
    return {};
  }
  try {
    const parsed = JSON.parse(raw) as { published?: unknown; source?: unknown };
    return {
      ...(typeof parsed.published === 'string' ? { published: parsed.published } : {}),
      ...(typeof parsed.source === 'string' ? { source: parsed.source } : {}),
    };
  } catch {
    throw new UnreadableFile(`${sibling}: is not valid JSON (read for the article's published date and source)`);
  }
}
