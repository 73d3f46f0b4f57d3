import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../../playwright.config';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Set (for the scenario processes) once this run has built the renderer: one build serves every Chromium scenario. */
const BUILT = 'HRMAP_BENCH_RENDERER_BUILT';

/** Builds the renderer as `npm run build` does, so the figures are always those of the code in this tree. */
export function buildRenderer(log: (message: string) => void): void {
  if (process.env[BUILT]) return;
  log('building the renderer (npm run build)');
  const result = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
  process.env[BUILT] = '1';
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

export interface Served {
  url: string;
  stop(): void;
}

/** Serves out/renderer with scripts/serve-web.ts (the same server and CSP as `npm run web` and the e2e tests). */
export async function serveRenderer(port: number): Promise<Served> {
  const chosen = port || (await freePort());
  const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve-web.ts', '--port', String(chosen)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = `http://127.0.0.1:${chosen}/`;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the web server did not start on port ${chosen}`)), 30_000);
    server.once('exit', (code) => reject(new Error(`the web server exited (${code}) on port ${chosen}`)));
    server.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('http://')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return { url, stop: () => server.kill() };
}

/** Why the Chromium figures cannot be taken on this machine, or null when they can. */
export function chromiumMissing(): string | null {
  return existsSync(CHROMIUM) ? null : `no Chromium at ${CHROMIUM} (install Debian's chromium or set CHROMIUM_PATH)`;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
