import { browserBackups } from './browserBackups';
import type { Platform } from './platform';

const VERSION = import.meta.env['VITE_APP_VERSION'] ?? '0.0.0';

/** Browser shell: downloads for saving, a hidden file input for opening. */
export function browserPlatform(): Platform {
  const backups = browserBackups();
  return {
    shell: 'browser',
    listBackups: backups.listBackups,
    writeBackup: backups.writeBackup,
    readBackup: backups.readBackup,
    async appInfo() {
      return {
        name: 'HRMap',
        version: VERSION,
        shell: 'browser',
        locale: navigator.language,
        dataLocation: 'IndexedDB',
      };
    },
    async saveFile(request) {
      const blob = new Blob([request.data as Uint8Array<ArrayBuffer>]);
      const url = URL.createObjectURL(blob);
      try {
        const anchor = document.createElement('a');
        anchor.href = url;
        anchor.download = request.suggestedName;
        anchor.rel = 'noopener';
        document.body.append(anchor);
        anchor.click();
        anchor.remove();
      } finally {
        // Let the download start before the URL goes away.
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      }
      return { saved: true, location: request.suggestedName };
    },
    // A browser tab has no application menu: nothing to tell, nothing will be sent.
    async setLanguage() {},
    onMenuCommand: () => () => {},
    openFile(request) {
      return new Promise((resolve, reject) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = (request.filters ?? []).flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
        input.style.display = 'none';
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          input.remove();
          if (!file) return resolve(null);
          file
            .arrayBuffer()
            .then((buffer) => resolve({ name: file.name, data: new Uint8Array(buffer) }))
            .catch(reject);
        });
        input.addEventListener('cancel', () => {
          input.remove();
          resolve(null);
        });
        document.body.append(input);
        input.click();
      });
    },
  };
}
