import { z } from 'zod';
import { workspaceSchema } from './format';

/**
 * The workspace file format as a JSON Schema (draft 2020-12), made from the zod schema the app reads files
 * with, so the two cannot drift apart: docs/workspace-format.schema.json is this, written by
 * `npx tsx scripts/make-workspace-schema.ts` and checked by tests/unit/shared/workspace/jsonSchema.test.ts.
 * It describes what a reader accepts (`io: 'input'`): fields with defaults may be left out.
 */
export function workspaceJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(workspaceSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
}

/** The committed file's text: two-space indents and a final newline, so the check compares text exactly. */
export function workspaceJsonSchemaText(): string {
  return `${JSON.stringify(workspaceJsonSchema(), null, 2)}\n`;
}
