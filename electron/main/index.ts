import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { z } from 'zod';
import { langFromLocale, type Lang } from '../../shared/model/lang';
import { IPC, type AppInfo, type MenuCommand } from '../../shared/platform/bridge';
import { backupId, openFileRequest, saveFileRequest, writeBackupRequest, setLanguageRequest } from '../../shared/platform/bridgeSchemas';
import { resolveAppFile, mimeType } from './appProtocol';
import { guarded } from './ipcGuard';
import { listBackups, readBackup, writeBackup } from '../services/backups';
import { openWithDialog, saveWithDialog, type DialogText, type FileDialogs } from '../services/fileDialogs';
import { menuTemplate, menuText } from './menu';
import {
  APP_ENTRY,
  APP_HOST,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  mayNavigate,
  permissionDecision,
  windowOpenDecision,
  windowOptions,
} from './security';

// The main process stays thin: policy lives in ./security, file mapping in ./appProtocol, IPC checks in ./ipcGuard.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const rendererRoot = join(import.meta.dirname, '../renderer');

let mainWindow: BrowserWindow | null = null;
let uiLang: Lang = 'en';

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(IPC.menuCommand, command);
}

function applyMenu(): void {
  const about = () =>
    void dialog.showMessageBox({ type: 'info', title: menuText(uiLang, 'about'), message: 'HRMap', detail: menuText(uiLang, 'aboutDetail', { version: app.getVersion() }) });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate(uiLang, sendMenuCommand, { isMac: process.platform === 'darwin', dev: Boolean(devServerUrl), about })),
  );
}

function createWindow(): void {
  mainWindow = new BrowserWindow(windowOptions(join(import.meta.dirname, '../preload/index.cjs')));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = null));
  void mainWindow.loadURL(devServerUrl ?? APP_ENTRY);
}

function registerIpc(): void {
  const backupsDir = join(app.getPath('userData'), 'backups');
  ipcMain.handle(IPC.listBackups, guarded(z.undefined(), () => listBackups(backupsDir), devServerUrl));
  ipcMain.handle(IPC.writeBackup, guarded(writeBackupRequest, (request) => writeBackup(backupsDir, request), devServerUrl));
  ipcMain.handle(IPC.readBackup, guarded(backupId, (id) => readBackup(backupsDir, id), devServerUrl));
  ipcMain.handle(
    IPC.setLanguage,
    guarded(setLanguageRequest, async (lang) => {
      uiLang = lang;
      applyMenu();
    }, devServerUrl),
  );
  ipcMain.handle(
    IPC.appInfo,
    guarded(z.undefined(), async (): Promise<AppInfo> => ({
      name: 'HRMap',
      version: app.getVersion(),
      shell: 'electron',
      locale: app.getLocale(),
      dataLocation: join(app.getPath('userData'), 'backups'),
    }), devServerUrl),
  );
  ipcMain.handle(IPC.saveFile, guarded(saveFileRequest, (request) => saveWithDialog(request, nativeDialogs(), dialogText), devServerUrl));
  ipcMain.handle(IPC.openFile, guarded(openFileRequest, (request) => openWithDialog(request, nativeDialogs(), dialogText), devServerUrl));
}

const dialogText: DialogText = (key, vars) => menuText(uiLang, key, vars);

/** Electron's dialogs, attached to the window when there is one. */
function nativeDialogs(): FileDialogs {
  const owner = mainWindow;
  const save = (options: SaveDialogOptions) => (owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options));
  const open = (options: OpenDialogOptions) => (owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options));
  return {
    chooseSavePath: async (options) => {
      const result = await save(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    chooseOpenPath: async (options) => {
      const result = await open({ ...options, properties: ['openFile'] });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    showError: async (message) => {
      await (owner ? dialog.showMessageBox(owner, { type: 'error', message }) : dialog.showMessageBox({ type: 'error', message }));
    },
  };
}

/** Everything the running app does; only the instance that holds the single-instance lock gets here. */
function startPrimaryInstance(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(windowOpenDecision);
    contents.on('will-navigate', (event, url) => {
      if (!mayNavigate(url, devServerUrl)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!mayNavigate(url, devServerUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  void app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, async (request) => {
      const file = resolveAppFile(request.url, rendererRoot, APP_HOST);
      if (!file) return new Response('Not found', { status: 404 });
      try {
        const body = await readFile(file);
        return new Response(body, {
          headers: { 'content-type': mimeType(file), 'content-security-policy': CONTENT_SECURITY_POLICY },
        });
      } catch {
        return new Response('Not found', { status: 404 });
      }
    });
    session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
      callback(permissionDecision(permission)),
    );
    session.defaultSession.setPermissionCheckHandler((_contents, permission) => permissionDecision(permission));
    uiLang = langFromLocale(app.getLocale()) ?? 'en';
    registerIpc();
    applyMenu();
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

// A second launch hands over to the running app (whose 'second-instance' handler focuses its window) and
// quits without registering a handler or opening a window.
if (app.requestSingleInstanceLock()) startPrimaryInstance();
else app.quit();
