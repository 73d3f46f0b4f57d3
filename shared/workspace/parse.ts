import { WORKSPACE_FORMAT, WORKSPACE_VERSION, workspaceSchema, type WorkspaceFile } from './format';

export type ParseWorkspaceResult = { ok: true; workspace: WorkspaceFile } | { ok: false; error: string };

/**
 * Reads a workspace file's text. Refuses, with a message a person can act on, anything that is not
 * a workspace, a version from the future, or data that breaks the schema (first problems listed with their path).
 */
export function parseWorkspace(text: string): ParseWorkspaceResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `Not a workspace file: the JSON cannot be read (${(error as Error).message}).` };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== WORKSPACE_FORMAT) {
    return { ok: false, error: `Not a workspace file: "format" must be "${WORKSPACE_FORMAT}".` };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > WORKSPACE_VERSION) {
    return {
      ok: false,
      error: `This workspace was saved by a newer HRMap (file version ${version}; this version reads up to ${WORKSPACE_VERSION}). Update HRMap to open it.`,
    };
  }
  const parsed = workspaceSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`)
      .join('; ');
    return { ok: false, error: `The workspace file is damaged or invalid: ${problems}.` };
  }
  return { ok: true, workspace: parsed.data };
}
