import XLSX from 'xlsx';

/** The rows of one sheet as a peer writer gets them: everything above the table, the header, the data rows. */
export interface PeerSheet {
  name: string;
  widths: number[];
  rows: () => Iterable<(string | number | null)[]>;
}

/**
 * The peer: SheetJS (community `xlsx`) writing the same rows to an .xlsx with deflate on, as a user of that
 * library would (array of arrays to a sheet, column widths, one workbook written at the end).
 */
export function writeWithSheetjs(sheets: readonly PeerSheet[], path: string): void {
  const book = XLSX.utils.book_new();
  for (const sheet of sheets) {
    const worksheet = XLSX.utils.aoa_to_sheet([...sheet.rows()]);
    worksheet['!cols'] = sheet.widths.map((wch) => ({ wch }));
    XLSX.utils.book_append_sheet(book, worksheet, sheet.name);
  }
  XLSX.writeFile(book, path, { compression: true, bookType: 'xlsx' });
}
