import { readFile } from 'node:fs/promises';
import { parseWorkspace, type WorkspaceReadProblem } from '../../shared/workspace/parse';
import type { WorkspaceFile } from '../../shared/workspace/format';
import { stringifyWorkspace } from '../../shared/workspace/serialize';
import { writeFileAtomic } from './atomicWrite';

/** A file on disk that is not a workspace this version can open; the caller words `problem` in its language. */
export class WorkspaceFileError extends Error {
  constructor(
    readonly path: string,
    readonly problem: WorkspaceReadProblem,
    summary: string,
  ) {
    super(`${path}: ${summary}`);
  }
}

/** Reads and validates a workspace file from disk; throws a WorkspaceFileError when it is not one. */
export async function readWorkspaceFile(path: string): Promise<WorkspaceFile> {
  const result = parseWorkspace(await readFile(path, 'utf8'));
  if (!result.ok) throw new WorkspaceFileError(path, result.problem, result.error);
  return result.workspace;
}

/** Writes a workspace file atomically: a crash mid-write leaves the previous file intact. */
export async function writeWorkspaceFile(path: string, workspace: WorkspaceFile): Promise<void> {
  await writeFileAtomic(path, stringifyWorkspace(workspace));
}
