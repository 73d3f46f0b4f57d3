import { useEffect, useRef } from 'react';

/** A part of a screen that F6 moves focus to: a toolbar, a grid, a side panel. */
export interface FocusRegion {
  contains(element: Element): boolean;
  /** Puts focus in the region; false when it has nothing to focus now (F6 then goes on to the next one). */
  focus(): boolean;
}

/**
 * F6 and Shift+F6 move focus to the next and previous region, as in desktop applications, and `shortcuts`
 * (keyed like "Alt+KeyM", by physical key, so Option+M on a Mac works too) run from anywhere on the screen.
 * Listens in the capture phase: controls that keep their keys to themselves (the item pickers) still let
 * these through.
 */
export function useFocusRegions(regions: () => readonly FocusRegion[], shortcuts: Record<string, () => void> = {}): void {
  const current = useRef({ regions, shortcuts });
  current.current = { regions, shortcuts };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // A modal dialog keeps focus to itself.
      if (document.activeElement?.closest('dialog[open]')) return;
      const combo = `${event.ctrlKey ? 'Ctrl+' : ''}${event.altKey ? 'Alt+' : ''}${event.shiftKey ? 'Shift+' : ''}${event.metaKey ? 'Meta+' : ''}${event.code}`;
      const shortcut = current.current.shortcuts[combo];
      if (shortcut) {
        event.preventDefault();
        event.stopPropagation();
        shortcut();
        return;
      }
      if (event.key !== 'F6' || event.ctrlKey || event.altKey || event.metaKey) return;
      event.preventDefault();
      event.stopPropagation();
      cycleFocus(current.current.regions(), event.shiftKey ? -1 : 1);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}

/** Focuses the region after (or before) the one holding focus; from outside them all, the first (or last). */
export function cycleFocus(regions: readonly FocusRegion[], step: 1 | -1): void {
  const active = document.activeElement;
  const at = active ? regions.findIndex((r) => r.contains(active)) : -1;
  const start = at < 0 ? (step > 0 ? -1 : regions.length) : at;
  for (let i = 1; i <= regions.length; i++) {
    const region = regions[(start + step * i + regions.length * 2) % regions.length];
    if (region?.focus()) return;
  }
}

/** Focuses what `find` returns as soon as it exists (a panel that is still reading its policy), for up to a second. */
export function focusWhenReady(find: () => HTMLElement | null | undefined, timeoutMs = 1000): void {
  const until = performance.now() + timeoutMs;
  const attempt = () => {
    const target = find();
    if (target) target.focus();
    else if (performance.now() < until) requestAnimationFrame(attempt);
  };
  attempt();
}

/** Focuses the first control in `root` that matches `prefer`, or else the first one Tab reaches; false when there is none. */
export function focusFirstIn(root: Element | null | undefined, prefer?: string): boolean {
  const target = (prefer ? firstFocusable(root, prefer) : null) ?? firstFocusable(root);
  target?.focus();
  return !!target;
}

/** The first control a person can reach with Tab inside `root`. */
export function firstFocusable(root: Element | null | undefined, selector = 'button, input, select, textarea, [tabindex]'): HTMLElement | null {
  if (!root) return null;
  for (const el of root.querySelectorAll<HTMLElement>(selector)) {
    if (el.matches(':disabled') || el.tabIndex < 0 || el.closest('[hidden], [inert]')) continue;
    if (el.getClientRects().length === 0) continue;
    return el;
  }
  return null;
}
