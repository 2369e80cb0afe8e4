import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT as root, sourceFiles } from './source-files.js';

interface Pattern {
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

/** Every regular expression literal and `new RegExp('...')` with a literal pattern in src/. */
function patternsOf(file: string): { patterns: Pattern[]; dynamic: string[] } {
  const text = readFileSync(file, 'utf8');
  const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const patterns: Pattern[] = [];
  const dynamic: string[] = [];
  const where = (node: ts.Node) => `${relative(root, file)}:${tree.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const literal = node.text;
      const slash = literal.lastIndexOf('/');
      patterns.push({ where: where(node), source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText() === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      if (pattern && ts.isStringLiteralLike(pattern)) {
        patterns.push({ where: where(node), source: pattern.text, flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '' });
      } else dynamic.push(where(node));
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return { patterns, dynamic };
}

const found = sourceFiles(join(root, 'src')).map(patternsOf);
const patterns = found.flatMap((f) => f.patterns);

describe('every regular expression in src/', () => {
  it('should be found by the audit (the audit itself works)', () => {
    expect(patterns.length).toBeGreaterThan(10);
    expect(patterns.some((p) => p.where.startsWith('src/document/mask.ts'))).toBe(true);
  });

  it('should be built from a literal, so that it can be audited', () => {
    expect(found.flatMap((f) => f.dynamic)).toEqual([]);
  });

  it('should not backtrack catastrophically (recheck finds no super-linear case)', () => {
    const unsafe = patterns
      .map((p) => ({ ...p, result: checkSync(p.source, p.flags.replace(/[^dgimsuy]/g, ''), { timeout: 10_000 }) }))
      .filter((p) => p.result.status !== 'safe')
      .map((p) => `${p.where} /${p.source}/ → ${p.result.status}${p.result.status === 'vulnerable' ? ` (${p.result.complexity.type})` : ''}`);
    expect(unsafe).toEqual([]);
  }, 300_000);

  it('should flag a known catastrophic pattern (the checker is not blind)', () => {
    expect(checkSync('^(a+)+$', '').status).toBe('vulnerable');
  });
});
