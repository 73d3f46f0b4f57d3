/**
 * Serves the built renderer (out/renderer) as a plain web app on 127.0.0.1, with the same
 * Content-Security-Policy as the Electron shell. Usage: tsx scripts/serve-web.ts [--port 4173]
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { resolveAppFile, mimeType } from '../electron/main/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../electron/main/security';

function portFromArgs(argv: string[]): number {
  const at = argv.indexOf('--port');
  const raw = at >= 0 ? argv[at + 1] : process.env['PORT'];
  const port = raw ? Number(raw) : 4173;
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`Not a port: ${raw}`);
  return port;
}

const root = resolve(import.meta.dirname, '../out/renderer');
const port = portFromArgs(process.argv.slice(2));
const host = '127.0.0.1';

const server = createServer(async (request, response) => {
  const file = resolveAppFile(`http://${host}${request.url ?? '/'}`, root, host);
  try {
    if (!file) throw new Error('outside');
    const body = await readFile(file);
    response.writeHead(200, {
      'content-type': mimeType(file),
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    });
    response.end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('Not found');
  }
});

server.listen(port, host, () => {
  console.log(`HRMap web: http://${host}:${port}/`);
});
