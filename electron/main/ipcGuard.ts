import type { z } from 'zod';
import { isAppUrl } from './security';

/** The part of an IPC event the guard looks at (kept structural so tests need no Electron). */
export interface IpcSenderInfo {
  senderFrame: { url: string } | null;
}

export class IpcRejected extends Error {}

/**
 * Wraps an IPC handler so that it runs only for the app's own frames and only with a payload that
 * matches its schema. Anything else is refused before the handler sees it.
 */
export function guarded<S extends z.ZodType, R>(
  schema: S,
  handler: (payload: z.output<S>) => Promise<R>,
  devServerUrl?: string,
): (event: IpcSenderInfo, payload: unknown) => Promise<R> {
  return async (event, payload) => {
    const url = event.senderFrame?.url ?? '';
    if (!isAppUrl(url, devServerUrl)) throw new IpcRejected(`IPC refused: sender ${url || '(none)'} is not the app`);
    const parsed = schema.safeParse(payload);
    if (!parsed.success) throw new IpcRejected(`IPC refused: invalid payload (${parsed.error.issues[0]?.message ?? 'unknown'})`);
    return handler(parsed.data);
  };
}
