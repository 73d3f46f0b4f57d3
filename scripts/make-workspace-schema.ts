/**
 * Writes docs/workspace-format.schema.json, the JSON Schema of the workspace file, from the zod schema in
 * shared/workspace/format.ts. Run `npx tsx scripts/make-workspace-schema.ts` after changing the format;
 * tests/unit/shared/workspace/jsonSchema.test.ts fails while the committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceJsonSchemaText } from '../shared/workspace/jsonSchema';

export const SCHEMA_PATH = join(import.meta.dirname, '../docs/workspace-format.schema.json');

writeFileSync(SCHEMA_PATH, workspaceJsonSchemaText());
console.log(`wrote ${SCHEMA_PATH}`);
