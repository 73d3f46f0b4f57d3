/**
 * The import fixtures, real files that tests read as bytes.
 *
 * Small ones live in tests/fixtures/import/ and are committed: good files in each encoding, separator and
 * language, and bad ones (empty, header only, corrupt, not a spreadsheet, old .xls, a 1 MB cell, codes that
 * could mean two things). `npx tsx scripts/make-import-fixtures.ts` rewrites them.
 *
 * Large ones (a 100,000-row workbook with mapping columns, spreadsheets exactly at and just over the size
 * limit of shared/import/limits.ts) are too big to commit. A test asks for one with `generatedFixture(name)`,
 * which writes it once into tests/fixtures/generated/ (git-ignored) and reuses it afterwards;
 * `npx tsx scripts/make-import-fixtures.ts --large` writes them all ahead of time.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { MAX_IMPORT_BYTES } from '../shared/import/limits';
import { createPrng } from '../shared/random/prng';

const dir = join(import.meta.dirname, '../tests/fixtures/import');
export const GENERATED_DIR = join(import.meta.dirname, '../tests/fixtures/generated');
const write = (name: string, data: string | Uint8Array) => writeFileSync(join(dir, name), data);

const csv = (rows: string[][], sep: string) =>
  rows.map((r) => r.map((c) => (/[",;\t\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(sep)).join('\r\n') + '\r\n';

/** The small fixtures committed in tests/fixtures/import/. */
async function writeCommittedFixtures(): Promise<void> {
  mkdirSync(dir, { recursive: true });
  // English, UTF-8 without BOM, commas; a quoted cell with a comma and a line break.
  const en = [
    ['Title', 'City', 'Country', 'Region', 'Sector', 'Status', 'Start year', 'Description', 'Rights-holders', 'SDG', 'UDHR', 'Charter'],
    ['Social water tariff', 'Dakar', 'Senegal', 'Africa', 'Water and sanitation', 'In progress', '2023', 'Caps the bill of low-income households, funds standpipes.', 'poverty; women-girls', '6.1; 6.b', 'Art. 25', 'XI.2'],
    ['Participatory budget', 'Porto Alegre', 'Brazil', 'Latin America', 'Governance', 'completed', '1989', 'Residents vote on investments,\nneighbourhood by neighbourhood.', 'all-residents', 'SDG 16.7', '21', 'II.5'],
    ['Human rights ordinance', 'Gwangju', 'Republic of Korea', 'asia-pacific', 'Governance', 'planned', '', 'An ordinance and an annual report.', '', '16.b, 10.3', 'Art. 1', 'Charter I'],
  ];
  write('policies-en.csv', csv(en, ','));

  // French, Windows-1252, semicolons (what Excel writes in a French locale).
  const fr = [
    ['Titre', 'Ville', 'Pays', 'Région', 'Secteur', 'Statut', 'Année', 'Description', 'Titulaires de droits', 'ODD', 'DUDH', 'Charte'],
    ['Tarif social de l’eau', 'Saint-Denis', 'France', 'Europe', 'Eau', 'En cours', '2022', 'Première tranche gratuite ; coupures interdites « en hiver ».', 'Personnes vivant dans la pauvreté', '6.1', '25', 'XI.1'],
    ['Maisons de quartier', 'Montréal', 'Canada', 'Amérique du Nord', 'Vie associative', 'Terminé', '2015', 'Salles prêtées aux associations — gratuitement.', '', 'ODD 16.7', 'art. 20', 'VIII.3'],
  ];
  write('policies-fr-1252-semicolon.csv', encodeCp1252(csv(fr, ';')));

  // Spanish, UTF-8 with BOM, tabs.
  const es = [
    ['Título', 'Municipio', 'País', 'Región', 'Sector', 'Estado', 'Año', 'Descripción', 'Titulares de derechos', 'ODS', 'DUDH', 'Carta'],
    ['Presupuesto participativo joven', 'Medellín', 'Colombia', 'América Latina', 'Gobernanza', 'En curso', '2019', 'Jóvenes deciden sobre una parte del presupuesto.', 'children-youth', '16.7; 11.3', '21', 'II.5'],
    ['Comedores comunitarios', 'Ciudad de México', 'México', 'América Latina', 'Alimentación', 'Completado', '2013', 'Comidas a bajo costo.', 'poverty', 'ODS 2.1', 'Art. 25', 'XI.6'],
  ];
  write('policies-es-bom-tab.tsv', '\ufeff' + csv(es, '\t'));

  // Problems, one per row: missing title, unknown region, SDG 6.9 (no such target), a bad year, an unknown group.
  const problems = [
    ['Title', 'City', 'Region', 'Start year', 'Groups', 'SDG'],
    ['', 'Lyon', 'Europe', '2020', '', '11.1'],
    ['Night buses', 'Lima', 'Atlantis', '2021', '', '11.2'],
    ['Clean water', 'Amman', 'MEWA', '2020', '', '6.9'],
    ['Street lighting', 'Kigali', 'Africa', 'next year', '', '11.7'],
    ['Library network', 'Izmir', 'MEWA', '2018', 'martians', '4.6'],
    ['Valid row', 'Quito', 'Latin America', '2017', 'migrants', '10.7'],
  ];
  write('problems.csv', csv(problems, ','));

  // Duplicates: the same title and city as policies-en.csv, written differently (case, accents, spaces).
  write('duplicates.csv', csv([
    ['Title', 'City', 'Status', 'SDG'],
    ['SOCIAL WATER TARIFF', 'dakar', 'completed', '6.2'],
    ['Participatory  budget', 'Pórto Alegre', 'suspended', ''],
    ['A new policy', 'Dakar', 'planned', '1.3'],
  ], ','));

  write('empty.csv', '');
  write('header-only.csv', csv([en[0]!], ','));
  write('blank-lines.csv', '\r\n\r\n ,  , \r\n');
  const big = 'x'.repeat(1_048_576);
  write('big-cell.csv', csv([['Title', 'City', 'Description'], ['Huge description', 'Graz', big], ['Fine row', 'Graz', 'short']], ','));
  // A PNG header and noise: not a spreadsheet, whatever its name says.
  write('not-a-spreadsheet.xlsx', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...Array.from({ length: 200 }, (_, i) => (i * 37) % 256)]));
  // The start of an old binary .xls (an OLE compound file).
  write('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]));
  await workbooks();
}

