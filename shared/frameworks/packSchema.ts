import { z } from 'zod';
import { parseJson, schemaIssues, type ReadProblem } from '../i18n/readProblems';
import type { CrosswalkEntry, FrameworkPack } from '../model/framework';

const localized = z.object({ en: z.string().optional(), fr: z.string().optional(), es: z.string().optional() });
const keywords = z.object({
  en: z.array(z.string()).optional(),
  fr: z.array(z.string()).optional(),
  es: z.array(z.string()).optional(),
});

export const frameworkItemSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*:[A-Za-z0-9.-]+$/, 'an id like sdg:6.1'),
  frameworkId: z.string().min(1),
  code: z.string().min(1).max(40),
  parentId: z.string().nullable(),
  kind: z.enum(['preamble', 'provision', 'article', 'action', 'goal', 'target']),
  order: z.number(),
  title: localized,
  text: localized,
  keywords: keywords.optional(),
  officialText: localized.optional(),
  officialSource: z.partialRecord(z.enum(['en', 'fr', 'es']), z.object({ source: z.string().max(1000), version: z.string().max(100) })).optional(),
});

export const frameworkPackSchema = z.object({
  format: z.literal('hrmap-framework-pack'),
  framework: z.object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    name: localized,
    version: z.string().min(1).max(100),
    languages: z.array(z.enum(['en', 'fr', 'es'])).min(1),
    source: z.string().max(1000),
  }),
  items: z.array(frameworkItemSchema).min(1),
});

export const crosswalkSchema = z.object({
  format: z.literal('hrmap-crosswalk'),
  version: z.string(),
  entries: z.array(z.object({ from: z.string(), to: z.string(), rationale: localized })),
});

export function parseFrameworkPack(data: unknown): FrameworkPack {
  return frameworkPackSchema.parse(data) as FrameworkPack;
}

/** A framework pack from a file's text, or why it is not one (as data, for readProblemMessage). */
export function readFrameworkPack(text: string): { ok: true; pack: FrameworkPack } | { ok: false; reason: ReadProblem } {
  const json = parseJson(text);
  if (!json.ok) return { ok: false, reason: json.problem };
  const parsed = frameworkPackSchema.safeParse(json.data);
  return parsed.success ? { ok: true, pack: parsed.data as FrameworkPack } : { ok: false, reason: { kind: 'schema', issues: schemaIssues(parsed.error, json.data) } };
}

export function parseCrosswalk(data: unknown): CrosswalkEntry[] {
  return crosswalkSchema.parse(data).entries;
}
