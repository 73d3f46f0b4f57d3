import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC, MENU_COMMANDS, type HrmapBridge, type MenuCommand } from '../../shared/platform/bridge';

// Named functions only: the renderer never gets ipcRenderer itself, so it can reach no other channel.
const bridge: HrmapBridge = {
  appInfo: () => ipcRenderer.invoke(IPC.appInfo),
  saveFile: (request) => ipcRenderer.invoke(IPC.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(IPC.openFile, request),
  setLanguage: (lang) => ipcRenderer.invoke(IPC.setLanguage, lang),
  listBackups: () => ipcRenderer.invoke(IPC.listBackups),
  writeBackup: (request) => ipcRenderer.invoke(IPC.writeBackup, request),
  readBackup: (id) => ipcRenderer.invoke(IPC.readBackup, id),
  onMenuCommand: (listener) => {
    const handler = (_event: IpcRendererEvent, command: unknown) => {
      if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on(IPC.menuCommand, handler);
    return () => ipcRenderer.removeListener(IPC.menuCommand, handler);
  },
};

contextBridge.exposeInMainWorld('hrmapBridge', bridge);
