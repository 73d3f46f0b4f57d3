import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate, menuText } from '../../../electron/main/menu';
import { CATALOGUES } from '../../../shared/i18n/catalogues';
import { LANGS } from '../../../shared/model/lang';
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
  it('takes every label from that language’s catalogue (language names each in its own)', () => {
    const ownNames = LANGS.map((l) => CATALOGUES[l].common.languages[l]);
    for (const lang of ['fr', 'es'] as const) {
      const texts = new Set([...Object.values(CATALOGUES[lang].menu), ...ownNames]);
      const menu = labels(menuTemplate(lang, () => {}, options));
      expect(menu.length).toBeGreaterThan(25);
      expect(menu.filter((label) => !texts.has(label))).toEqual([]);
      expect(menu).toContain(CATALOGUES[lang].menu.mergeWorkspace);
    }
  });
  it('fills placeholders through i18next', () => {
    expect(menuText('fr', 'aboutDetail', { version: '9.8.7' })).toBe(CATALOGUES.fr.menu.aboutDetail.replace('{{version}}', '9.8.7'));
    expect(menuText('es', 'aboutDetail', { version: '9.8.7' })).toContain('HRMap 9.8.7');
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
