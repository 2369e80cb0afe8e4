import type { Claim } from '../types.js';

export type Format = 'table' | 'json' | 'jsonl' | 'csv';
export const FORMATS: readonly Format[] = ['table', 'json', 'jsonl', 'csv'];

const CSV_COLUMNS = ['file', 'kind', 'term', 'count', 'value', 'low', 'high', 'approximate', 'vague', 'group', 'measure', 'modality', 'period_start', 'period_end', 'places', 'speaker', 'mentions', 'confidence'] as const;

/** One row of plain fields per claim, shared by the table and CSV formats. */
function fields(file: string, claim: Claim): Record<(typeof CSV_COLUMNS)[number], string> {
  const { count } = claim;
  return {
    file,
    kind: claim.kind,
    term: claim.term,
    count: count.text,
    value: String(count.value),
    low: count.low === null ? '' : String(count.low),
    high: count.high === null ? '' : String(count.high),
    approximate: String(count.approximate),
    vague: count.vague ?? '',
    group: claim.group.noun,
    measure: claim.measure,
    modality: claim.modality,
    period_start: claim.period?.start ?? '',
    period_end: claim.period?.end ?? '',
    places: claim.places.map((p) => `${p.name} (${p.role})`).join('; '),
    speaker: claim.speaker ? claim.speaker.name + (claim.speaker.via ? ` via ${claim.speaker.via}` : '') : '',
    mentions: String(claim.mentions.length),
    confidence: claim.confidence.toFixed(2),
  };
}

export function csvHeader(): string {
  return CSV_COLUMNS.join(',');
}

export function csvRows(file: string, claims: readonly Claim[]): string[] {
  return claims.map((claim) => {
    const row = fields(file, claim);
    return CSV_COLUMNS.map((column) => csvCell(row[column])).join(',');
  });
}

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function jsonlRows(file: string, claims: readonly Claim[]): string[] {
  return claims.map((claim) => JSON.stringify({ file, ...claim }));
}

const TABLE_COLUMNS = [
  ['kind', 'kind'], ['count', 'count'], ['group', 'group'], ['measure', 'measure'], ['modality', 'modality'],
  ['period', 'period'], ['places', 'places'], ['speaker', 'speaker'], ['×', 'mentions'],
] as const;

/** A readable table of one file's claims. */
export function table(file: string, claims: readonly Claim[]): string {
  const rows = claims.map((claim) => {
    const row = fields(file, claim);
    const period = row.period_start || row.period_end ? `${row.period_start}..${row.period_end}` : '';
    const cells: Record<string, string> = { ...row, period, count: `${row.count} (${row.value})` };
    return TABLE_COLUMNS.map(([, key]) => clip(cells[key] ?? '', 40));
  });
  const header = TABLE_COLUMNS.map(([title]) => title);
  const widths = header.map((title, c) => Math.max(title.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ').trimEnd();
  const title = `${file}: ${claims.length} claim${claims.length === 1 ? '' : 's'}`;
  if (claims.length === 0) return title;
  return [title, line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