async function workbooks(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date(Date.UTC(2026, 0, 1));
  const notes = wb.addWorksheet('Notes');
  notes.addRow(['Questionnaire of the Committee on Social Inclusion, 2026']);
  const sheet = wb.addWorksheet('Policies');
  sheet.addRow(['Title', 'City or territory', 'Country', 'Region', 'Status', 'Start year', 'Description', 'SDG targets', 'UDHR', 'Charter']);
  // A formula whose cached value differs from what it would compute: the import must read the cache.
  sheet.addRow([
    { formula: 'CONCATENATE("Day ","buses")', result: 'Night buses' },
    'Kazan', 'Russian Federation', 'Eurasia', 'in-progress', new Date(Date.UTC(2021, 2, 1)),
    { richText: [{ text: 'Buses run ' }, { font: { bold: true }, text: 'all night' }, { text: ' on six lines.' }] },
    '11.2', 'Art. 13', 'XII.3',
  ]);
  sheet.addRow(['Women’s safety audits', 'Gaziantep', 'Türkiye', 'Middle East and West Asia', 'completed', 2019, 'Night walks with residents.', { formula: '"5.2; "&"11.7"', result: '5.2; 11.7' }, '3', 'IV.3']);
  sheet.addRow(['=1+1 stays text', 'Bogotá', 'Colombia', 'Latin America', 'planned', 2026, '', '', '', '']);
  await wb.xlsx.writeFile(join(dir, 'policies.xlsx'));

  const empty = new ExcelJS.Workbook();
  empty.created = empty.modified = new Date(Date.UTC(2026, 0, 1));
  empty.addWorksheet('Policies');
  await empty.xlsx.writeFile(join(dir, 'empty-sheet.xlsx'));

  const headerOnly = new ExcelJS.Workbook();
  headerOnly.created = headerOnly.modified = new Date(Date.UTC(2026, 0, 1));
  headerOnly.addWorksheet('Policies').addRow(['Titre', 'Ville', 'ODD']);
  await headerOnly.xlsx.writeFile(join(dir, 'header-only.xlsx'));

  // Codes that could mean two things, one per row: each must be reported with its row, never guessed.
  const ambiguous = new ExcelJS.Workbook();
  ambiguous.created = ambiguous.modified = new Date(Date.UTC(2026, 0, 1));
  const codes = ambiguous.addWorksheet('Policies');
  codes.addRow(['Title', 'City', 'SDG', 'Codes']);
  codes.addRow(['Decimal comma', 'Lyon', '6,1', '']); // target 6.1, or goals 6 and 1?
  codes.addRow(['Number cell', 'Lyon', 17.1, '']); // a number: typed 17.1 or 17.10 (Excel drops the zero)?
  codes.addRow(['Bare number with one match', 'Lyon', '', '25']); // UDHR 25 (there is no SDG 25), but not written
  codes.addRow(['Bare number with two matches', 'Lyon', '', '5']); // SDG 5 or UDHR 5?
  codes.addRow(['Clear codes', 'Lyon', 6.1, 'Art. 25; SDG 5']); // a number cell 6.1 has no 6.10 twin
  codes.addRow(['A list of goals', 'Lyon', '6, 1', '']); // a comma and a space: a list
  await ambiguous.xlsx.writeFile(join(dir, 'ambiguous-codes.xlsx'));

  const full = await wb.xlsx.writeBuffer();
  const bytes = new Uint8Array(full as ArrayBuffer);
  write('truncated.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2)));
}

function encodeCp1252(text: string): Uint8Array {
  const special: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, 'Œ': 0x8c, 'œ': 0x9c };
  return Uint8Array.from([...text].map((ch) => {
    if (special[ch] !== undefined) return special[ch]!;
    const code = ch.charCodeAt(0);
    if (code > 0xff) throw new Error(`not in Windows-1252: ${ch}`);
    return code;
  }));
}


