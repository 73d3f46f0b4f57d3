import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../../../../shared/frameworks/builtin';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION } from '../../../../shared/workspace/format';
import { workspaceJsonSchema, workspaceJsonSchemaText } from '../../../../shared/workspace/jsonSchema';
import { checkWorkspace, readWorkspaceText } from '../../../../shared/workspace/serialize';

const DOCS = join(import.meta.dirname, '../../../../docs');
const COMMITTED = join(DOCS, 'workspace-format.schema.json');

describe('the workspace file format documentation', () => {
  it('is what the zod schema gives today (run `npx tsx scripts/make-workspace-schema.ts` after changing the format)', () => {
    expect(readFileSync(COMMITTED, 'utf8')).toBe(workspaceJsonSchemaText());
  });

  it('says what other tools rely on: the format, the version, policies and links at the top level', () => {
    const schema = workspaceJsonSchema() as { properties: Record<string, { const?: unknown }>; required: string[] };
    expect(schema.properties['format']!.const).toBe(WORKSPACE_FORMAT);
    expect(schema.properties['version']!.const).toBe(WORKSPACE_VERSION);
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'policies', 'links']));
    // Fields with a default may be left out by other tools' files.
    expect(schema.required).not.toContain('changes');
  });

  it('the example in docs/workspace-format.md is a valid workspace file', () => {
    const example = /```json\n([\s\S]*?)\n```/.exec(readFileSync(join(DOCS, 'workspace-format.md'), 'utf8'))![1]!;
    const read = readWorkspaceText(example);
    expect(read).toMatchObject({ ok: true });
    if (read.ok) {
      expect(checkWorkspace(read.workspace, builtinCatalog().has)).toEqual([]);
      expect([read.workspace.policies.length, read.workspace.links.length, read.workspace.changes.length]).toEqual([1, 2, 1]);
    }
  });
});
