// freshDb installs fake-indexeddb, which must come before Dexie is loaded.
import { freshDb } from './freshDb';
import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ChangeLog } from '../../../renderer/db/changeLog';
import { applyImport } from '../../../renderer/import/applyImport';
import { loadXlsxBrowser } from '../../../renderer/import/xlsxLoader';
import { replaceWorkspaceInDb } from '../../../renderer/workspace/workspaceRepository';
import { builtinCatalog } from '../../../shared/frameworks/builtin';
import { i18nOptions } from '../../../shared/i18n/catalogues';
import { IMPORT_LABEL } from '../../../shared/import/apply';
import { matchHeaders } from '../../../shared/import/headers';
import { ImportFileError, MAX_IMPORT_BYTES } from '../../../shared/import/limits';
import { fileErrorMessage } from '../../../shared/import/messages';
import { planImport } from '../../../shared/import/plan';
import { defaultSheet, readSpreadsheet, tableOf } from '../../../shared/import/readSpreadsheet';
import { generateDemoWorkspace } from '../../../shared/workspace/demo';
import { GENERATED, ROWS_100K, generatedFixture, row100k } from '../../../scripts/make-import-fixtures';

const t = i18next.createInstance();
void t.init({ ...i18nOptions('en'), initAsync: false });

/** The wizard's steps in order (choose a file, match the columns, plan with progress, write with progress). */
async function importAsTheWizardDoes(db: ReturnType<typeof freshDb>, bytes: Uint8Array) {
  const log = new ChangeLog(db);
  const planned: number[] = [];
  const written: [number, number][] = [];
  const book = await readSpreadsheet(bytes, loadXlsxBrowser);
  const table = tableOf(defaultSheet(book.sheets)!);
  let n = 0;
  const plan = await planImport({
    table,
    targets: matchHeaders(table.headers),
    existing: await db.policies.toArray(),
    existingLinkIds: new Set((await db.links.toArray()).map((l) => l.id)),
    exists: builtinCatalog().has,
    duplicates: 'skip',
    now: '2026-05-01T10:00:00.000Z',
    makeId: () => `big-${++n}`,
    author: 'Analyst',
    onProgress: (done) => planned.push(done),
    pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
    pauseEvery: 5000,
  });
  await applyImport(log, plan, { onProgress: (done, total) => written.push([done, total]) });
  return { plan, planned, written };
}

async function snapshot(db: ReturnType<typeof freshDb>) {
  const [policies, links, changes] = await Promise.all([db.policies.toArray(), db.links.toArray(), db.changes.toArray()]);
  return { policies, links, changes };
}

describe('large files', () => {
  it('a real 100,000-row .xlsx with mapping columns imports into IndexedDB, reporting progress', async () => {
    const path = await generatedFixture(GENERATED.rows100k);
    const db = freshDb('import-100k');
    const { plan, planned, written } = await importAsTheWizardDoes(db, new Uint8Array(readFileSync(path)));

    expect(plan.problems).toEqual([]);
    expect(await db.policies.count()).toBe(ROWS_100K);
    // Each row names a goal, an SDG 11 target, a UDHR article and a Charter article: four distinct items.
    expect(await db.links.count()).toBe(4 * ROWS_100K);
    const last = (await db.policies.toArray()).find((p) => p.title === `Programme ${ROWS_100K - 1}`)!;
    const [title, city, , sector, , year] = row100k(ROWS_100K - 1);
    expect(last).toMatchObject({ title, city, sector, startYear: year, region: 'latin-america', status: 'suspended' });
    expect((await db.links.ofPolicy(last.id)).map((l) => l.itemId).sort()).toEqual(['charter:IV', 'sdg:11.5', 'sdg:6', 'udhr:10']);

    // Progress: planning every 5,000 rows up to the end; writing chunk by chunk, growing, up to every row.
    expect(planned.length).toBeGreaterThanOrEqual(ROWS_100K / 5000);
    expect(planned.at(-1)).toBe(ROWS_100K);
    // One report per 2,000 policies written, each with its links.
    expect(written.length).toBe(ROWS_100K / 2000);
    expect(written.every(([done], i) => i === 0 || done > written[i - 1]![0])).toBe(true);
    expect(written.at(-1)).toEqual([ROWS_100K, ROWS_100K]);
    // One undoable step.
    expect((await db.changes.toArray()).map((c) => c.label)).toEqual([IMPORT_LABEL]);
  });

  it('a file of exactly the size limit is read; one byte more is refused with a clear message and changes nothing', async () => {
    const db = freshDb('import-limit');
    await replaceWorkspaceInDb(db, generateDemoWorkspace({ policies: 20, seed: 5 }));
    const before = await snapshot(db);

    const atLimit = new Uint8Array(readFileSync(await generatedFixture(GENERATED.atLimitCsv)));
    expect(atLimit.byteLength).toBe(MAX_IMPORT_BYTES);
    const book = await readSpreadsheet(atLimit, loadXlsxBrowser);
    expect(tableOf(book.sheets[0]!).rows.length).toBeGreaterThan(10_000);

    const refusal = async (name: (typeof GENERATED)[keyof typeof GENERATED]) => {
      const bytes = new Uint8Array(readFileSync(await generatedFixture(name)));
      expect(bytes.byteLength).toBeGreaterThan(MAX_IMPORT_BYTES);
      const error = await importAsTheWizardDoes(db, bytes).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportFileError);
      expect(await snapshot(db)).toEqual(before);
      return fileErrorMessage(t.t.bind(t), error as ImportFileError);
    };
    // One byte over: the size is rounded up, so the message never says "50 MB, up to 50 MB".
    expect(await refusal(GENERATED.overLimitCsv)).toBe('The file is too large (50.1 MB). Import files of up to 50 MB, or split the file.');
    // A real workbook of about 53 MB is refused before exceljs is asked to unzip it.
    expect(await refusal(GENERATED.tooLargeXlsx)).toMatch(/^The file is too large \(5\d\.\d MB\)\. Import files of up to 50 MB, or split the file\.$/);
  });
});
