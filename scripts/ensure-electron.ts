/**
 * Runs before `npm start` and `npm run dev`. electron 45 has no postinstall and electron-vite reads
 * node_modules/electron/path.txt without downloading anything, so the first start downloads the binary
 * here, with electron's own install.js, and explains what to do when that is impossible.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ELECTRON_PACKAGE_DIR, ensureElectron } from './electronBinary';

const result = ensureElectron({
  download: () => {
    console.log('HRMap: downloading the Electron binary (first start only)…');
    const install = spawnSync(process.execPath, [join(ELECTRON_PACKAGE_DIR, 'install.js')], { stdio: 'inherit' });
    return install.status === 0;
  },
});

if (!result.ok) {
  console.error(`\n${result.message}`);
  process.exit(1);
}
if (result.downloaded) console.log(`HRMap: Electron is at ${result.path}`);
