import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_FUNCTIONS, IPC, type HrmapBridge, type MenuCommand } from '../../../shared/platform/bridge';

/**
 * The preload runs against a stand-in for the 'electron' module (the real one needs the Electron binary):
 * contextBridge records what is exposed, ipcRenderer records invocations and delivers events with a real
 * EventEmitter.
 */
const electron = vi.hoisted(() => {
  const exposed: [string, unknown][] = [];
  const invoked: unknown[][] = [];
  return { exposed, invoked };
});
vi.mock('electron', () => {
  const events = new EventEmitter();
  return {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.push([key, api]) },
    ipcRenderer: Object.assign(events, {
      invoke: async (...args: unknown[]) => {
        electron.invoked.push(args);
        return `reply to ${String(args[0])}`;
      },
    }),
  };
});

const { ipcRenderer } = (await import('electron')) as unknown as { ipcRenderer: EventEmitter };
await import('../../../electron/preload/index');

describe('preload bridge', () => {
  it('exposes hrmapBridge once, with exactly the named functions and nothing else', () => {
    expect(electron.exposed).toHaveLength(1);
    const [key, api] = electron.exposed[0]!;
    expect(key).toBe('hrmapBridge');
    expect(Object.keys(api as object).sort()).toEqual([...BRIDGE_FUNCTIONS].sort());
    for (const value of Object.values(api as object)) expect(typeof value).toBe('function');
    expect(BRIDGE_FUNCTIONS).toHaveLength(8);
  });

  it('sends each call on its own channel with its payload', async () => {
    const bridge = electron.exposed[0]![1] as HrmapBridge;
    const save = { suggestedName: 'a.xlsx', data: new Uint8Array([1]) };
    const open = { filters: [{ name: 'Excel', extensions: ['xlsx'] }] };
    const backup = { at: '2026-01-01T00:00:00.000Z', policies: 1, links: 0, data: new Uint8Array([2]), keep: 5 };
    const calls: [() => Promise<unknown>, unknown[]][] = [
      [() => bridge.appInfo(), [IPC.appInfo]],
      [() => bridge.saveFile(save), [IPC.saveFile, save]],
      [() => bridge.openFile(open), [IPC.openFile, open]],
      [() => bridge.setLanguage('fr'), [IPC.setLanguage, 'fr']],
      [() => bridge.listBackups(), [IPC.listBackups]],
      [() => bridge.writeBackup(backup), [IPC.writeBackup, backup]],
      [() => bridge.readBackup('backup-x.hrmap.json'), [IPC.readBackup, 'backup-x.hrmap.json']],
    ];
    for (const [call, expected] of calls) {
      electron.invoked.length = 0;
      await expect(call()).resolves.toBe(`reply to ${String(expected[0])}`);
      expect(electron.invoked).toEqual([expected]);
    }
    // Every invoking function is covered above; onMenuCommand listens instead (next test).
    expect(calls).toHaveLength(BRIDGE_FUNCTIONS.length - 1);
  });

  it('passes on menu commands it knows, drops anything else, and unsubscribes', () => {
    const bridge = electron.exposed[0]![1] as HrmapBridge;
    const received: MenuCommand[] = [];
    const unsubscribe = bridge.onMenuCommand((command) => received.push(command));
    for (const sent of ['import', 'shell:rm -rf', 42, { command: 'import' }, 'lang:fr']) ipcRenderer.emit(IPC.menuCommand, {}, sent);
    expect(received).toEqual(['import', 'lang:fr']);
    unsubscribe();
    ipcRenderer.emit(IPC.menuCommand, {}, 'redo');
    expect(received).toEqual(['import', 'lang:fr']);
    expect(ipcRenderer.listenerCount(IPC.menuCommand)).toBe(0);
  });
});
