import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC } from '../../../shared/platform/bridge';

/**
 * The main process's start-up, run against a recording stand-in for the 'electron' module (the real one needs
 * the Electron binary). Each test loads electron/main/index.ts afresh with the single-instance lock held or not.
 */
const shell = vi.hoisted(() => ({ lock: true, log: [] as string[] }));
vi.mock('electron', () => {
  const note = (entry: string) => () => void shell.log.push(entry);
  class BrowserWindow {
    constructor() {
      shell.log.push('new BrowserWindow');
    }
    static getAllWindows = () => [];
    once = () => this;
    on = () => this;
    loadURL = async () => {};
  }
  return {
    app: {
      isPackaged: true,
      requestSingleInstanceLock: () => shell.lock,
      quit: note('app.quit'),
      on: (event: string) => void shell.log.push(`app.on ${event}`),
      whenReady: () => (shell.log.push('app.whenReady'), Promise.resolve()),
      getLocale: () => 'fr-FR',
      getPath: () => '/nonexistent/userData',
      getVersion: () => '0.0.0',
    },
    protocol: { registerSchemesAsPrivileged: note('protocol.registerSchemesAsPrivileged'), handle: note('protocol.handle') },
    ipcMain: { handle: (channel: string) => void shell.log.push(`ipcMain.handle ${channel}`) },
    session: { defaultSession: { setPermissionRequestHandler: note('permissions'), setPermissionCheckHandler: note('permission checks') } },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: note('Menu.setApplicationMenu') },
    dialog: {},
    BrowserWindow,
  };
});

async function launch(holdsLock: boolean): Promise<string[]> {
  shell.lock = holdsLock;
  shell.log.length = 0;
  vi.resetModules();
  await import('../../../electron/main/index');
  await new Promise((resolve) => setImmediate(resolve)); // let whenReady's continuation run
  return [...shell.log];
}

describe('main process start-up', () => {
  beforeEach(() => void (shell.log.length = 0));

  it('a second instance quits and does nothing else', async () => {
    expect(await launch(false)).toEqual(['app.quit']);
  });

  it('the first instance registers every IPC channel, the guards and one window', async () => {
    const log = await launch(true);
    const invokeChannels = Object.values(IPC).filter((channel) => channel !== IPC.menuCommand);
    expect(log.filter((entry) => entry.startsWith('ipcMain.handle ')).sort()).toEqual(invokeChannels.map((c) => `ipcMain.handle ${c}`).sort());
    expect(log).toEqual(expect.arrayContaining(['protocol.registerSchemesAsPrivileged', 'app.on second-instance', 'app.on web-contents-created', 'protocol.handle', 'permissions', 'Menu.setApplicationMenu']));
    expect(log.filter((entry) => entry === 'new BrowserWindow')).toHaveLength(1);
    expect(log).not.toContain('app.quit');
  });
});
