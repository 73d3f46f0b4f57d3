import type { Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinCatalog } from '../../shared/frameworks/builtin';
import type { WorkspaceFile } from '../../shared/workspace/format';
import { policiesXlsx } from '../lib/policyXlsx';
import { figure, unavailable, type Outcome } from '../lib/figures';
import { policyRowsOf } from '../../renderer/db/policyRows';
import { clearStores, withFilledRegister } from '../lib/register';
import { median, percentile } from '../lib/sample';
import type { Scenario, ScenarioContext } from '../lib/scenario';

const IMPORT_FIGURES = ['import.chromium_xlsx_20k_ms', 'import.chromium_apply_ms', 'import.chromium_longest_pause_ms', 'import.chromium_idb_floor_ms'] as const;
const FIGURES = ['ui.first_rows_ms', 'ui.quick_filter_ms', 'ui.bulk_link_1k_ms', 'ui.search_keystroke_ms', 'ui.search_keystroke_p95_ms', ...IMPORT_FIGURES] as const;

/** When the wizard's steps happened in the page (performance.now()), noted by `watchImport`. */
interface ImportMarks {
  fileAt?: number;
  summaryAt?: number;
  clickAt?: number;
  doneAt?: number;
  /** The longest time between two frames from the click to the message: how long the page stopped drawing. */
  longestPause?: number;
}

declare global {
  interface Window {
    __benchLinkWatch?: Promise<number>;
    __benchImport?: ImportMarks;
  }
}

/**
 * The app in Chromium (the built renderer over http://127.0.0.1, Debian's chromium driven by Playwright),
 * with the generated workspace already in IndexedDB. Every time is taken inside the page with
 * performance.now(), up to the frame after the DOM showed the result, so Playwright's round trips are not in it.
 */
export const uiScenario: Scenario = {
  id: 'ui',
  figures: FIGURES,
  browser: true,
  run: (context) => withFilledRegister(context, FIGURES, (page, url, workspace) => measure(page, url, workspace, context)),
};

async function measure(page: Page, url: string, workspace: WorkspaceFile, { size, log }: ScenarioContext): Promise<Outcome[]> {
  const n = workspace.policies.length;

  const outcomes: Outcome[] = [];
  const firstRows: number[] = [];
  for (let run = 0; run < size.warmup + size.runs; run++) {
    // Each start begins from a quiet database, as when the app is opened: the previous page's background reads
    // (the whole register) would otherwise still hold IndexedDB and delay this page's open.
    await page.goto(new URL('__bench_fill__', url).href);
    await page.evaluate(settleDatabase);
    await page.goto(url);
    const at = await page.waitForFunction(() => window.__benchFirstRow, undefined, { timeout: 60_000 });
    if (run >= size.warmup) firstRows.push(Number(await at.jsonValue()));
  }
  const filter = page.getByRole('searchbox', { name: 'Filter policies' });
  await filter.waitFor();
  // The count line says "Loading…" until the register has counted its policies.
  const counted = await page
    .waitForFunction((count) => (document.querySelector('.counts')?.textContent ?? '').replace(/\D/g, '').startsWith(String(count)), n, { timeout: 60_000 })
    .then(() => true, () => false);
  if (!counted) throw new Error(`the register shows "${await page.locator('.counts').innerText()}", not the ${n} generated policies`);
  outcomes.push(figure('ui.first_rows_ms', median(firstRows), 'ms', n));

  // Quick filter: a city's name typed into the box, until the "x of y shown" count changes on screen; timed once
  // the app has finished what it does in the background after opening (link times, quick-filter texts), so the
  // figure is the filter's own cost, not the first seconds' contention.
  await page.evaluate(waitForQuiet);
  const cities = [...new Set(workspace.policies.map((p) => p.city))].slice(0, size.warmup + size.runs);
  const filterTimes: number[] = [];
  for (const [run, city] of cities.entries()) {
    const ms = await page.evaluate(typeAndWaitForCount, city.toLowerCase());
    if (run >= size.warmup) filterTimes.push(ms);
    await page.evaluate(typeAndWaitForCount, '');
  }
  outcomes.push(figure('ui.quick_filter_ms', median(filterTimes), 'ms', n));

  outcomes.push(await bulkLink(page, workspace, log));
  outcomes.push(...(await searchKeystrokes(page, size.runs)));
  // Last, since it empties the register; a failure here must not cost the figures above.
  outcomes.push(...(await importInBrowser(page, url, workspace, log).catch((error: unknown) => IMPORT_FIGURES.map((name) => unavailable(name, `the import wizard failed: ${String(error).split('\n')[0]}`)))));
  return outcomes;
}

