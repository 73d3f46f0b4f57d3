import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every word a user reads must come from a message catalogue. This walks the renderer's .ts and .tsx files with
 * the TypeScript parser and reports words written as literals where people read them:
 * - JSX text, and string or template literals inside JSX expressions ({'Save'}, {busy ? 'Saving' : t('x')},
 *   {name || 'Unnamed'}), including in any attribute that carries text (title, placeholder, alt, label, aria-label
 *   and the components' text props such as message or confirmLabel);
 * - other aria-* attributes whose literal value is not an ARIA token (aria-live="polite") or an id reference;
 * - in any code: `new Error('…')` texts (they end up in "… failed: {{message}}"), properties that hold UI text
 *   ({ text: '…' }, { headerName: '…' }) and calls that show a message (setMessage('…'), onMessage('…')).
 * Calls such as t('key', …) are not looked into: their strings are keys. A literal counts when it holds a word
 * (two letters in a row), so '—', '×', ' · ' and '+' pass.
 */
const root = resolve(import.meta.dirname, '../../../renderer');
const HAS_WORD = /\p{L}{2,}/u;

/** Attributes and props whose value people read. */
const TEXT_ATTRIBUTES = new Set([
  'title', 'placeholder', 'alt', 'label', 'aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder',
  'message', 'text', 'heading', 'hint', 'confirmLabel', 'searchLabel', 'optionsLabel', 'emptyLabel', 'noMatch', 'removeLabel', 'more',
]);
/** aria-* attributes whose value names elements by id. */
const ARIA_ID_REFS = new Set(['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant', 'aria-details', 'aria-errormessage', 'aria-flowto']);
/** aria-keyshortcuts holds key names ("Alt+M"), which ARIA defines and nobody translates. */
const ARIA_KEY_NAMES = new Set(['aria-keyshortcuts']);
/** The enumerated values ARIA defines; any other literal word in an aria-* attribute is text. */
const ARIA_TOKENS = new Set([
  'true', 'false', 'mixed', 'undefined', 'polite', 'assertive', 'off', 'list', 'both', 'inline', 'none', 'page', 'step', 'location', 'date', 'time',
  'listbox', 'menu', 'dialog', 'grid', 'tree', 'ascending', 'descending', 'other', 'horizontal', 'vertical', 'additions', 'removals', 'text', 'all',
]);
/** Object properties that hold UI text. */
const TEXT_PROPERTIES = new Set(['text', 'message', 'label', 'heading', 'hint', 'placeholder', 'headerName', 'headerTooltip', 'tooltip', 'ariaLabel', 'longLabel']);
/** Calls that show their string argument to the user. */
const MESSAGE_CALLS = new Set(['setMessage', 'onMessage', 'setError', 'setStatus', 'fail', 'refuse', 'alert', 'confirm']);

/**
 * Literals that are not UI text, each with why. Keep this short: a new entry needs a reason a reviewer accepts.
 * Matched against "file: text".
 */
const ALLOWED: [RegExp, string][] = [
  [/^app\/(services|registerFilter)\.tsx: use\w+ outside \w+Provider$/, 'a programming error (a hook used outside its provider), never reaches a user'],
  [/^reports\/stream\/zipArchiver\.ts: (zip output before pipe\(\)|base64 entries are not supported|file entries are not supported in the browser|unsupported archive format)$/, 'the zip shim refusing calls exceljs never makes: a programming error, never reaches a user'],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The literal pieces of text an expression can evaluate to, through ternaries, ||, ??, && and +; not into calls. */
function textLeaves(node: ts.Expression): ts.Node[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isTemplateExpression(node)) return [node.head, ...node.templateSpans.map((span) => span.literal), ...node.templateSpans.flatMap((span) => textLeaves(span.expression))];
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node)) return textLeaves(node.expression);
  // A text prop given as a function (noMatch={(q) => …}): what it returns.
  if (ts.isArrowFunction(node) && !ts.isBlock(node.body)) return textLeaves(node.body);
  if (ts.isConditionalExpression(node)) return [...textLeaves(node.whenTrue), ...textLeaves(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) return [...textLeaves(node.left), ...textLeaves(node.right)];
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return textLeaves(node.right);
  }
  return [];
}

function literalText(node: ts.Node): string {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) ? node.text : '';
}

function calleeName(node: ts.CallExpression | ts.NewExpression): string {
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return '';
}

