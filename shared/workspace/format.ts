import { z } from 'zod';
import { LANGS } from '../model/lang';
import { POLICY_STATUSES, REGIONS } from '../model/policy';

/**
 * The workspace file (`.hrmap.json`): one JSON document other tools can read. Its top level always holds
 * `format`, `version`, `policies` and `links`. Versions only grow; a reader refuses versions it does not know.
 * An optional field that older readers may ignore (they drop keys they do not know) does not change the
 * version: `frameworks[].officialText` was added that way, and files without it read as before.
 * Documented in docs/workspace-format.md; docs/workspace-format.schema.json is generated from this schema
 * (`npx tsx scripts/make-workspace-schema.ts`), and a test fails when it is out of date.
 */
export const WORKSPACE_FORMAT = 'hrmap-workspace';
export const WORKSPACE_VERSION = 1;

const isoDate = z.string().min(1).max(40);

export const policySchema = z
  .object({
    id: z.string().min(1).max(100).describe('Unique in the file; links refer to it.'),
    title: z.string().min(1).max(500),
    city: z.string().max(500).describe('City or territory.'),
    country: z.string().max(500),
    region: z.union([z.enum(REGIONS), z.literal('')]).describe('UCLG region id, or "" when unknown.'),
    sector: z.string().max(500),
    status: z.union([z.enum(POLICY_STATUSES), z.literal('')]),
    startYear: z.number().int().min(1900).max(2100).nullable(),
    description: z.string().max(20_000),
    groups: z.array(z.string().max(60)).max(50).default([]).describe('Rights-holder group ids (shared/model/groups.ts).'),
    createdAt: isoDate,
    updatedAt: isoDate,
  })
  .meta({ id: 'policy', title: 'Policy', description: 'A local policy, programme or by-law of a city or territory: one row of the register.' });

export const linkSchema = z
  .object({
    id: z.string().min(1).max(300).describe('Always `${policyId}|${itemId}`: one link per policy and item.'),
    policyId: z.string().min(1).max(100),
    itemId: z.string().min(1).max(100).describe('A framework item id such as "charter:XI.2", "udhr:25", "sdg:6.1".'),
    strength: z.enum(['primary', 'secondary']),
    rationale: z.string().max(5_000),
    author: z.string().max(200).describe('Who recorded the link.'),
    createdAt: isoDate,
    updatedAt: isoDate,
  })
  .meta({ id: 'link', title: 'Link', description: 'A policy mapped to a framework item.' });

const changeOpSchema = z.discriminatedUnion('table', [
  z.object({ table: z.literal('policies'), id: z.string(), before: policySchema.nullable(), after: policySchema.nullable() }),
  z.object({ table: z.literal('links'), id: z.string(), before: linkSchema.nullable(), after: linkSchema.nullable() }),
]);

/** The workspace's own name and settings, as a step of the change log may replace them (restoring a backup). */
export const workspaceMetaSchema = z
  .object({
    name: z.string().max(200),
    settings: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'workspaceMeta', title: 'Workspace name and settings' });

const officialTextRecordSchema = z.object({
  source: z.string().max(1000),
  version: z.string().max(100),
  languages: z.array(z.enum(LANGS)),
  items: z.number().int().min(0),
  importedAt: isoDate,
});

/** One undoable step of the change log (see renderer/db/database.ts `ChangeRow`), so history travels with the file. */
export const changeSchema = z
  .object({
    at: isoDate,
    label: z.string().max(200).describe('A message key naming the action, e.g. "import:history.import".'),
    ops: z.array(changeOpSchema).describe('Rows before and after, in order; null: the row did not exist.'),
    undone: z.union([z.literal(0), z.literal(1)]).describe('1: undone (the redo stack).'),
    /** Present when the step also replaced the name and settings; optional, so readers that ignore it lose nothing else. */
    workspace: z
      .object({ before: workspaceMetaSchema, after: workspaceMetaSchema })
      .optional()
      .describe('Present when the step also replaced the name and settings (restoring a backup).'),
  })
  .meta({ id: 'change', title: 'Change', description: 'One undoable step of the change log.' });

export const workspaceSchema = z
  .object({
    format: z.literal(WORKSPACE_FORMAT),
    version: z.literal(WORKSPACE_VERSION).describe('The file format version. Readers refuse versions newer than theirs.'),
    name: z.string().max(200),
    savedAt: isoDate.describe('ISO 8601 time the file was written.'),
    /**
     * Framework ids and the versions the links refer to; `officialText` lists the official wording imported into
     * that framework where the file was saved (source, version, languages, item count; the wording stays there).
     */
    frameworks: z
      .array(z.object({ id: z.string(), version: z.string(), officialText: z.array(officialTextRecordSchema).optional() }))
      .default([])
      .describe('The frameworks the links refer to, with their versions and the official wording imported into them.'),
    settings: z
      .record(z.string(), z.unknown())
      .default({})
      .describe('Workspace settings, e.g. "campaign.milestones" (numbers) and "backupsToKeep" (1 to 200).'),
    policies: z.array(policySchema),
    links: z.array(linkSchema),
    /** The change log, oldest first. Optional, so files from other tools need none. */
    changes: z.array(changeSchema).default([]).describe('The change log, oldest first (undo and redo travel with the file).'),
  })
  .meta({ title: 'HRMap workspace file (.hrmap.json)' });

export type WorkspaceFile = z.output<typeof workspaceSchema>;
export type WorkspaceChange = z.output<typeof changeSchema>;
export type WorkspaceMeta = z.output<typeof workspaceMetaSchema>;
