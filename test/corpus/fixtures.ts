import { fileURLToPath } from 'node:url';
import { readCorpus, type Annotation } from '../../src/corpus/index.js';

export const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** The annotation of one article of fixtures/basic. */
export async function basicAnnotation(name: string): Promise<Annotation> {
  const corpus = await readCorpus(fixture('basic'));
  const article = corpus.articles.find((a) => a.name === name);
  if (!article) throw new Error(`fixtures/basic has no ${name}`);
  return article.annotation;
}
