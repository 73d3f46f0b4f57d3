import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadXlsxNode } from '../../../electron/cli/xlsxLoader';
import { builtinCatalog } from '../../../shared/frameworks/builtin';
import type { Policy } from '../../../shared/model/policy';
import { planFileImport, type FileImportInput } from '../../../shared/import/pipeline';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/import');
export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));

/** Plans an import of bytes into a workspace holding `existing`, with predictable ids. */
export function planBytes(bytes: Uint8Array, existing: Policy[] = [], more: Partial<FileImportInput> = {}) {
  let n = 0;
  return planFileImport({
    bytes,
    loadXlsx: loadXlsxNode,
    existing,
    existingLinkIds: new Set(),
    exists: builtinCatalog().has,
    duplicates: 'skip',
    now: '2026-05-01T10:00:00.000Z',
    makeId: () => `imp-${++n}`,
    ...more,
  });
}
