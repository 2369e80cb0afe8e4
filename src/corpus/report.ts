import type { Evaluation } from './evaluate.js';
import { FIGURE_NAMES, type Figure, type FigureName, type Figures, type Tally } from './figures.js';
import type { UnmetFloor } from './floor.js';
import type { Finding } from './score.js';

const LABELS: Readonly<Record<FigureName, [string, string]>> = {
  precision: ['precision', 'extracted claims (optional matches left out)'],
  recall: ['recall', 'listed claims (optional left out)'],
  f1: ['F1', '(twice the matched, of extracted + listed)'],
  speaker: ['speaker', 'matched claims whose speaker is judged'],
  period: ['period', 'matched claims whose period is judged'],
  placeRecall: ['place recall', 'listed places of matched claims'],
  placePrecision: ['place precision', 'extracted places of matched claims'],
};

/** One row per article and a total row, then each total figure with its counts. */
export function formatTable(evaluation: Evaluation): string {
  const header = ['article', 'claims', 'found', ...FIGURE_NAMES.map((name) => LABELS[name][0])];
  const rows = evaluation.articles.map((article) => row(article.name, article.score.tally, article.score.figures));
  const total = row(`total (${evaluation.articles.length})`, evaluation.tally, evaluation.figures);
  const lines = align([header, ...rows, total]);
  lines.splice(lines.length - 1, 0, '-'.repeat(lines[0]!.length));
  return [...lines, '', ...FIGURE_NAMES.map((name) => explain(name, evaluation.figures[name]))].join('\n');
}

/** Each miss, false claim and wrong field, under its article. */
export function formatFindings(evaluation: Evaluation): string {
  const blocks = evaluation.articles
    .filter((article) => article.score.findings.length > 0)
    .map((article) => [article.name, ...article.score.findings.map((finding) => `  ${describeFinding(finding)}`)].join('\n'));
  return blocks.length > 0 ? blocks.join('\n') : 'no misses, false claims or wrong fields';
}

export function formatUnmet(unmet: readonly UnmetFloor[]): string {
  return unmet.map(({ figure, floor, value }) => `${LABELS[figure][0]} ${fixed(value)} is below its floor ${floor}`).join('\n');
}

/** The figures for machines; `findings` only when asked for. */
export function toJson(dir: string, evaluation: Evaluation, unmet: readonly UnmetFloor[], findings: boolean): string {
  return JSON.stringify({
    dir,
    total: { ...evaluation.figures, tally: evaluation.tally },
    articles: evaluation.articles.map(({ name, score }) => ({
      name, ...score.figures, tally: score.tally, ...(findings ? { findings: score.findings } : {}),
    })),
    unmetFloors: unmet,
  }, null, 2);
}

export function describeFinding(finding: Finding): string {
  const expected = finding.expected === undefined ? '' : `expected ${finding.expected}`;
  const found = finding.found === undefined ? '' : `found ${finding.found}`;
  const detail = [expected, found].filter(Boolean).join(', ');
  return `${finding.type}: ${finding.claim}${detail ? `: ${detail}` : ''}`;
}

function row(name: string, tally: Tally, figures: Figures): string[] {
  const claims = tally.optional > 0 ? `${tally.listed}+${tally.optional}?` : String(tally.listed);
  return [name, claims, String(tally.extracted), ...FIGURE_NAMES.map((figure) => fixed(figures[figure].value))];
}

function explain(name: FigureName, figure: Figure): string {
  const [label, of] = LABELS[name];
  return `${label.padEnd(16)}${fixed(figure.value).padStart(6)}  ${figure.hits} of ${figure.of} ${of}`;
}

function fixed(value: number | null): string {
  return value === null ? '-' : value.toFixed(3);
}

function align(rows: readonly string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((cells) => (cells[i] ?? '').length)));
  return rows.map((cells) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd());
}
