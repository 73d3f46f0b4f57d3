import { describe, expect, it } from 'vitest';
import { decodeText, sniffKind } from '../../../shared/import/bytes';
import { detectSeparator, parseCsv } from '../../../shared/import/csv';
import { ImportFileError } from '../../../shared/import/limits';
import { readSpreadsheet, tableOf, defaultSheet } from '../../../shared/import/readSpreadsheet';
import { loadXlsxNode } from '../../../electron/cli/xlsxLoader';
import { fixture } from './helpers';

async function fileError(bytes: Uint8Array): Promise<string> {
  try {
    const sheet = await readSpreadsheet(bytes, loadXlsxNode);
    tableOf(defaultSheet(sheet.sheets)!);
  } catch (error) {
    if (error instanceof ImportFileError) return error.code;
    throw error;
  }
  return 'ok';
}

describe('CSV', () => {
  it('parses quotes, doubled quotes, separators and line breaks inside cells, CRLF', () => {
    expect(parseCsv('a,"b, c","say ""hi""",\r\n"multi\nline",x,y,z\r\n', ',')).toEqual([
      ['a', 'b, c', 'say "hi"', ''],
      ['multi\nline', 'x', 'y', 'z'],
    ]);
  });
  it('detects comma, semicolon and tab', () => {
    expect(detectSeparator('a,b,c\n1,2,3')).toBe(',');
    expect(detectSeparator('a;b;c\n"1,5";2;3')).toBe(';');
    expect(detectSeparator('a\tb\tc\n1,5\t2\t3')).toBe('\t');
  });
  it('decodes UTF-8 with and without BOM, Windows-1252 and UTF-16', () => {
    const utf8 = new Uint8Array([0x42, 0x6f, 0x67, 0x6f, 0x74, 0xc3, 0xa1]); // Bogotá
    expect(decodeText(utf8)).toEqual({ text: 'Bogotá', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: 'Bogotá', encoding: 'utf-8-bom' });
    expect(decodeText(new Uint8Array([0x42, 0x6f, 0x67, 0x6f, 0x74, 0xe1, 0x20, 0x80, 0x92]))).toEqual({ text: 'Bogotá €’', encoding: 'windows-1252' });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0, 0xe9, 0]))).toEqual({ text: 'Aé', encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array([0xf0, 0x9f, 0x8c, 0x8d])).text).toBe('🌍');
  });
  it('reads the French Windows-1252 semicolon file with its accents and typographic quotes', async () => {
    const sheet = await readSpreadsheet(fixture('policies-fr-1252-semicolon.csv'), loadXlsxNode);
    expect(sheet).toMatchObject({ kind: 'csv', encoding: 'windows-1252', separator: ';' });
    const table = tableOf(sheet.sheets[0]!);
    expect(table.headers[3]).toBe('Région');
    expect(table.rows[0]!.cells[7]).toBe('Première tranche gratuite ; coupures interdites « en hiver ».');
    expect(table.rows[1]!.cells[1]).toBe('Montréal');
  });
  it('reads the Spanish UTF-8 BOM tab file', async () => {
    const sheet = await readSpreadsheet(fixture('policies-es-bom-tab.tsv'), loadXlsxNode);
    expect(sheet).toMatchObject({ encoding: 'utf-8-bom', separator: '\t' });
    expect(tableOf(sheet.sheets[0]!).headers[0]).toBe('Título');
  });
});

describe('xlsx', () => {
  it('uses cached formula results, flattens rich text, reads dates, picks the Policies sheet', async () => {
    const book = await readSpreadsheet(fixture('policies.xlsx'), loadXlsxNode);
    expect(book.sheets.map((s) => s.name)).toEqual(['Notes', 'Policies']);
    const table = tableOf(defaultSheet(book.sheets)!);
    expect(table.sheet).toBe('Policies');
    const [night, safety, formulaText] = table.rows;
    expect(night!.cells[0]).toBe('Night buses');
    expect(night!.cells[5]).toBe('2021-03-01');
    expect(night!.cells[6]).toBe('Buses run all night on six lines.');
    expect(safety!.cells[7]).toBe('5.2; 11.7');
    expect(formulaText!.cells[0]).toBe('=1+1 stays text');
    expect(night!.number).toBe(2);
  });
});

describe('bad files get a reason, never a crash', () => {
  it.each([
    ['empty.csv', 'empty'],
    ['blank-lines.csv', 'empty'],
    ['header-only.csv', 'headerOnly'],
    ['header-only.xlsx', 'headerOnly'],
    ['empty-sheet.xlsx', 'empty'],
    ['not-a-spreadsheet.xlsx', 'notASpreadsheet'],
    ['old.xls', 'oldExcel'],
    ['truncated.xlsx', 'corrupt'],
  ])('%s -> %s', async (name, code) => {
    expect(await fileError(fixture(name))).toBe(code);
  });

  it('sniffs content, not names', () => {
    expect(sniffKind(fixture('policies.xlsx'))).toBe('xlsx');
    expect(sniffKind(fixture('policies-en.csv'))).toBe('text');
    expect(sniffKind(fixture('not-a-spreadsheet.xlsx'))).toBe('binary');
  });
});
