import { contextBridge, ipcRenderer } from 'electron';
import { IPC, type HrmapBridge } from '../../shared/platform/bridge';

// Named functions only: the renderer never gets ipcRenderer itself, so it can reach no other channel.
const bridge: HrmapBridge = {
  appInfo: () => ipcRenderer.invoke(IPC.appInfo),
  saveFile: (request) => ipcRenderer.invoke(IPC.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(IPC.openFile, request),
};

contextBridge.exposeInMainWorld('hrmapBridge', bridge);
