import type { z } from 'zod';
import type { Translate } from './translate';

/**
 * Why a file's text could not be read as data: broken JSON, or JSON that breaks a schema. shared/ keeps these
 * as codes with parameters; the edge (renderer, CLI) words them with `readProblemMessage` in the user's
 * language. zod's and the JS engine's own messages are English only, so they are never shown.
 */
export type ReadProblem = { kind: 'json'; line?: number; column?: number } | { kind: 'schema'; issues: SchemaIssue[] };

/** One schema violation, as data: where (a dotted path, "" for the whole document) and what. */
export interface SchemaIssue {
  path: string;
  code: 'missing' | 'type' | 'tooShort' | 'tooLong' | 'tooFew' | 'tooMany' | 'tooSmall' | 'tooBig' | 'value' | 'format' | 'unknownKeys' | 'other';
  /** type: the expected type ("string", "number"…); value: the allowed values; unknownKeys: the keys. */
  values?: string[];
  /** tooShort … tooBig: the bound. */
  limit?: number;
}

/** JSON.parse, with a failure reported as a line and column (from the engine's "at position N") instead of its English text. */
export function parseJson(text: string): { ok: true; data: unknown } | { ok: false; problem: ReadProblem } {
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const at = /position (\d+)/.exec(message);
    const position = at ? Number(at[1]) : /end of (JSON )?input/i.test(message) ? text.length : null;
    if (position === null) return { ok: false, problem: { kind: 'json' } };
    const before = text.slice(0, position).split('\n');
    return { ok: false, problem: { kind: 'json', line: before.length, column: before.at(-1)!.length + 1 } };
  }
}

/** zod's issue codes, with the size bounds split by what is measured (text length, list length, number). */
const BOUNDS: Record<string, [small: SchemaIssue['code'], big: SchemaIssue['code']]> = {
  string: ['tooShort', 'tooLong'],
  array: ['tooFew', 'tooMany'],
  set: ['tooFew', 'tooMany'],
  number: ['tooSmall', 'tooBig'],
  int: ['tooSmall', 'tooBig'],
  bigint: ['tooSmall', 'tooBig'],
};

/**
 * The first schema issues of a failed safeParse of `data` as data. A field of the wrong type is told apart from
 * a missing one by looking the path up in `data`.
 */
export function schemaIssues(error: z.ZodError, data: unknown, max = 5): SchemaIssue[] {
  return error.issues.slice(0, max).map((issue): SchemaIssue => {
    const path = issue.path.map(String).join('.');
    switch (issue.code) {
      case 'invalid_type':
        return valueAt(data, issue.path) === undefined ? { path, code: 'missing' } : { path, code: 'type', values: [issue.expected] };
      case 'too_small':
      case 'too_big': {
        const [small, big] = BOUNDS[issue.origin] ?? ['tooSmall', 'tooBig'];
        const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
        return { path, code: issue.code === 'too_small' ? small : big, limit };
      }
      case 'invalid_value':
        return { path, code: 'value', values: issue.values.map(String) };
      case 'invalid_format':
        return { path, code: 'format' };
      case 'unrecognized_keys':
        return { path, code: 'unknownKeys', values: issue.keys };
      default:
        return { path, code: 'other' };
    }
  });
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Type names as zod reports them, for the ones the catalogue words (others are shown as they are). */
const TYPES = new Set(['string', 'number', 'boolean', 'array', 'object', 'null']);

export function schemaIssueMessage(t: Translate, issue: SchemaIssue): string {
  const path = issue.path || t('common:read.topLevel');
  const values = issue.values ?? [];
  const expected = values[0] && TYPES.has(values[0]) ? t(`common:read.types.${values[0]}`) : (values[0] ?? '');
  return t(`common:read.${issue.code}`, {
    path,
    expected,
    values: values.join(', '),
    count: issue.limit ?? 0,
  });
}

/** A read problem in words: "the JSON cannot be read at line 3, column 5", or the schema issues joined. */
export function readProblemMessage(t: Translate, problem: ReadProblem): string {
  if (problem.kind === 'schema') return problem.issues.map((issue) => schemaIssueMessage(t, issue)).join('; ');
  return problem.line === undefined ? t('common:read.json') : t('common:read.jsonAt', { line: problem.line, column: problem.column ?? 1 });
}