/**
 * The import wizard in Chromium with an empty register: the same SheetJS-written questionnaire .xlsx as the
 * Node import figure, from the moment the file is handed to the wizard until the register says what was
 * imported (read with exceljs' browser build, rows checked and planned, one IndexedDB transaction, grid
 * updated). The time between the preview and the click on Import is a person's and is left out. Both phases
 * are timed in the page, from the file input's change event to the frame after the wizard's summary, and from
 * the click on Import to the frame after the register's message: timed from Node around Playwright's waits,
 * they also held up to half a second of Playwright's polling each (it retries every 500 ms after the first).
 * `import.chromium_apply_ms` is the second phase alone; its floor (`import.chromium_idb_floor_ms`, peer
 * "indexeddb") is Chromium's IndexedDB putting the same rows, a policy with its links each (the app's store
 * and keys), in one transaction, with no library, no change log and no grid: what any import into this
 * schema pays. `import.chromium_longest_pause_ms` is the longest the page went without drawing a frame between
 * the click and the message (the progress bar stands still meanwhile). The file is handed over from disk, as a
 * person picks one.
 */
async function importInBrowser(page: Page, url: string, workspace: WorkspaceFile, log: (message: string) => void): Promise<Outcome[]> {
  const bytes = policiesXlsx(workspace, builtinCatalog());
  // From a file on disk, as a person picks one: handing Playwright the bytes would time their base64 transfer too.
  const dir = mkdtempSync(join(tmpdir(), 'hrmap-bench-'));
  const file = join(dir, 'policies.xlsx');
  writeFileSync(file, bytes);
  log(`importing a ${(bytes.length / 1048576).toFixed(1)} MB .xlsx of ${workspace.policies.length} policies through the wizard`);
  try {
    return await timeWizardImport(page, url, workspace, file, log);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function timeWizardImport(page: Page, url: string, workspace: WorkspaceFile, file: string, log: (message: string) => void): Promise<Outcome[]> {
  const n = workspace.policies.length;
  await page.goto(new URL('__bench_fill__', url).href);
  await page.evaluate(clearStores, ['policyRows', 'changes']);
  await page.goto(url);
  await page.getByText(/^0 policies$/).waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import policies' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose a file…' }).click();
  await page.evaluate(watchImport);
  await (await chooser).setFiles(file);
  const summary = dialog.getByRole('status').filter({ hasText: / to add, / });
  await summary.waitFor({ timeout: 120_000 });
  const toAdd = Number((await summary.innerText()).split(' to add')[0]!.replace(/\D/g, ''));
  if (toAdd !== n) throw new Error(`the wizard plans to add ${toAdd} of ${n} policies: ${await summary.innerText()}`);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByText(/^Imported: [\d,]+ added/).waitFor({ timeout: 120_000 });
  const marks = await (await page.waitForFunction(() => window.__benchImport?.doneAt && window.__benchImport, undefined, { timeout: 10_000 })).jsonValue();
  const { fileAt, summaryAt, clickAt, doneAt, longestPause } = marks as Required<ImportMarks>;
  const readMs = summaryAt - fileAt;
  const applyMs = doneAt - clickAt;
  log(`import in Chromium: ${Math.round(readMs)} ms to read and check, ${Math.round(applyMs)} ms to import`);
  await page.goto(new URL('__bench_fill__', url).href);
  const floorMs = await page.evaluate(putInScratchDatabase, policyRowsOf(workspace.policies, workspace.links));
  return [
    figure('import.chromium_xlsx_20k_ms', readMs + applyMs, 'ms', n),
    figure('import.chromium_apply_ms', applyMs, 'ms', n),
    figure('import.chromium_longest_pause_ms', longestPause, 'ms', n),
    figure('import.chromium_idb_floor_ms', floorMs, 'ms', n, 'indexeddb'),
  ];
}

const BULK = 1_000;

/**
 * Bulk link through the register's own controls: tick row 1, scroll to row 1,000 and shift-tick it, open
 * "Add link…", type an SDG target no policy has yet, then time from the Enter that picks it until row
 * 1,000's link count shows one more (the store saves before it tells the grid, so that is "saved").
 */
