import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every word a user reads must come from a message catalogue. This walks the renderer's TSX with the
 * TypeScript parser and reports JSX text and user-facing attributes written as literals.
 */
const root = resolve(import.meta.dirname, '../../../renderer');
const USER_FACING_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label', 'aria-roledescription']);
const HAS_WORD = /\p{L}{2,}/u;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsxFiles(path);
    return name.endsWith('.tsx') ? [path] : [];
  });
}

export function literalStrings(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) => `${relative(root, fileName)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && HAS_WORD.test(node.text)) found.push(`${where(node)} text "${node.text.trim()}"`);
    if (ts.isJsxAttribute(node) && USER_FACING_ATTRIBUTES.has(node.name.getText(file))) {
      const init = node.initializer;
      const literal = init && (ts.isStringLiteral(init) ? init : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression) ? init.expression : null);
      if (literal && HAS_WORD.test(literal.text)) found.push(`${where(node)} ${node.name.getText(file)}="${literal.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('renderer strings come from catalogues', () => {
  it('the checker catches literals (so a pass means something)', () => {
    const bad = literalStrings(join(root, 'x.tsx'), 'const a = <p title="Hello there">Add policy <b>{t("x")}</b></p>;');
    expect(bad).toHaveLength(2);
    expect(literalStrings(join(root, 'y.tsx'), 'const a = <p title={t("k")}>{t("x")} · 3</p>;')).toEqual([]);
  });
  it('no component renders a string literal', () => {
    const offenders = tsxFiles(root).flatMap((f) => literalStrings(f, readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
