import { resourceUsage } from 'node:process';

const MB = 1024 * 1024;

/**
 * Peak resident memory of this process. RSS is sampled on a timer (which cannot fire while synchronous code
 * runs), so the kernel's own high-water mark (`maxRSS`) is taken too, and the larger of the two is reported.
 */
export class PeakMemory {
  private peak = process.memoryUsage().rss;
  private readonly timer = setInterval(() => this.sample(), 5);

  constructor() {
    this.timer.unref();
  }

  sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage().rss);
  }

  stop(): number {
    this.sample();
    clearInterval(this.timer);
    return Math.max(this.peak, resourceUsage().maxRSS * 1024) / MB;
  }
}

/** Frees what can be freed before a heap measurement (the scenario processes run with --expose-gc). */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}