async function bulkLink(page: Page, workspace: WorkspaceFile, log: (message: string) => void): Promise<Outcome> {
  const name = 'ui.bulk_link_1k_ms';
  const addLink = page.getByRole('button', { name: 'Add link…' });
  if ((await addLink.count()) === 0) return unavailable(name, 'the register has no "Add link…" bulk action yet (mapping grid not on main)');
  if (workspace.policies.length < BULK) return unavailable(name, `needs at least ${BULK} policies`);
  const code = unusedSdgTarget(workspace);
  if (!code) return unavailable(name, 'every SDG target already has a link in the generated workspace');
  await page.evaluate(typeAndWaitForCount, '').catch(() => undefined);
  await page.locator('.ag-row[row-index="0"] input[type="checkbox"]').first().check();
  await page.evaluate(scrollGridTo, BULK - 1);
  const last = page.locator(`.ag-row[row-index="${BULK - 1}"]`);
  await last.locator('input[type="checkbox"]').first().click({ modifiers: ['Shift'] });
  await page.getByText(new RegExp(`^1,?000 selected$`)).waitFor({ timeout: 30_000 });
  log(`1,000 rows selected; adding SDG ${code}`);
  await addLink.click();
  await page.keyboard.type(`SDG ${code}`);
  await page.getByRole('option', { name: new RegExp(`^${code.replace('.', '\\.')}\\b`) }).first().waitFor();
  // The watch is armed (awaited) before Enter is pressed: sent together, the key could arrive first.
  await page.evaluate(armLinkCountWatch, BULK - 1);
  await page.keyboard.press('Enter');
  return figure(name, await page.evaluate(() => window.__benchLinkWatch!), 'ms', BULK);
}

/** An SDG target (code such as "16.10") that no generated policy links to, so the bulk action adds 1,000 new links. */
function unusedSdgTarget(workspace: WorkspaceFile): string | null {
  const used = new Set(workspace.links.map((l) => l.itemId));
  const target = builtinCatalog().items.find((item) => item.frameworkId === 'sdg' && item.parentId !== null && !used.has(item.id));
  return target?.code ?? null;
}

const TYPED = ['housing', 'logement social', 'agua potable', 'violence against women', 'éducation'];

/**
 * The "Search frameworks" panel: each query typed one key at a time; each keystroke timed in the page until
 * the results stop changing (deferred rendering included). Reports the median and the 95th percentile.
 */
async function searchKeystrokes(page: Page, runs: number): Promise<Outcome[]> {
  const names = ['ui.search_keystroke_ms', 'ui.search_keystroke_p95_ms'];
  const nav = page.getByRole('navigation').getByRole('button', { name: 'Frameworks' });
  if ((await nav.count()) === 0) return names.map((n) => unavailable(n, 'the "Search frameworks" panel is not on main yet'));
  await nav.click();
  const box = page.getByRole('combobox', { name: 'Search frameworks' });
  await box.waitFor();
  const times: number[] = [];
  for (let run = 0; run < Math.max(1, runs); run++) {
    for (const query of TYPED) {
      await box.fill('');
      for (let i = 1; i <= query.length; i++) times.push(await page.evaluate(keystroke, query.slice(0, i)));
    }
  }
  return [figure(names[0]!, median(times), 'ms', times.length), figure(names[1]!, percentile(times, 95), 'ms', times.length)];
}

// ---- In the page (serialised by Playwright: no imports, no closures) ----

/** Resolves once the page has been idle for about half a second (ten idle periods in a row with time to spare). */
function waitForQuiet(): Promise<void> {
  return new Promise((resolve) => {
    let quiet = 0;
    const check = (deadline: IdleDeadline) => {
      quiet = deadline.timeRemaining() >= 45 ? quiet + 1 : 0;
      if (quiet >= 10) resolve();
      else requestIdleCallback(check);
    };
    requestIdleCallback(check);
  });
}

/** Opens the app's database from a page that does not run the app and returns once no earlier transaction is running. */
async function settleDatabase(): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.open('hrmap');
    request.onsuccess = () => {
      const db = request.result;
      // A read-write transaction over the store starts only after every earlier one touching it has ended.
      const tx = db.transaction('policyRows', 'readwrite');
      tx.objectStore('policyRows').get('');
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
    };
    request.onerror = () => reject(request.error);
  });
}

/** Puts the rows (a policy with its links each) into a new database (the app's store and keys) in one transaction; its time. */
async function putInScratchDatabase(rows: { rows: unknown[]; keys: IDBValidKey[] }): Promise<number> {
  const name = `bench-floor-${Date.now()}`;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('policyRows');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('policyRows', 'readwrite');
    const objects = tx.objectStore('policyRows');
    rows.rows.forEach((row, i) => objects.put(row, rows.keys[i]));
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const ms = performance.now() - start;
  db.close();
  indexedDB.deleteDatabase(name);
  return ms;
}

/**
 * In the page: notes when the chosen file reaches the page (its input's change event), the frame after the
 * wizard's summary of the plan shows, the click on Import, and the frame after the register's "Imported:"
 * message shows. The observer only looks at the few status elements, so watching costs the page next to nothing.
 */
