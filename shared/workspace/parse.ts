import { parseJson, readProblemMessage, schemaIssues, type ReadProblem } from '../i18n/readProblems';
import type { Translate } from '../i18n/translate';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION, workspaceSchema, type WorkspaceFile } from './format';

/** Why a file is not a workspace this version can open, as data; `workspaceReadMessage` words it. */
export type WorkspaceReadProblem =
  | ReadProblem
  | { kind: 'notUtf8' }
  | { kind: 'notWorkspace' }
  | { kind: 'newerVersion'; version: number; supported: number };

/**
 * `error` is a short technical summary (for logs and exceptions); people read `workspaceReadMessage(t, problem)`.
 */
export type ParseWorkspaceResult = { ok: true; workspace: WorkspaceFile } | { ok: false; problem: WorkspaceReadProblem; error: string };

/**
 * Reads a workspace file's text. Refuses, with a reason a person can act on, anything that is not
 * a workspace, a version from the future, or data that breaks the schema (first problems listed with their path).
 */
export function parseWorkspace(text: string): ParseWorkspaceResult {
  const json = parseJson(text);
  if (!json.ok) return refuse(json.problem);
  const data = json.data;
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== WORKSPACE_FORMAT) {
    return refuse({ kind: 'notWorkspace' });
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > WORKSPACE_VERSION) {
    return refuse({ kind: 'newerVersion', version, supported: WORKSPACE_VERSION });
  }
  const parsed = workspaceSchema.safeParse(data);
  if (!parsed.success) return refuse({ kind: 'schema', issues: schemaIssues(parsed.error, data) });
  return { ok: true, workspace: parsed.data };
}

function refuse(problem: WorkspaceReadProblem): ParseWorkspaceResult {
  return { ok: false, problem, error: `workspace: ${JSON.stringify(problem)}` };
}

/** The reason a workspace cannot be opened, in the language of `t` (workspace:open.*). */
export function workspaceReadMessage(t: Translate, problem: WorkspaceReadProblem): string {
  switch (problem.kind) {
    case 'json':
      return t('workspace:open.notJson', { reason: readProblemMessage(t, problem) });
    case 'schema':
      return t('workspace:open.invalid', { problems: readProblemMessage(t, problem) });
    case 'notWorkspace':
      return t('workspace:open.notWorkspace', { format: WORKSPACE_FORMAT });
    case 'newerVersion':
      return t('workspace:open.newerVersion', { version: problem.version, supported: problem.supported });
    case 'notUtf8':
      return t('workspace:open.notUtf8');
  }
}
