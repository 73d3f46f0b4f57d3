import { readdirSync, readFileSync } from 'node:fs';

const MB = 1024 * 1024;

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** Processes started (directly or not) by this one: the browser Playwright launched and its helpers, not another run's. */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    // pid (comm) state ppid …: comm may hold spaces and parentheses, so read after the last ')'.
    const ppid = stat ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) : NaN;
    if (Number.isInteger(ppid)) children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length) for (const child of children.get(queue.shift()!) ?? []) out.push(child), queue.push(child);
  return out;
}

/** Resident memory (MB) of each Chromium renderer process this process started: the page and its workers live there. */
export function rendererRss(): number[] {
  const sizes: number[] = [];
  for (const pid of descendants(process.pid)) {
    if (!read(`/proc/${pid}/cmdline`)?.includes('--type=renderer')) continue;
    const rss = /VmRSS:\s+(\d+) kB/.exec(read(`/proc/${pid}/status`) ?? '');
    if (rss) sizes.push((Number(rss[1]) * 1024) / MB);
  }
  return sizes;
}

/** Samples the largest renderer's RSS every `everyMs` until stopped; `stop` returns the peak (MB), or null off Linux. */
export function sampleRendererPeak(everyMs = 20): { stop(): number | null } {
  let peak: number | null = null;
  const sample = () => {
    const sizes = rendererRss();
    if (sizes.length) peak = Math.max(peak ?? 0, ...sizes);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}
