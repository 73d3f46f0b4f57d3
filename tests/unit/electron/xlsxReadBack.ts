import * as XLSX from 'xlsx';

/** A workbook read back by SheetJS, a reader independent of exceljs, with the raw sheet XML for what it does not parse. */
export interface ReadBack {
  book: XLSX.WorkBook;
  rows(sheet: string): (string | number | null)[][];
  cell(sheet: string, address: string): XLSX.CellObject | undefined;
  xml(sheet: string): string;
}

export function readBack(data: Uint8Array): ReadBack {
  const book = XLSX.read(data, { cellNF: true, cellStyles: true, bookFiles: true });
  const files = (book as unknown as { files: Record<string, { content: Uint8Array }> }).files;
  return {
    book,
    rows: (sheet) => XLSX.utils.sheet_to_json(need(book, sheet), { header: 1, raw: true, defval: null, blankrows: true }),
    cell: (sheet, address) => need(book, sheet)[address] as XLSX.CellObject | undefined,
    xml(sheet) {
      const index = book.SheetNames.indexOf(sheet);
      const file = files[`xl/worksheets/sheet${index + 1}.xml`];
      if (!file) throw new Error(`no XML for sheet ${sheet}`);
      return new TextDecoder().decode(file.content);
    },
  };
}

function need(book: XLSX.WorkBook, sheet: string): XLSX.WorkSheet {
  const found = book.Sheets[sheet];
  if (!found) throw new Error(`no sheet "${sheet}" in ${book.SheetNames.join(', ')}`);
  return found;
}
