import { _electron as electron, expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import { BRIDGE_FUNCTIONS } from '../../shared/platform/bridge';
import { electronBinary } from './electronBinary';

const binary = electronBinary();
// Chromium refuses to run as root with its sandbox on; anyone else keeps it.
const sandboxArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];

test.describe('Electron shell', () => {
  test.skip('missing' in binary, `Electron end-to-end skipped: ${'missing' in binary ? binary.missing : ''}`);

  test('opens the register from app://, hardened, and keeps an edit across a restart', async () => {
    if (!('path' in binary)) return;
    const root = resolve(import.meta.dirname, '../..');
    const launch = () => electron.launch({ executablePath: binary.path, args: [root, ...sandboxArgs], cwd: root });
    let app = await launch();
    let window = await app.firstWindow();
    expect(window.url()).toBe('app://hrmap/index.html');
    await expect(window.getByRole('grid')).toBeVisible();
    // The renderer sees the named bridge and nothing of Node or of ipcRenderer.
    const surface = await window.evaluate(() => ({
      bridge: Object.keys((window as unknown as { hrmapBridge: object }).hrmapBridge).sort(),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(surface).toEqual({ bridge: [...BRIDGE_FUNCTIONS].sort(), require: 'undefined', process: 'undefined' });
    // Navigation away from the app is refused.
    await window.evaluate(() => (location.href = 'https://example.invalid/'));
    await window.waitForTimeout(500);
    expect(window.url()).toBe('app://hrmap/index.html');

    await window.getByRole('button', { name: 'Add policy' }).click();
    const editor = window.locator('.ag-cell-inline-editing input');
    await editor.fill('Electron restart check');
    await editor.press('Enter');
    await app.close();

    app = await launch();
    window = await app.firstWindow();
    await expect(window.getByRole('row', { name: /Electron restart check/ })).toBeVisible();
    await app.close();
  });

  test('Edit > Undo and Edit > Redo undo and redo the last change', async () => {
    if (!('path' in binary)) return;
    const root = resolve(import.meta.dirname, '../..');
    const app = await electron.launch({ executablePath: binary.path, args: [root, '--no-sandbox'], cwd: root });
    const window = await app.firstWindow();
    await expect(window.getByRole('grid')).toBeVisible();
    await window.getByRole('button', { name: 'Add policy' }).click();
    const editor = window.locator('.ag-cell-inline-editing input');
    await editor.fill('Edit menu check');
    await editor.press('Enter');
    const added = window.getByRole('row', { name: /Edit menu check/ });
    await expect(added).toBeVisible();
    // What a click on the menu item runs, in the main process.
    const choose = (label: string) =>
      app.evaluate(({ Menu }, itemLabel) => {
        const edit = Menu.getApplicationMenu()?.items.find((item) => item.label === 'Edit');
        edit?.submenu?.items.find((item) => item.label === itemLabel)?.click();
      }, label);
    await choose('Undo');
    await expect(added).toHaveCount(0);
    await choose('Redo');
    await expect(added).toBeVisible();
    await app.close();
  });
});
