import { useEffect, useRef, type RefObject } from 'react';

/**
 * Shows a native <dialog> as a modal while `open` is true (focus trapped, Escape fires its cancel event)
 * and closes it otherwise. Returns the ref for the dialog element.
 */
export function useModalDialog(open: boolean): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return ref;
}
