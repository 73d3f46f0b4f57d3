import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY,
  CONTENT_SECURITY_POLICY,
  isAppUrl,
  mayNavigate,
  permissionDecision,
  windowOpenDecision,
  windowOptions,
} from '../../../electron/main/security';

describe('window options', () => {
  const prefs = windowOptions('/app/preload/index.cjs').webPreferences!;
  it('isolates and sandboxes the renderer', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.preload).toBe('/app/preload/index.cjs');
  });
});

describe('content security policy', () => {
  const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => {
    const [name, ...values] = d.trim().split(/\s+/);
    return [name, values] as const;
  }));
  it('runs only the app’s own scripts and reaches no network', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});

describe('the page’s own CSP (renderer/index.html)', () => {
  // The header (Electron's app:// handler, npm run web) and the meta tag must say the same thing; a meta tag
  // cannot carry frame-ancestors, report-uri or sandbox (browsers ignore them there), so only those may be missing.
  const META_IGNORED = ['frame-ancestors', 'report-uri', 'sandbox'];
  const parse = (policy: string) =>
    Object.fromEntries(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
      const [name, ...values] = d.split(/\s+/);
      return [name!, values];
    }));
  const html = readFileSync(resolve(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1];

  it('is the shell’s policy, directive for directive', () => {
    expect(meta, 'renderer/index.html has a Content-Security-Policy meta tag').toBeDefined();
    const header = parse(CONTENT_SECURITY_POLICY);
    for (const name of META_IGNORED) delete header[name];
    expect(parse(meta!)).toEqual(header);
  });
});

describe('navigation guards', () => {
  it('knows the app origin and nothing else', () => {
    expect(isAppUrl(APP_ENTRY)).toBe(true);
    expect(isAppUrl('app://hrmap/assets/index.js')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://example.org/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
  it('allows the dev server only when one is named', () => {
    expect(mayNavigate('http://localhost:5173/', undefined)).toBe(false);
    expect(mayNavigate('http://localhost:5173/x', 'http://localhost:5173')).toBe(true);
    expect(mayNavigate('http://localhost:5174/x', 'http://localhost:5173')).toBe(false);
  });
  it('denies new windows and every permission', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(permissionDecision(permission)).toBe(false);
    }
  });
});
