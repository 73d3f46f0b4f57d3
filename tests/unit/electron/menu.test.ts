import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../../electron/main/menu';
import type { MenuCommand } from '../../../shared/platform/bridge';

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((i) => [i.label ?? '', ...(Array.isArray(i.submenu) ? labels(i.submenu) : [])]).filter(Boolean);
}
function find(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions | undefined {
  for (const i of items) {
    if (i.label === label) return i;
    const inner = Array.isArray(i.submenu) ? find(i.submenu, label) : undefined;
    if (inner) return inner;
  }
  return undefined;
}
const options = { isMac: false, dev: false, about: () => {} };

describe('application menu', () => {
  it('is written in the UI language', () => {
    expect(labels(menuTemplate('fr', () => {}, options))).toEqual(expect.arrayContaining(['Fichier', 'Exporter un rapport…', 'Affichage', 'Langue']));
    expect(labels(menuTemplate('es', () => {}, options))).toEqual(expect.arrayContaining(['Archivo', 'Exportar informe…', 'Idioma']));
    expect(labels(menuTemplate('en', () => {}, options))).not.toContain('Fichier');
  });
  it('sends renderer commands and marks the current language', () => {
    const sent: MenuCommand[] = [];
    const menu = menuTemplate('es', (c) => sent.push(c), options);
    (find(menu, 'Exportar informe…')?.click as () => void)();
    (find(menu, 'Français')?.click as () => void)();
    expect(sent).toEqual(['export-report', 'lang:fr']);
    expect(find(menu, 'Español')?.checked).toBe(true);
    expect(find(menu, 'English')?.checked).toBe(false);
  });
  it('shows developer tools only in development', () => {
    expect(labels(menuTemplate('en', () => {}, options))).not.toContain('Developer tools');
    expect(labels(menuTemplate('en', () => {}, { ...options, dev: true }))).toContain('Developer tools');
  });
});
