import { useEffect } from 'react';
import type { MenuCommand } from '../../shared/platform/bridge';

/** App-wide commands (from the menu, shortcuts or buttons) that a feature handles wherever it lives. */
export type AppCommand = Exclude<MenuCommand, `view:${string}` | `lang:${string}`>;

const bus = new EventTarget();

export function dispatchAppCommand(command: AppCommand): void {
  bus.dispatchEvent(new Event(command));
}

/** Runs `handler` whenever `command` is dispatched, while the component is mounted. */
export function useAppCommand(command: AppCommand, handler: () => void): void {
  useEffect(() => {
    bus.addEventListener(command, handler);
    return () => bus.removeEventListener(command, handler);
  }, [command, handler]);
}
