import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** shared/ is the domain: the UI, the CLI, the benchmarks and the tests all run it, so it may import none of them. */
const root = resolve(import.meta.dirname, '../../../shared');
const resources = resolve(import.meta.dirname, '../../../resources');
const FORBIDDEN = /^(electron|react|react-dom|dexie|ag-grid-.*|i18next|react-i18next|node:.*|fs|path|os|child_process|url|http|https|crypto|stream|zlib)(\/.*)?$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('shared/ layering', () => {
  const files = sourceFiles(root);
  it('has source files to check', () => expect(files.length).toBeGreaterThan(5));
  it.each(files.map((f) => [f.slice(root.length + 1), f]))('%s imports no UI, Node or Electron code', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const specifiers = [...text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? '');
    for (const spec of specifiers) {
      expect(spec, `${file} imports ${spec}`).not.toMatch(FORBIDDEN);
      if (spec.startsWith('.')) {
        const target = resolve(join(file, '..'), spec);
        // Reference data (JSON under resources/) is data, not code: the domain may read it.
        const isData = target.startsWith(resources) && target.endsWith('.json');
        expect(target.startsWith(root) || isData, `${file} reaches outside shared/: ${spec}`).toBe(true);
      }
    }
    const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
    expect(code).not.toMatch(/\b(window|document|localStorage|navigator|globalThis)\s*[.[]|\bprocess\.|\brequire\(/);
  });
});
