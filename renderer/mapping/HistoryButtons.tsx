import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppCommand } from '../app/commands';
import { useServices } from '../app/services';
import type { HistoryState } from '../db/changeLog';

/** Whether a key press belongs to a text field (which has its own undo). */
function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Undo and Redo for the whole workspace: toolbar buttons, the Edit menu, and Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y
 * (Cmd on a Mac) anywhere outside a text field. `onDone` receives a message saying what was undone or redone.
 */
export function HistoryButtons({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useTranslation('mapping');
  const { changes } = useServices();
  const [state, setState] = useState<HistoryState>({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });

  useEffect(() => {
    const off = changes.onHistory(setState);
    void changes.history().then(setState);
    return off;
  }, [changes]);

  const run = useCallback(
    async (kind: 'undo' | 'redo') => {
      const label = kind === 'undo' ? await changes.undo() : await changes.redo();
      if (label) onDone(t(kind === 'undo' ? 'undone' : 'redone', { action: t(label) }));
      else onDone(t(kind === 'undo' ? 'nothingToUndo' : 'nothingToRedo'));
    },
    [changes, onDone, t],
  );

  // The Edit menu does what the keys do: in a text field it undoes the typing, elsewhere the last change.
  const fromMenu = useCallback(
    (kind: 'undo' | 'redo') => {
      // execCommand is deprecated but remains the only way to reach a field's own undo stack.
      if (inTextField(document.activeElement)) document.execCommand(kind);
      else void run(kind);
    },
    [run],
  );
  const undoFromMenu = useCallback(() => fromMenu('undo'), [fromMenu]);
  const redoFromMenu = useCallback(() => fromMenu('redo'), [fromMenu]);
  useAppCommand('undo', undoFromMenu);
  useAppCommand('redo', redoFromMenu);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || inTextField(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        void run('undo');
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        void run('redo');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);

  return (
    <>
      <button
        type="button"
        disabled={!state.canUndo}
        title={state.undoLabel ? t('undoTitle', { action: t(state.undoLabel) }) : t('nothingToUndo')}
        onClick={() => void run('undo')}
      >
        <span aria-hidden="true">↶ </span>
        {t('undo')}
      </button>
      <button
        type="button"
        disabled={!state.canRedo}
        title={state.redoLabel ? t('redoTitle', { action: t(state.redoLabel) }) : t('nothingToRedo')}
        onClick={() => void run('redo')}
      >
        <span aria-hidden="true">↷ </span>
        {t('redo')}
      </button>
    </>
  );
}
