import { describe, expect, it } from 'vitest';
import { resolveAppFile, mimeType } from '../../../electron/main/appProtocol';

const root = '/srv/app/renderer';

describe('app:// file mapping', () => {
  it('maps app paths into the renderer folder', () => {
    expect(resolveAppFile('app://hrmap/', root, 'hrmap')).toBe('/srv/app/renderer/index.html');
    expect(resolveAppFile('app://hrmap/assets/index-1.js', root, 'hrmap')).toBe('/srv/app/renderer/assets/index-1.js');
  });
  it('refuses paths that leave the folder or other hosts', () => {
    // URL parsing already folds ../ at the root, so this stays inside the folder.
    expect(resolveAppFile('app://hrmap/../../etc/passwd', root, 'hrmap')).toBe('/srv/app/renderer/etc/passwd');
    expect(resolveAppFile('app://hrmap/%2e%2e/%2e%2e/etc/passwd', root, 'hrmap')).toBe('/srv/app/renderer/etc/passwd');
    expect(resolveAppFile('app://hrmap/assets/..%2f..%2f..%2fsecret', root, 'hrmap')).toBeNull();
    expect(resolveAppFile('app://hrmap/a%00b', root, 'hrmap')).toBeNull();
    expect(resolveAppFile('app://other/index.html', root, 'hrmap')).toBeNull();
  });
  it('serves known types with the right MIME type', () => {
    expect(mimeType('x/index.html')).toMatch(/^text\/html/);
    expect(mimeType('x/a.js')).toMatch(/^text\/javascript/);
    expect(mimeType('x/a.unknown')).toBe('application/octet-stream');
  });
});
