import type { Lang } from '../../shared/model/lang';
import { workspaceReadMessage } from '../../shared/workspace/parse';
import { WorkspaceFileError } from '../services/workspaceFile';
import { cliT } from './i18n';

/** Node's file errors that a person can act on, by errno code (common:cli.*); Node words them in English only. */
const FILE_ERRORS: Record<string, string> = { ENOENT: 'noFile', EACCES: 'noAccess', EPERM: 'noAccess', EISDIR: 'isFolder' };

/** What went wrong, in the user's language where we know the reason; anything else keeps its own message. */
export function errorMessage(error: unknown, lang: Lang): string {
  if (error instanceof WorkspaceFileError) return `${error.path}: ${workspaceReadMessage(cliT('workspace', lang), error.problem)}`;
  const { code, path } = (error ?? {}) as { code?: unknown; path?: unknown };
  const key = typeof code === 'string' ? FILE_ERRORS[code] : undefined;
  if (key && typeof path === 'string') return cliT('common', lang)(`cli.${key}`, { path });
  return error instanceof Error ? error.message : String(error);
}
