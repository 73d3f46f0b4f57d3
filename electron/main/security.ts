import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * Security policy of the shell, as plain data and functions so that it is unit-tested without Electron.
 * The app is served from app://hrmap/ (never file://): a fixed origin keeps IndexedDB in one place
 * across versions and install folders, and lets the CSP and navigation guards name exactly one origin.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'hrmap';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** Scripts only from the app itself; styles inline are needed by AG Grid's injected theme. No network. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'HRMap',
    backgroundColor: '#f7f8fa',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: true,
      navigateOnDragDrop: false,
    },
  };
}

/** True only for pages of the app itself (the dev server's origin is allowed in development). */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  if (devServerUrl) {
    try {
      return parsed.origin === new URL(devServerUrl).origin;
    } catch {
      return false;
    }
  }
  return false;
}

/** The app never opens windows; links to the outside are not followed either (no remote content). */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

/** Whether a navigation may proceed. */
export function mayNavigate(url: string, devServerUrl?: string): boolean {
  return isAppUrl(url, devServerUrl);
}

/** Every permission (camera, notifications, geolocation …) is refused: the app needs none. */
export function permissionDecision(_permission: string): boolean {
  return false;
}
