import { describe, expect, it, vi } from 'vitest';
import { guarded, IpcRejected } from '../../../electron/main/ipcGuard';
import { openFileRequest, saveFileRequest, MAX_FILE_BYTES } from '../../../shared/platform/bridgeSchemas';

const fromApp = { senderFrame: { url: 'app://hrmap/index.html' } };

describe('IPC guard', () => {
  it('runs the handler for the app with a valid payload', async () => {
    const handler = vi.fn(async (p: { suggestedName: string }) => p.suggestedName);
    const wrapped = guarded(saveFileRequest, handler);
    await expect(wrapped(fromApp, { suggestedName: 'report.xlsx', data: new Uint8Array([1, 2]) })).resolves.toBe('report.xlsx');
    expect(handler).toHaveBeenCalledOnce();
  });
  it('refuses other senders before looking at the payload', async () => {
    const handler = vi.fn(async () => 'ran');
    const wrapped = guarded(openFileRequest, handler);
    await expect(wrapped({ senderFrame: { url: 'https://evil.example/' } }, {})).rejects.toBeInstanceOf(IpcRejected);
    await expect(wrapped({ senderFrame: null }, {})).rejects.toBeInstanceOf(IpcRejected);
    expect(handler).not.toHaveBeenCalled();
  });
  it('refuses payloads that do not match the schema', async () => {
    const handler = vi.fn(async () => 'ran');
    const wrapped = guarded(saveFileRequest, handler);
    const bad: unknown[] = [
      undefined,
      { suggestedName: '../../.bashrc', data: new Uint8Array(1) },
      { suggestedName: 'a.xlsx', data: 'not bytes' },
      { suggestedName: 'a.xlsx', data: new Uint8Array(1), filters: [{ name: 'x', extensions: ['x;rm -rf'] }] },
      { suggestedName: 'a.xlsx', data: { byteLength: MAX_FILE_BYTES + 1 } },
    ];
    for (const payload of bad) await expect(wrapped(fromApp, payload)).rejects.toBeInstanceOf(IpcRejected);
    expect(handler).not.toHaveBeenCalled();
  });
});
