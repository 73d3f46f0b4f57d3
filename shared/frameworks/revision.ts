import { z } from 'zod';
import { parseJson, schemaIssues, type ReadProblem } from '../i18n/readProblems';
import { parseCsv } from '../import/csv';
import type { FrameworkPack } from '../model/framework';
import { linkId, type Link } from '../model/link';

/**
 * A new version of a framework (the Charter-Agenda is under revision) arrives as a pack plus a correspondence
 * table: old item id -> new item id. Every link follows the table; links whose item has no counterpart in the
 * new version are listed for review instead of being dropped. Pure: the caller stores the result in one go.
 */
export type Correspondence = ReadonlyMap<string, string>;

/** Data, not words: `revisionProblemMessage` (./messages) words it in the user's language. */
export interface RevisionProblem {
  code: 'unknownOldItem' | 'unknownNewItem' | 'wrongFramework' | 'duplicateOldItem' | 'unreadable';
  /** Ids, or the text of a CSV line that is not two ids. */
  detail: string;
  /** The CSV line (1-based) that could not be read. */
  line?: number;
  /** Unreadable JSON, or JSON that breaks the format. */
  reason?: ReadProblem;
}

export interface LinkMove {
  before: Link;
  after: Link;
}

export interface RevisionPlan {
  frameworkId: string;
  fromVersion: string;
  toVersion: string;
  /** Links whose item id changed, before and after. */
  moved: LinkMove[];
  /** Links of this framework whose item keeps its id. */
  kept: Link[];
  /** Two old items now one: the second link of the same policy folds into the first (stronger strength kept). */
  merged: LinkMove[];
  /** Links whose item is gone from the new version and has no counterpart: for the analyst to review. */
  unmatched: Link[];
}

/** Checks a correspondence table against both versions; an empty list means it can be applied. */
export function checkCorrespondence(oldPack: FrameworkPack, newPack: FrameworkPack, table: Correspondence): RevisionProblem[] {
  const problems: RevisionProblem[] = [];
  const oldIds = new Set(oldPack.items.map((i) => i.id));
  const newIds = new Set(newPack.items.map((i) => i.id));
  if (oldPack.framework.id !== newPack.framework.id) problems.push({ code: 'wrongFramework', detail: `${oldPack.framework.id} -> ${newPack.framework.id}` });
  for (const [from, to] of table) {
    if (!oldIds.has(from)) problems.push({ code: 'unknownOldItem', detail: from });
    if (!newIds.has(to)) problems.push({ code: 'unknownNewItem', detail: to });
  }
  return problems;
}

/** Where every link of the revised framework goes. Links of other frameworks are not touched. */
export function planRevision(oldPack: FrameworkPack, newPack: FrameworkPack, table: Correspondence, links: readonly Link[], now: string): RevisionPlan {
  const problems = checkCorrespondence(oldPack, newPack, table);
  if (problems.length) throw new RevisionError(problems);
  const frameworkId = newPack.framework.id;
  const newIds = new Set(newPack.items.map((i) => i.id));
  const plan: RevisionPlan = { frameworkId, fromVersion: oldPack.framework.version, toVersion: newPack.framework.version, moved: [], kept: [], merged: [], unmatched: [] };
  const after = new Map<string, Link>();
  const ofFramework = links.filter((l) => l.itemId.startsWith(`${frameworkId}:`));
  // Links that keep their item first, so a moved link folding into one of them merges into the existing link.
  const ordered = [...ofFramework].sort((a, b) => Number(table.has(a.itemId)) - Number(table.has(b.itemId)));
  for (const link of ordered) {
    const target = table.get(link.itemId) ?? (newIds.has(link.itemId) ? link.itemId : null);
    if (!target) {
      plan.unmatched.push(link);
      continue;
    }
    const id = linkId(link.policyId, target);
    const existing = after.get(id);
    if (existing) {
      const strength = existing.strength === 'primary' || link.strength === 'primary' ? 'primary' : 'secondary';
      const rationale = [existing.rationale, link.rationale].filter(Boolean).filter((r, i, all) => all.indexOf(r) === i).join(' / ');
      const folded = { ...existing, strength, rationale, updatedAt: now } as Link;
      after.set(id, folded);
      plan.merged.push({ before: link, after: folded });
      continue;
    }
    if (target === link.itemId) {
      after.set(id, link);
      plan.kept.push(link);
    } else {
      const moved: Link = { ...link, id, itemId: target, updatedAt: now };
      after.set(id, moved);
      plan.moved.push({ before: link, after: moved });
    }
  }
  // A merge may have changed a link already listed as moved or kept: report its final form.
  plan.moved = plan.moved.map((m) => ({ before: m.before, after: after.get(m.after.id)! }));
  plan.kept = plan.kept.map((k) => after.get(k.id)!);
  return plan;
}

/** Thrown when a table that does not fit is applied anyway; the message is technical, `problems` are for people. */
export class RevisionError extends Error {
  constructor(readonly problems: RevisionProblem[]) {
    super(`correspondence: ${problems.map((p) => `${p.code} ${p.detail}`).join('; ')}`);
  }
}

const correspondenceJson = z.object({
  format: z.literal('hrmap-correspondence'),
  framework: z.string(),
  from: z.string(),
  to: z.string(),
  map: z.record(z.string(), z.string()),
});

/**
 * Reads a correspondence table: JSON ({format: "hrmap-correspondence", framework, from, to, map: {old: new}})
 * or CSV with two columns, old and new id (a header row naming them is skipped). Problems, never a guess.
 */
export function parseCorrespondence(text: string): { table: Map<string, string>; problems: RevisionProblem[] } {
  const table = new Map<string, string>();
  const problems: RevisionProblem[] = [];
  const add = (from: string, to: string) => {
    if (table.has(from)) problems.push({ code: 'duplicateOldItem', detail: from });
    else table.set(from, to);
  };
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    const json = parseJson(trimmed);
    if (!json.ok) return { table, problems: [{ code: 'unreadable', detail: '', reason: json.problem }] };
    const parsed = correspondenceJson.safeParse(json.data);
    if (!parsed.success) return { table, problems: [{ code: 'unreadable', detail: '', reason: { kind: 'schema', issues: schemaIssues(parsed.error, json.data) } }] };
    for (const [from, to] of Object.entries(parsed.data.map)) add(from.trim(), to.trim());
    return { table, problems };
  }
  const rows = parseCsv(trimmed).filter((r) => r.some((c) => c.trim()));
  rows.forEach((row, i) => {
    const [from = '', to = ''] = row.map((c) => c.trim());
    if (i === 0 && !from.includes(':')) return; // header
    if (!from.includes(':') || !to.includes(':')) problems.push({ code: 'unreadable', detail: row.map((c) => c.trim()).filter(Boolean).join(', '), line: i + 1 });
    else add(from, to);
  });
  return { table, problems };
}
