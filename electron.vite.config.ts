import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

const root = import.meta.dirname;

/**
 * Lets the report worker bundle exceljs's streaming WorkbookWriter from its source (exceljs's browser bundle
 * leaves it out): inside exceljs, `archiver` becomes our fflate zip (renderer/reports/stream/zipArchiver.ts),
 * and `fs` and `crypto`, which the writer only touches for file names and sheet passwords, become empty.
 * `events` and `buffer` resolve to their browser packages; nodeGlobals.ts provides `Buffer` and `process`.
 */
function exceljsStreamInBrowser(): Plugin {
  const archiver = '\0hrmap-archiver';
  const empty = '\0hrmap-empty-node-module';
  const zip = resolve(root, 'renderer/reports/stream/zipArchiver.ts');
  return {
    name: 'hrmap-exceljs-stream-in-browser',
    enforce: 'pre',
    resolveId(id, importer) {
      if (!importer?.includes('/node_modules/exceljs/')) return null;
      if (id === 'archiver') return archiver;
      if (id === 'fs' || id === 'crypto') return empty;
      return null;
    },
    load(id) {
      // CommonJS, as exceljs requires it: `require('archiver')` must be the function itself.
      if (id === archiver) return `module.exports = require(${JSON.stringify(zip)}).createArchiver;`;
      if (id === empty) return 'module.exports = {};';
      return null;
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be one CommonJS file with no imports but 'electron'.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    publicDir: false,
    plugins: [react()],
    worker: { format: 'es', plugins: () => [exceljsStreamInBrowser()] },
    // `npm run dev` pre-bundles exceljs for the worker: the same mapping there.
    optimizeDeps: { rolldownOptions: { plugins: [exceljsStreamInBrowser()] } },
    build: {
      outDir: resolve(root, 'out/renderer'),
      rollupOptions: { input: resolve(root, 'renderer/index.html') },
      // electron-vite leaves the renderer unminified; minified, the page has a third less script to parse at start.
      minify: true,
      chunkSizeWarningLimit: 4000,
    },
  },
});