export function literalStrings(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const name = relative(root, fileName);
  const report = (node: ts.Node, what: string, text: string) => {
    if (!HAS_WORD.test(text)) return;
    const entry = `${name}: ${text.trim()}`;
    if (ALLOWED.some(([pattern]) => pattern.test(entry))) return;
    found.push(`${name}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${what} "${text.trim()}"`);
  };
  const reportLeaves = (expression: ts.Expression, what: string) => {
    for (const leaf of textLeaves(expression)) report(leaf, what, literalText(leaf));
  };

  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, 'text', node.text);
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) reportLeaves(node.expression, 'expression');
    else if (ts.isJsxAttribute(node)) {
      const attribute = node.name.getText(file);
      const init = node.initializer;
      const value = !init ? undefined : ts.isStringLiteral(init) ? init : ts.isJsxExpression(init) ? init.expression : undefined;
      if (value && TEXT_ATTRIBUTES.has(attribute)) reportLeaves(value, attribute);
      else if (value && attribute.startsWith('aria-') && !ARIA_ID_REFS.has(attribute) && !ARIA_KEY_NAMES.has(attribute)) {
        for (const leaf of textLeaves(value)) if (!ARIA_TOKENS.has(literalText(leaf).trim())) report(leaf, attribute, literalText(leaf));
      }
    } else if (ts.isNewExpression(node) && calleeName(node).endsWith('Error') && node.arguments?.[0]) reportLeaves(node.arguments[0], 'error');
    else if (ts.isCallExpression(node) && MESSAGE_CALLS.has(calleeName(node))) {
      for (const arg of node.arguments) reportLeaves(arg, `${calleeName(node)}()`);
    } else if (ts.isPropertyAssignment(node) && TEXT_PROPERTIES.has(node.name.getText(file))) reportLeaves(node.initializer, node.name.getText(file));
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('renderer strings come from catalogues', () => {
  it('the checker catches literals in text, expressions, attributes and messages (so a pass means something)', () => {
    const tsx = (code: string) => literalStrings(join(root, 'x.tsx'), code);
    const ts_ = (code: string) => literalStrings(join(root, 'x.ts'), code);
    expect(tsx('const a = <p title="Hello there">Add policy <b>{t("x")}</b></p>;')).toHaveLength(2);
    expect(tsx(`const a = <p>{busy ? 'Saving' : t('save')} {name || 'Unnamed'} {'Done'} {\`\${n} rows\`}</p>;`)).toEqual([
      'x.tsx:1 expression "Saving"',
      'x.tsx:1 expression "Unnamed"',
      'x.tsx:1 expression "Done"',
      'x.tsx:1 expression "rows"',
    ]);
    expect(tsx(`const a = <button aria-label={open ? 'Close panel' : t('open')} aria-live="polite" aria-labelledby="title-id" aria-sort="sortiert" />;`)).toEqual([
      'x.tsx:1 aria-label "Close panel"',
      'x.tsx:1 aria-sort "sortiert"',
    ]);
    expect(tsx('const a = <StatusMessage message="Saved" tone="info" />;')).toEqual(['x.tsx:1 message "Saved"']);
    expect(tsx('const a = <MultiSelect noMatch={(q) => `Nothing for ${q}`} />;')).toEqual(['x.tsx:1 noMatch "Nothing for"']);
    expect(ts_(`throw new Error(\`No policy \${id}\`); setMessage({ text: 'Backup taken.', tone: 'info' }); onMessage('Linked');`)).toEqual([
      'x.ts:1 error "No policy"',
      'x.ts:1 text "Backup taken."',
      'x.ts:1 onMessage() "Linked"',
    ]);
    expect(ts_(`const col = { headerName: 'Title', field: 'title' };`)).toEqual(['x.ts:1 headerName "Title"']);
  });

  it('keys, codes, class names, comparisons and punctuation pass', () => {
    const clean = `
      const a = <p title={t('k')} className="result-flag" lang="en" aria-hidden="true">{t('x')} · 3 {kind === 'article' ? '—' : '×'} {\`\${a} / \${b}\`}</p>;
      throw new Error(t('common:errors.x', { id }));
      setMessage({ text: t('ui.saved'), tone: 'info' });
      const view = { label: item.code, title: \`\${code} · \${title}\` };
    `;
    expect(literalStrings(join(root, 'y.tsx'), clean)).toEqual([]);
  });

  it('no renderer file shows a string literal', () => {
    const offenders = sourceFiles(root).flatMap((f) => literalStrings(f, readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
