import i18next from 'i18next';
import type { WorkspaceFile } from '../../shared/workspace/format';
import { workspaceReadMessage } from '../../shared/workspace/parse';
import { readWorkspaceText, stringifyWorkspace } from '../../shared/workspace/serialize';
import type { HrmapDatabase } from '../db/database';
import type { Platform, SaveFileResult } from '../platform/platform';
import { readWorkspaceFromDb } from './workspaceRepository';

export const WORKSPACE_EXTENSIONS = ['json'];

/** Saves the whole workspace as a `.hrmap.json` file the user chooses. */
export async function saveWorkspaceFile(db: HrmapDatabase, platform: Platform, filterName: string): Promise<SaveFileResult> {
  const workspace = await readWorkspaceFromDb(db);
  const date = workspace.savedAt.slice(0, 10);
  return platform.saveFile({
    suggestedName: `hrmap-workspace-${date}.hrmap.json`,
    data: new TextEncoder().encode(stringifyWorkspace(workspace)),
    filters: [{ name: filterName, extensions: WORKSPACE_EXTENSIONS }],
  });
}

export type PickedWorkspace = { name: string; workspace: WorkspaceFile } | { name: string; error: string } | null;

/**
 * Lets the user pick a workspace file and validates it (schema, version); nothing is written. When the file
 * cannot be opened, `error` says why in the UI language.
 */
export async function pickWorkspaceFile(platform: Platform, filterName: string): Promise<PickedWorkspace> {
  const file = await platform.openFile({ filters: [{ name: filterName, extensions: WORKSPACE_EXTENSIONS }] });
  if (!file) return null;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.data);
  } catch {
    return { name: file.name, error: workspaceReadMessage(i18next.t, { kind: 'notUtf8' }) };
  }
  const parsed = readWorkspaceText(text);
  return parsed.ok ? { name: file.name, workspace: parsed.workspace } : { name: file.name, error: workspaceReadMessage(i18next.t, parsed.problem) };
}
