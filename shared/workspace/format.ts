import { z } from 'zod';
import { POLICY_STATUSES, REGIONS } from '../model/policy';

/**
 * The workspace file (`.hrmap.json`): one JSON document other tools can read. Its top level always holds
 * `format`, `version`, `policies` and `links`. Versions only grow; a reader refuses versions it does not know.
 */
export const WORKSPACE_FORMAT = 'hrmap-workspace';
export const WORKSPACE_VERSION = 1;

const isoDate = z.string().min(1).max(40);

export const policySchema = z.object({
  id: z.string().min(1).max(100),
  title: z.string().min(1).max(500),
  city: z.string().max(500),
  country: z.string().max(500),
  region: z.union([z.enum(REGIONS), z.literal('')]),
  sector: z.string().max(500),
  status: z.union([z.enum(POLICY_STATUSES), z.literal('')]),
  startYear: z.number().int().min(1900).max(2100).nullable(),
  description: z.string().max(20_000),
  groups: z.array(z.string().max(60)).max(50).default([]),
  createdAt: isoDate,
  updatedAt: isoDate,
});

export const linkSchema = z.object({
  id: z.string().min(1).max(300),
  policyId: z.string().min(1).max(100),
  itemId: z.string().min(1).max(100),
  strength: z.enum(['primary', 'secondary']),
  rationale: z.string().max(5_000),
  author: z.string().max(200),
  createdAt: isoDate,
  updatedAt: isoDate,
});

const changeOpSchema = z.discriminatedUnion('table', [
  z.object({ table: z.literal('policies'), id: z.string(), before: policySchema.nullable(), after: policySchema.nullable() }),
  z.object({ table: z.literal('links'), id: z.string(), before: linkSchema.nullable(), after: linkSchema.nullable() }),
]);

/** The workspace's own name and settings, as a step of the change log may replace them (restoring a backup). */
export const workspaceMetaSchema = z.object({
  name: z.string().max(200),
  settings: z.record(z.string(), z.unknown()),
});

/** One undoable step of the change log (see renderer/db/database.ts `ChangeRow`), so history travels with the file. */
export const changeSchema = z.object({
  at: isoDate,
  label: z.string().max(200),
  ops: z.array(changeOpSchema),
  undone: z.union([z.literal(0), z.literal(1)]),
  /** Present when the step also replaced the name and settings; optional, so readers that ignore it lose nothing else. */
  workspace: z.object({ before: workspaceMetaSchema, after: workspaceMetaSchema }).optional(),
});

export const workspaceSchema = z.object({
  format: z.literal(WORKSPACE_FORMAT),
  version: z.literal(WORKSPACE_VERSION),
  name: z.string().max(200),
  savedAt: isoDate,
  /** Framework ids and the versions the links refer to. */
  frameworks: z.array(z.object({ id: z.string(), version: z.string() })).default([]),
  settings: z.record(z.string(), z.unknown()).default({}),
  policies: z.array(policySchema),
  links: z.array(linkSchema),
  /** The change log, oldest first. Optional, so files from other tools need none. */
  changes: z.array(changeSchema).default([]),
});

export type WorkspaceFile = z.output<typeof workspaceSchema>;
export type WorkspaceChange = z.output<typeof changeSchema>;
export type WorkspaceMeta = z.output<typeof workspaceMetaSchema>;
