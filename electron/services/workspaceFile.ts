import { readFile } from 'node:fs/promises';
import { parseWorkspace } from '../../shared/workspace/parse';
import type { WorkspaceFile } from '../../shared/workspace/format';
import { stringifyWorkspace } from '../../shared/workspace/serialize';
import { writeFileAtomic } from './atomicWrite';

/** Reads and validates a workspace file from disk; throws with the parser's message when it is not one. */
export async function readWorkspaceFile(path: string): Promise<WorkspaceFile> {
  const result = parseWorkspace(await readFile(path, 'utf8'));
  if (!result.ok) throw new Error(`${path}: ${result.error}`);
  return result.workspace;
}

/** Writes a workspace file atomically: a crash mid-write leaves the previous file intact. */
export async function writeWorkspaceFile(path: string, workspace: WorkspaceFile): Promise<void> {
  await writeFileAtomic(path, stringifyWorkspace(workspace));
}
