import type { MenuItemConstructorOptions } from 'electron';
import type { CATALOGUES } from '../../shared/i18n/catalogues';
import { LANGS, type Lang } from '../../shared/model/lang';
import type { MenuCommand } from '../../shared/platform/bridge';
import { translator } from '../services/i18n';

type MenuKey = keyof (typeof CATALOGUES)['en']['menu'];

/** A translated menu or dialog text, by i18next from the catalogues the renderer uses. */
export function menuText(lang: Lang, key: MenuKey, vars: Record<string, string | number> = {}): string {
  return translator(lang, 'menu')(key, vars);
}

/**
 * The application menu in the chosen language. Commands that belong to the renderer (import, export,
 * views, language) are sent to it; editing and window commands use Electron's roles.
 */
export function menuTemplate(
  lang: Lang,
  send: (command: MenuCommand) => void,
  options: { isMac: boolean; dev: boolean; about: () => void },
): MenuItemConstructorOptions[] {
  const t = (key: MenuKey) => menuText(lang, key);
  const item = (key: MenuKey, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label: t(key),
    click: () => send(command),
    ...(accelerator ? { accelerator } : {}),
  });
  return [
    {
      label: t('file'),
      submenu: [
        item('import', 'import', 'CmdOrCtrl+I'),
        { type: 'separator' },
        item('openWorkspace', 'open-workspace', 'CmdOrCtrl+O'),
        item('saveWorkspace', 'save-workspace', 'CmdOrCtrl+S'),
        item('mergeWorkspace', 'merge-workspace'),
        { type: 'separator' },
        item('exportReport', 'export-report', 'CmdOrCtrl+E'),
        { type: 'separator' },
        { label: t('quit'), role: 'quit' },
      ],
    },
    {
      // No undo/redo accelerators here: the page handles Ctrl+Z itself (grid edits, links, bulk actions).
      label: t('edit'),
      submenu: [
        item('undo', 'undo'),
        item('redo', 'redo'),
        { type: 'separator' },
        { label: t('cut'), role: 'cut' },
        { label: t('copy'), role: 'copy' },
        { label: t('paste'), role: 'paste' },
        { label: t('selectAll'), role: 'selectAll' },
      ],
    },
    {
      label: t('view'),
      submenu: [
        item('register', 'view:register', 'CmdOrCtrl+1'),
        item('frameworks', 'view:search', 'CmdOrCtrl+2'),
        item('dashboard', 'view:dashboard', 'CmdOrCtrl+3'),
        item('backups', 'view:backups', 'CmdOrCtrl+4'),
        { type: 'separator' },
        { label: t('zoomIn'), role: 'zoomIn' },
        { label: t('zoomOut'), role: 'zoomOut' },
        { label: t('resetZoom'), role: 'resetZoom' },
        { label: t('fullScreen'), role: 'togglefullscreen' },
        ...(options.dev ? [{ type: 'separator' as const }, { label: t('devTools'), role: 'toggleDevTools' as const }] : []),
      ],
    },
    {
      label: t('language'),
      submenu: LANGS.map((l) => ({
        label: translator(l, 'common')(`languages.${l}`),
        type: 'radio' as const,
        checked: l === lang,
        click: () => send(`lang:${l}`),
      })),
    },
    { label: t('help'), role: options.isMac ? 'help' : undefined, submenu: [{ label: t('about'), click: options.about }] },
  ];
}