function watchImport(): void {
  const marks: ImportMarks = {};
  window.__benchImport = marks;
  const afterFrame = (note: (at: number) => void) => requestAnimationFrame(() => setTimeout(() => note(performance.now()), 0));
  document.addEventListener('change', () => (marks.fileAt ??= performance.now()), { capture: true });
  document.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('dialog button') : null;
      if (button?.textContent?.trim() !== 'Import' || marks.clickAt !== undefined) return;
      marks.clickAt = performance.now();
      let last = marks.clickAt;
      marks.longestPause = 0;
      const frame = (at: number) => {
        marks.longestPause = Math.max(marks.longestPause ?? 0, at - last);
        last = at;
        if (marks.doneAt === undefined) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    },
    { capture: true },
  );
  const shows = (selector: string, pattern: RegExp) => [...document.querySelectorAll(selector)].some((element) => pattern.test(element.textContent ?? ''));
  let summaryShown = false;
  const observer = new MutationObserver(() => {
    if (!summaryShown && shows('dialog [role="status"]', / to add, /)) {
      summaryShown = true;
      afterFrame((at) => (marks.summaryAt = at));
    }
    if (marks.clickAt !== undefined && shows('.status-message', /^Imported: [\d,]+ added/)) {
      observer.disconnect();
      afterFrame((at) => (marks.doneAt = at));
    }
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
}

/** Sets the quick filter as typing does (React sees an input event) and times it until the count text changes and is painted. */
function typeAndWaitForCount(text: string): Promise<number> {
  const input = document.querySelector<HTMLInputElement>('input[type="search"][aria-label="Filter policies"]');
  const counts = document.querySelector('.counts');
  if (!input || !counts) throw new Error('the register has no "Filter policies" box or count');
  const before = counts.textContent;
  if (input.value === text) return Promise.resolve(0);
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error(`the count did not change after filtering "${text}"`)), 30_000);
    const observer = new MutationObserver(() => {
      if (counts.textContent === before) return;
      observer.disconnect();
      clearTimeout(timeout);
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
    });
    observer.observe(counts, { childList: true, characterData: true, subtree: true });
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const start = performance.now();
    setValue.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Scrolls the grid's vertical scroller until the row at `index` is rendered. */
async function scrollGridTo(index: number): Promise<void> {
  const first = document.querySelector('.ag-row');
  let scroller: HTMLElement | null = first?.parentElement ?? null;
  while (scroller && !(scroller.scrollHeight > scroller.clientHeight + 50 && /auto|scroll/.test(getComputedStyle(scroller).overflowY))) scroller = scroller.parentElement;
  if (!scroller) throw new Error('no scrollable grid body');
  const height = first?.getBoundingClientRect().height || 34;
  for (let attempt = 0; attempt < 50 && !document.querySelector(`.ag-row[row-index="${index}"]`); attempt++) {
    scroller.scrollTop = index * height - scroller.clientHeight / 2;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!document.querySelector(`.ag-row[row-index="${index}"]`)) throw new Error(`row ${index} never rendered`);
}

/** From the next Enter key until the link count of the row at `index` goes up, and is painted. */
function armLinkCountWatch(index: number): void {
  const cell = () => document.querySelector(`.ag-row[row-index="${index}"] [col-id="links"]`);
  const before = Number(cell()?.textContent ?? 'NaN');
  if (Number.isNaN(before)) throw new Error(`row ${index} has no links count`);
  window.__benchLinkWatch = new Promise((resolve, reject) => {
    let start = 0;
    const timeout = setTimeout(() => reject(new Error(`the link count of row ${index} never went up from ${before} (now "${cell()?.textContent ?? 'not rendered'}", Enter ${start ? 'seen' : 'not seen'})`)), 60_000);
    document.addEventListener('keydown', (event) => event.key === 'Enter' && (start = performance.now()), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (!start || Number(cell()?.textContent) !== before + 1) return;
      observer.disconnect();
      clearTimeout(timeout);
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
    });
    observer.observe(document.body, { childList: true, characterData: true, subtree: true });
  });
}

/** One keystroke in the search box: sets the text as typing does; done when the results pane has not changed for two frames. */
function keystroke(text: string): Promise<number> {
  const input = document.querySelector<HTMLInputElement>('input[aria-label="Search frameworks"]');
  const pane = input?.closest('section') ?? document.body;
  if (!input) throw new Error('no "Search frameworks" box');
  return new Promise((resolve) => {
    let last = 0;
    const observer = new MutationObserver(() => (last = performance.now()));
    observer.observe(pane, { childList: true, characterData: true, subtree: true, attributes: true });
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const start = performance.now();
    setValue.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    let quietFrames = 0;
    let seen = last;
    const frame = () => {
      if (last === seen) quietFrames++;
      else quietFrames = 0;
      seen = last;
      if (quietFrames >= 2) {
        observer.disconnect();
        resolve(Math.max(last, start) - start);
      } else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}
