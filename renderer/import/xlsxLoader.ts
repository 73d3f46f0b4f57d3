import ExcelJS from 'exceljs';
import type { XlsxLoader } from '../../shared/import/readSpreadsheet';

/** exceljs's browser build reading an .xlsx the user chose (formulas are not evaluated; cached results are read). */
export const loadXlsxBrowser: XlsxLoader = async (bytes) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
};
