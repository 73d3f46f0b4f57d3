import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../shared/i18n/formatBytes';
import { isLang } from '../../shared/model/lang';
import { generateDemoWorkspace } from '../../shared/workspace/demo';
import type { WorkspaceFile } from '../../shared/workspace/format';
import { useServices } from '../app/services';
import { backupsToKeep, restoreBackup, setBackupsToKeep, takeBackup } from '../backups/backupService';
import type { BackupInfo } from '../platform/platform';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { StatusMessage } from '../ui/StatusMessage';
import { MergeDialog } from './MergeDialog';
import { pickWorkspaceFile, saveWorkspaceFile } from './workspaceFiles';
import { replaceWorkspaceInDb } from './workspaceRepository';

export type WorkspaceCommand = 'save-workspace' | 'open-workspace' | 'merge-workspace';
type Message = { text: string; tone: 'info' | 'error' };

/** Big enough for every region, theme and chart to have something in it; small enough to open at once. */
const SAMPLE_POLICIES = 300;

/**
 * The workspace as a whole: save it to a file, open a file in its place (after a confirmation and a backup),
 * merge a colleague's file, and the automatic backups with restore.
 */
export function WorkspaceView({ command, onCommandDone }: { command: WorkspaceCommand | null; onCommandDone: () => void }) {
  const { t, i18n } = useTranslation(['workspace', 'common']);
  const lang = isLang(i18n.language) ? i18n.language : 'en';
  const { db, platform, changes, autoBackup, catalog } = useServices();
  const [message, setMessage] = useState<Message | null>(null);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [keep, setKeep] = useState<number | null>(null);
  const [location, setLocation] = useState('');
  const [toOpen, setToOpen] = useState<{ name: string; workspace: WorkspaceFile } | null>(null);
  const [toMerge, setToMerge] = useState<{ name: string; workspace: WorkspaceFile } | null>(null);
  const [toRestore, setToRestore] = useState<BackupInfo | null>(null);
  const [current, setCurrent] = useState(0);

  const time = useCallback((iso: string) => new Date(iso).toLocaleString(i18n.language), [i18n.language]);
  const refresh = useCallback(async () => setBackups(await platform.listBackups()), [platform]);
  const fail = useCallback((error: unknown) => setMessage({ text: t('ui.failed', { message: error instanceof Error ? error.message : String(error) }), tone: 'error' }), [t]);

  useEffect(() => {
    void refresh().catch(fail);
    void backupsToKeep(db).then(setKeep);
    void platform.appInfo().then((info) => setLocation(info.dataLocation));
    return autoBackup.onWritten(() => void refresh().catch(fail));
  }, [db, platform, refresh, autoBackup, fail]);
  // Undoing or redoing a restore changes the settings shown here.
  useEffect(() => changes.onApplied((change) => change.workspace && void backupsToKeep(db).then(setKeep)), [changes, db]);

  const save = useCallback(async () => {
    try {
      const result = await saveWorkspaceFile(db, platform, t('ui.fileFilter'));
      if (result.saved) setMessage({ text: t('ui.saved', { location: result.location ?? '' }), tone: 'info' });
    } catch (error) {
      fail(error);
    }
  }, [db, platform, t, fail]);

  const pick = useCallback(
    async (then: (file: { name: string; workspace: WorkspaceFile }) => void) => {
      const picked = await pickWorkspaceFile(platform, t('ui.fileFilter'));
      if (!picked) return;
      if ('error' in picked) setMessage({ text: t('ui.cannotOpen', { name: picked.name, message: picked.error }), tone: 'error' });
      else then(picked);
    },
    [platform, t],
  );

  const open = useCallback(() => pick(async (file) => {
    setCurrent(await db.policies.count());
    setToOpen(file);
  }), [pick, db]);
  const merge = useCallback(() => pick(setToMerge), [pick]);

  // A generated, already mapped register to explore the dashboard and the reports with (hrmap demo's generator).
  const openSample = useCallback(async () => {
    setCurrent(await db.policies.count());
    const frameworks = catalog.frameworks.map((f) => ({ id: f.id, version: f.version }));
    setToOpen({ name: t('ui.sampleName'), workspace: generateDemoWorkspace({ policies: SAMPLE_POLICIES, seed: 7, exists: catalog.has, frameworks }) });
  }, [db, catalog, t]);

  useEffect(() => {
    if (!command) return;
    onCommandDone();
    if (command === 'save-workspace') void save();
    if (command === 'open-workspace') void open();
    if (command === 'merge-workspace') void merge();
  }, [command, onCommandDone, save, open, merge]);

  const confirmOpen = async () => {
    const file = toOpen;
    setToOpen(null);
    if (!file) return;
    try {
      // The workspace being replaced is kept as a backup first, so opening a file can always be reverted.
      await takeBackup(db, platform);
      await replaceWorkspaceInDb(db, file.workspace);
      window.location.reload();
    } catch (error) {
      fail(error);
    }
  };

  const confirmRestore = async () => {
    const backup = toRestore;
    setToRestore(null);
    if (!backup) return;
    try {
      await restoreBackup(changes, platform, backup.id);
      setKeep(await backupsToKeep(db)); // a setting of the workspace, restored with it
      setMessage({ text: t('ui.restored', { time: time(backup.at) }), tone: 'info' });
    } catch (error) {
      fail(error);
    }
  };

  return (
    <section className="backups" aria-labelledby="workspace-title">
      <h1 id="workspace-title">{t('ui.title')}</h1>
      {message && <StatusMessage message={message.text} tone={message.tone} />}

      <section aria-labelledby="workspace-file">
        <h2 id="workspace-file">{t('ui.fileSection')}</h2>
        <p className="hint">{t('ui.fileHint')}</p>
        <div className="row">
          <button type="button" className="primary" onClick={() => void save()}>{t('ui.save')}</button>
          <button type="button" onClick={() => void open()}>{t('ui.open')}</button>
          <button type="button" onClick={() => void merge()}>{t('ui.merge')}</button>
          <button type="button" onClick={() => void openSample()}>{t('ui.openSample', { count: SAMPLE_POLICIES })}</button>
        </div>
      </section>

      <section aria-labelledby="workspace-backups">
        <h2 id="workspace-backups">{t('ui.backupsSection')}</h2>
        <p className="hint">{t('ui.backupsHint', { location })}</p>
        <div className="row">
          <label className="row">
            <span>{t('ui.keep')}</span>
            <input
              type="number"
              min={1}
              max={200}
              value={keep ?? ''}
              onChange={(e) => {
                const n = Number(e.target.value);
                if (Number.isInteger(n) && n >= 1 && n <= 200) {
                  setKeep(n);
                  void setBackupsToKeep(db, n);
                }
              }}
            />
          </label>
          <button
            type="button"
            onClick={() =>
              void takeBackup(db, platform)
                .then(() => refresh())
                .then(() => setMessage({ text: t('ui.backedUp'), tone: 'info' }))
                .catch(fail)
            }
          >
            {t('ui.backupNow')}
          </button>
        </div>
        {backups && backups.length === 0 && <p>{t('ui.noBackups')}</p>}
        {backups && backups.length > 0 && (
          <table className="backups-table" aria-labelledby="workspace-backups">
            <thead>
              <tr>
                <th scope="col">{t('ui.time')}</th>
                <th scope="col">{t('ui.policies')}</th>
                <th scope="col">{t('ui.links')}</th>
                <th scope="col">{t('ui.size')}</th>
                <th scope="col"><span className="visually-hidden">{t('ui.restore')}</span></th>
              </tr>
            </thead>
            <tbody>
              {backups.map((b) => (
                <tr key={b.id}>
                  <td>
                    {time(b.at)}
                    {b.kind === 'rescue' && <span className="backup-kind"> · {t('ui.rescueKind')}</span>}
                  </td>
                  <td>{b.policies}</td>
                  <td>{b.links}</td>
                  <td>{formatBytes(b.bytes, lang)}</td>
                  <td>
                    <button type="button" aria-label={t('ui.restoreLabel', { time: time(b.at) })} onClick={() => setToRestore(b)}>
                      {t('ui.restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <ConfirmDialog
        open={toOpen !== null}
        message={t('ui.openConfirm', { current, name: toOpen?.name ?? '', count: toOpen?.workspace.policies.length ?? 0 })}
        confirmLabel={t('ui.openAction')}
        onConfirm={() => void confirmOpen()}
        onCancel={() => setToOpen(null)}
      />
      <ConfirmDialog
        open={toRestore !== null}
        message={t('ui.restoreConfirm', { time: toRestore ? time(toRestore.at) : '', policies: toRestore?.policies ?? 0, links: toRestore?.links ?? 0 })}
        confirmLabel={t('ui.restoreAction')}
        onConfirm={() => void confirmRestore()}
        onCancel={() => setToRestore(null)}
      />
      <MergeDialog
        file={toMerge}
        onClose={(result) => {
          setToMerge(null);
          if (result) setMessage(result);
        }}
      />
    </section>
  );
}
