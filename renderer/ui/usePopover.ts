import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

export interface Popover<T extends HTMLElement> {
  open: boolean;
  /** The control that opens the popover: focus goes back to it when the popover closes by a choice or Escape. */
  triggerRef: RefObject<T | null>;
  /** Wraps the trigger and the popover: a press outside it closes the popover. */
  anchorRef: RefObject<HTMLDivElement | null>;
  toggle(): void;
  show(): void;
  /** Closes; `refocus` (the default) puts focus back on the trigger, so it never falls to the page body. */
  close(refocus?: boolean): void;
}

/** Open/closed state of a popover anchored to a trigger, closed by a press outside it. */
export function usePopover<T extends HTMLElement = HTMLButtonElement>(): Popover<T> {
  const [open, setOpen] = useState(false);
  const triggerRef = useRef<T>(null);
  const anchorRef = useRef<HTMLDivElement>(null);
  const refocusRef = useRef(false);
  const close = useCallback((refocus = true) => {
    setOpen(false);
    refocusRef.current = refocus;
  }, []);
  // After the popover is gone: what was inside it may take focus back on its way out (a picker does).
  useEffect(() => {
    if (open || !refocusRef.current) return;
    refocusRef.current = false;
    triggerRef.current?.focus();
  }, [open]);
  const toggle = useCallback(() => {
    refocusRef.current = false;
    setOpen((o) => !o);
  }, []);
  const show = useCallback(() => {
    refocusRef.current = false;
    setOpen(true);
  }, []);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!anchorRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open]);

  return { open, triggerRef, anchorRef, toggle, show, close };
}
