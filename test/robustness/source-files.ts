import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The project's root, for the audits that read src/. */
export const ROOT = resolve(__dirname, '../..');

/** Every .ts file under a folder, at any depth. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}
