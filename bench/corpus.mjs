// The benchmark's text: the project's corpus articles (or the seed articles when corpus/ has
// none), repeated in turn until the batch reaches the size asked for.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const MB = 1_000_000;
const ARTICLE = /^\d+-.+\.txt$/;

/** { source, note, articles: [{ name, text, options }] } */
export function loadArticles() {
  const corpus = join(ROOT, 'corpus');
  const own = existsSync(corpus) ? readdirSync(corpus).filter((name) => ARTICLE.test(name)).sort() : [];
  if (own.length > 0) return { source: 'corpus/', note: null, articles: own.map((name) => readArticle(corpus, name)) };
  const seeds = join(ROOT, '../shared/seeds');
  const files = existsSync(seeds) ? readdirSync(seeds).filter((name) => name.endsWith('.txt')).sort() : [];
  if (files.length === 0) throw new Error(`bench: no NN-*.txt article in ${corpus} and no seed article in ${seeds}`);
  return { source: '../shared/seeds/', note: 'corpus/ holds no NN-*.txt article yet: using the seed articles', articles: files.map((name) => readArticle(seeds, name)) };
}

function readArticle(dir, name) {
  const text = readFileSync(join(dir, name), 'utf8');
  const annotation = join(dir, name.replace(/\.txt$/, '.json'));
  const options = {};
  if (existsSync(annotation)) {
    const { published, source } = JSON.parse(readFileSync(annotation, 'utf8'));
    if (typeof published === 'string') options.published = published;
    if (typeof source === 'string') options.source = source;
  }
  return { name, text, options };
}

/** The articles repeated in turn until their characters reach `size`. */
export function repeatTo(articles, size) {
  const batch = [];
  let chars = 0;
  for (let i = 0; chars < size; i++) {
    const article = articles[i % articles.length];
    batch.push(article);
    chars += article.text.length;
  }
  return { articles: batch, chars };
}
