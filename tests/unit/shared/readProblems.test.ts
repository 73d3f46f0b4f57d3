import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { parseJson, readProblemMessage, schemaIssues } from '../../../shared/i18n/readProblems';
import { translator } from './translator';

describe('read problems: data from zod and JSON.parse, words from the catalogues', () => {
  const schema = z.strictObject({
    name: z.string().max(3),
    kind: z.enum(['article', 'goal']),
    tags: z.array(z.string()).min(2),
    order: z.number().min(1),
    when: z.iso.datetime(),
  });
  const data = { name: 'long', kind: 'poem', tags: ['x'], order: 0, when: 'soon', extra: true };
  const issues = schemaIssues(schema.safeParse(data).error!, data, 10);

  it('keeps what zod found as codes with parameters', () => {
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'name', code: 'tooLong', limit: 3 },
        { path: 'kind', code: 'value', values: ['article', 'goal'] },
        { path: 'tags', code: 'tooFew', limit: 2 },
        { path: 'order', code: 'tooSmall', limit: 1 },
        { path: 'when', code: 'format' },
        { path: '', code: 'unknownKeys', values: ['extra'] },
      ]),
    );
  });

  it('words each of them in Spanish and French, the whole document named for what it is', () => {
    const es = readProblemMessage(translator('es'), { kind: 'schema', issues });
    for (const part of ['name: como máximo 3 caracteres', 'kind: debe ser uno de estos valores: article, goal', 'tags: al menos 2 entradas', 'order: al menos 1', 'when: formato incorrecto', '(nivel superior): campos desconocidos: extra']) {
      expect(es).toContain(part);
    }
    expect(readProblemMessage(translator('fr'), { kind: 'schema', issues: [{ path: 'n', code: 'type', values: ['number'] }] })).toBe('n : nombre attendu');
  });

  it('locates broken JSON by line and column instead of quoting the engine', () => {
    const broken = parseJson('{\n  "a": 1,\n  "b" 2\n}');
    expect(broken).toEqual({ ok: false, problem: { kind: 'json', line: 3, column: 7 } });
    expect(!broken.ok && readProblemMessage(translator('fr'), broken.problem)).toBe('le JSON est illisible à la ligne 3, colonne 7');
    expect(parseJson('[1, 2]')).toEqual({ ok: true, data: [1, 2] });
  });
});
