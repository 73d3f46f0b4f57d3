import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/hrmap';
import { newPolicy } from '../../../shared/model/policy';
import { INJECTION_TITLE, reportWorkspace } from '../shared/report/fixture';

const run = promisify(execFile);

async function findSoffice(): Promise<string | null> {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    const path = join(dir, 'soffice');
    if (await stat(path).then((s) => s.isFile(), () => false)) return path;
  }
  return null;
}
const soffice = await findSoffice();

/** The fields of a CSV file (comma, double quotes doubled inside quoted fields, line breaks allowed in them). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

/** Titles LibreOffice would show as "=1+1" were the tab dropped or the carriage return turned into a line feed. */
const HIDDEN_TRIGGERS = ['\t=1+1', '\r=1+1', '\r\n=2+2'];

/** A second, independent application opens the workbook: LibreOffice, headless, converts it to CSV and PDF. */
describe.skipIf(!soffice)('the report opens in LibreOffice (skipped: soffice is not on PATH)', () => {
  let dir: string;
  let xlsx: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hrmap-soffice-'));
    const workspacePath = join(dir, 'w.hrmap.json');
    const workspace = reportWorkspace();
    const now = workspace.policies[0]!.createdAt;
    HIDDEN_TRIGGERS.forEach((title, i) => workspace.policies.push(newPolicy(`t${i + 1}`, now, { title, city: 'Dakar', country: 'Sénégal', region: 'africa' })));
    await writeFile(workspacePath, JSON.stringify(workspace));
    xlsx = join(dir, 'dossier.xlsx');
    const quiet = { out: () => {}, err: () => {} };
    expect(await main(['report', workspacePath, '--out', xlsx, '--lang', 'en'], quiet)).toBe(0);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const convert = (filter: string) =>
    run(soffice!, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', filter, '--outdir', dir, xlsx], { timeout: 120_000 });

  it('converts every sheet to CSV with the text as written and no formula evaluated', async () => {
    // Filter options: comma, double quote, UTF-8, first line 1, …, sheet -1 = every sheet to its own file.
    await convert('csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1');
    const csvs = (await readdir(dir)).filter((f) => f.endsWith('.csv')).sort();
    expect(csvs).toHaveLength(6);
    const policies = await readFile(join(dir, csvs.find((f) => f.includes('Policies'))!), 'utf8');
    expect(policies).toContain(INJECTION_TITLE.replace(/"/g, '""'));
    expect(policies).toContain('광주 인권 도시 조례');
    expect(policies).toContain('برنامج الإسكان الميسر');
    expect(policies).toContain('🏙️✊🏽');
    const matrix = await readFile(join(dir, csvs.find((f) => f.includes('Matrix'))!), 'utf8');
    expect(matrix).toContain('●');
    // A leading tab or carriage return reaches the CSV as typed, so the text never starts with "=" there
    // (LibreOffice keeps a Windows line end as its own line break, one line feed).
    const rows = csvRows(policies);
    const titleOf = (id: string) => rows.find((r) => r[0] === id)?.[1];
    const asLibreOffice = (text: string) => text.replace(/\r\n/g, '\n');
    HIDDEN_TRIGGERS.forEach((title, i) => expect(titleOf(`t${i + 1}`), JSON.stringify(title)).toBe(asLibreOffice(title)));
    expect(rows.find((r) => r[0] === 'p6')?.[5]).toBe('\r=1+1');
    expect(rows.find((r) => r[0] === 'p5')?.[8]).toBe(asLibreOffice('Agua\r\npara todos _x0041_'));
    expect(rows.some((r) => r.some((field) => field.startsWith('=1+1') || field.startsWith('=2+2')))).toBe(false);
  }, 180_000);

  it('prints to PDF', async () => {
    await convert('pdf');
    const pdf = await readFile(join(dir, 'dossier.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5_000);
  }, 180_000);
});
