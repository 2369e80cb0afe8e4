import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT, sourceFiles } from './source-files.js';

// An accessor on an object literal that a call makes (`{ get countries() { ... } }` closing over
// the call), or one added with Object.defineProperty, gives each object a hidden class of its own.
// V8 makes those where its collector keeps long-lived objects: on the benchmark, the one object of
// that kind that places/ made per article doubled the cost of every young collection. Per-call
// objects with accessors are classes (places/context.ts, speakers/lexicon.ts, speakers/registry.ts).

/** Where a source text defines an accessor per object: in an object literal or by defineProperty. */
function perObjectAccessors(file: string, text: string): string[] {
  const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const where = (node: ts.Node) => `${file}:${tree.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if ((ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node)) && ts.isObjectLiteralExpression(node.parent)) found.push(where(node));
    if (ts.isCallExpression(node) && /^Object\.definePropert(?:y|ies)$/.test(node.expression.getText())) found.push(where(node));
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

describe('hidden classes', () => {
  it('finds an accessor in an object literal and one added by defineProperty, not one in a class', () => {
    const text = [
      'function a(x: number) { return { get double() { return x * 2; } }; }',
      'function b(o: object) { Object.defineProperty(o, "k", { get: () => 1 }); }',
      'class C { get k() { return 1; } }',
    ].join('\n');
    expect(perObjectAccessors('sample.ts', text)).toEqual(['sample.ts:1', 'sample.ts:2']);
  });

  it('src/ defines no accessor per object: per-call objects with accessors are classes', () => {
    const found = sourceFiles(join(ROOT, 'src')).flatMap((file) => perObjectAccessors(relative(ROOT, file), readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });
});