/** The large fixtures, written on demand into tests/fixtures/generated/. Bump a name's version when its content changes. */
export const GENERATED = {
  /** 100,000 policies with Region, Status, Start year and three mapping columns (about 4 links per row). */
  rows100k: 'rows-100k.v1.xlsx',
  /** A real .xlsx just over the size limit (incompressible descriptions, so the zip stays large). */
  tooLargeXlsx: 'too-large.v1.xlsx',
  /** A CSV of exactly MAX_IMPORT_BYTES bytes: the largest file the import accepts. */
  atLimitCsv: 'at-limit.v1.csv',
  /** The same CSV one byte longer: the smallest file the import refuses. */
  overLimitCsv: 'over-limit.v1.csv',
} as const;
export type GeneratedFixture = (typeof GENERATED)[keyof typeof GENERATED];

export const ROWS_100K = 100_000;
const GENERATORS: Record<GeneratedFixture, (path: string) => Promise<void>> = {
  [GENERATED.rows100k]: writeRows100k,
  [GENERATED.tooLargeXlsx]: writeTooLargeXlsx,
  [GENERATED.atLimitCsv]: (path) => writeSizedCsv(path, MAX_IMPORT_BYTES),
  [GENERATED.overLimitCsv]: (path) => writeSizedCsv(path, MAX_IMPORT_BYTES + 1),
};

/**
 * The path of a large fixture, written first if it is not there yet. Written to a temporary name and renamed,
 * so a test never reads half a file (and two test files asking at once both end with a whole one).
 */
export async function generatedFixture(name: GeneratedFixture): Promise<string> {
  const path = join(GENERATED_DIR, name);
  if (existsSync(path)) return path;
  mkdirSync(GENERATED_DIR, { recursive: true });
  const partial = `${path}.${process.pid}-${Math.random().toString(36).slice(2)}.partial`;
  await GENERATORS[name](partial);
  renameSync(partial, path);
  return path;
}

