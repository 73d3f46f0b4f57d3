import type { HrmapBridge } from '../../shared/platform/bridge';
import type { Platform } from './platform';

export function electronPlatform(bridge: HrmapBridge): Platform {
  return {
    shell: 'electron',
    appInfo: () => bridge.appInfo(),
    saveFile: (request) => bridge.saveFile(request),
    openFile: (request) => bridge.openFile(request),
    setLanguage: (lang) => bridge.setLanguage(lang),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    listBackups: () => bridge.listBackups(),
    writeBackup: (request) => bridge.writeBackup(request),
    readBackup: (id) => bridge.readBackup(id),
  };
}
