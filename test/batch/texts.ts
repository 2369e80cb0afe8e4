import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoPath = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** The seed articles, or a loud failure when ../shared/seeds is missing. */
export function seedTexts(): string[] {
  const dir = repoPath('../shared/seeds');
  if (!existsSync(dir)) throw new Error(`${dir} is missing: the seed articles live beside the repository, in ../shared/seeds`);
  const files = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`${dir} holds no .txt seed articles`);
  return files.map((name) => readFileSync(`${dir}/${name}`, 'utf8'));
}

/** Short texts whose one figure tells them apart, so that a change of order shows. */
export function numberedTexts(count: number): string[] {
  return NUMBERED_VALUES(count).map((value) => `Heavy fighting has displaced ${value.toLocaleString('en-US')} people from the district, the agency said.`);
}

// ten thousands apart: no figure reads as a year
export const NUMBERED_VALUES = (count: number): number[] => Array.from({ length: count }, (_, i) => (i + 1) * 10_000 + 7);