const REGIONS = ['Africa', 'Asia-Pacific', 'Eurasia', 'Europe', 'Latin America', 'Middle East and West Asia', 'North America'];
const STATUSES = ['planned', 'in progress', 'completed', 'suspended'];
const SECTORS = ['Housing', 'Water', 'Transport', 'Education', 'Health', 'Culture', 'Governance'];

/** Row i of the 100,000-row workbook; tests recompute the expected links from the same rule. */
export function row100k(i: number): (string | number)[] {
  const goal = (i % 17) + 1;
  return [
    `Programme ${i}`,
    `City ${i % 997}`,
    REGIONS[i % REGIONS.length]!,
    SECTORS[i % SECTORS.length]!,
    STATUSES[i % STATUSES.length]!,
    1990 + (i % 36),
    // Goal 1 to 17 and a target of 11 (11.1 to 11.7); goals 11 repeat once in a while, so the link count is exact only by rule.
    `${goal}; 11.${(i % 7) + 1}`,
    `Art. ${(i % 30) + 1}`,
    ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][i % 12]!,
  ];
}
export const HEADER_100K = ['Title', 'City', 'Region', 'Sector', 'Status', 'Start year', 'SDG', 'UDHR', 'Charter'];

async function writeRows100k(path: string): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: false, useSharedStrings: false });
  const sheet = book.addWorksheet('Policies');
  sheet.addRow(HEADER_100K).commit();
  for (let i = 0; i < ROWS_100K; i++) sheet.addRow(row100k(i)).commit();
  sheet.commit();
  await book.commit();
}

/** Text that deflate cannot shrink much, so a workbook of it is as large on disk as its cells. */
function noise(prng: ReturnType<typeof createPrng>, length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let text = '';
  for (let i = 0; i < length; i++) text += alphabet[Math.floor(prng.next() * alphabet.length)];
  return text;
}

async function writeTooLargeXlsx(path: string): Promise<void> {
  const prng = createPrng('too-large');
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: false, useSharedStrings: false });
  const sheet = book.addWorksheet('Policies');
  sheet.addRow(['Title', 'City', 'Description', 'SDG']).commit();
  // About 6 bits of entropy per character: 7,000 rows of 10,000 characters deflate to about 53 MB.
  for (let i = 0; i < 7_000; i++) sheet.addRow([`Programme ${i}`, 'Graz', noise(prng, 10_000), '11.1']).commit();
  sheet.commit();
  await book.commit();
}

/**
 * A valid policies CSV of exactly `bytes` bytes (ASCII, so characters are bytes): rows with 4,000-character
 * descriptions, the last description cut to make the total come out exact.
 */
async function writeSizedCsv(path: string, bytes: number): Promise<void> {
  const file = await open(path, 'w');
  try {
    const header = 'Title,City,Description,SDG\r\n';
    await file.write(header);
    let written = header.length;
    const description = 'Public baths and water points, open day and night. '.repeat(80).slice(0, 4_000);
    for (let i = 0; ; i++) {
      const start = `Programme ${i},Graz,`;
      const end = ',6.1\r\n';
      const full = start + description + end;
      if (written + full.length + 100 + description.length <= bytes) {
        await file.write(full);
        written += full.length;
        continue;
      }
      // The last row: its description takes whatever is left.
      const room = bytes - written - start.length - end.length;
      if (room < 1) throw new Error(`cannot make a CSV of exactly ${bytes} bytes`);
      await file.write(start + 'x'.repeat(room) + end);
      written += start.length + room + end.length;
      break;
    }
    if (written !== bytes) throw new Error(`wrote ${written} bytes, wanted ${bytes}`);
  } finally {
    await file.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await writeCommittedFixtures();
  console.log(`fixtures written to ${dir}`);
  if (process.argv.includes('--large')) {
    for (const name of Object.values(GENERATED)) console.log(await generatedFixture(name));
  }
}
