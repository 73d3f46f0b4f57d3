import type { WorkspaceChange, WorkspaceFile } from '../workspace/format';
import type { ImportPlan } from './plan';

export type ImportOp = WorkspaceChange['ops'][number];

/** The label of an import in the change log (a message key, as for every entry). */
export const IMPORT_LABEL = 'import:history.import';

/** The plan as change-log operations (before/after per row): policies first, then their links. */
export function importOps(plan: ImportPlan): ImportOp[] {
  return [
    ...plan.added.map((p): ImportOp => ({ table: 'policies', id: p.id, before: null, after: p })),
    ...plan.updated.map((u): ImportOp => ({ table: 'policies', id: u.after.id, before: u.before, after: u.after })),
    ...plan.links.map((l): ImportOp => ({ table: 'links', id: l.id, before: null, after: l })),
  ];
}

/**
 * The workspace file after the import (the CLI's writer): rows added or replaced, and one change-log entry so
 * the app can undo the import as one step. Entries that were undone (the redo stack) are dropped, as in the app.
 */
export function applyPlanToWorkspace(workspace: WorkspaceFile, plan: ImportPlan, now: string): WorkspaceFile {
  const ops = importOps(plan);
  if (!ops.length) return workspace;
  const updated = new Map(plan.updated.map((u) => [u.after.id, u.after]));
  const policies = workspace.policies.map((p) => updated.get(p.id) ?? p).concat(plan.added);
  return {
    ...workspace,
    savedAt: now,
    policies,
    links: workspace.links.concat(plan.links),
    changes: [...workspace.changes.filter((c) => c.undone === 0), { at: now, label: IMPORT_LABEL, ops, undone: 0 }],
  };
}
