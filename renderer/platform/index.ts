import type { HrmapBridge } from '../../shared/platform/bridge';
import { browserPlatform } from './browserPlatform';
import { electronPlatform } from './electronPlatform';
import type { Platform } from './platform';

declare global {
  interface Window {
    hrmapBridge?: HrmapBridge;
  }
}

/** Chosen once, at start-up: the only place that knows which shell we run in. */
export function choosePlatform(): Platform {
  return window.hrmapBridge ? electronPlatform(window.hrmapBridge) : browserPlatform();
}
