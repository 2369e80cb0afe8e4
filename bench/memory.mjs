// The memory of the 1 MB run, in a fresh process: the built package over the batch once, the
// heap sampled after every article; with JOBS > 1, extractMany on that many threads instead.
// Prints { maxRssMB, peakHeapMB, baseRssMB, claims }.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadArticles, repeatTo } from './corpus.mjs';

const [dist, size, jobs = '1'] = process.argv.slice(2);
const MiB = 1024 * 1024;
const baseRssMB = process.memoryUsage.rss() / MiB;
const { extractClaims, extractMany } = await import(pathToFileURL(join(dist, 'index.js')).href);
const { articles } = repeatTo(loadArticles().articles, Number(size));
let peakHeap = 0;
let claims = 0;
if (Number(jobs) > 1) {
  const batch = await extractMany(articles.map(({ text, options }) => ({ text, options })), { jobs: Number(jobs) });
  claims = batch.reduce((sum, found) => sum + found.length, 0);
  peakHeap = process.memoryUsage().heapUsed;
} else {
  for (const article of articles) {
    claims += extractClaims(article.text, article.options).length;
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
}
console.log(JSON.stringify({ maxRssMB: process.resourceUsage().maxRSS / 1024, peakHeapMB: peakHeap / MiB, baseRssMB, claims }));
