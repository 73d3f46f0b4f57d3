import type { XlsxLoader } from '../../shared/import/readSpreadsheet';

/** exceljs's browser build reading an .xlsx the user chose (formulas are not evaluated; cached results are read). */
export const loadXlsxBrowser: XlsxLoader = async (bytes) => {
  // exceljs is large: it loads when a person first opens a spreadsheet, not with the register.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
};
