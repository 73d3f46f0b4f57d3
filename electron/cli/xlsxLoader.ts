import ExcelJS from 'exceljs';
import type { XlsxLoader } from '../../shared/import/readSpreadsheet';

/** exceljs's Node build reading an .xlsx from memory (for the CLI, the benchmark and the tests). */
export const loadXlsxNode: XlsxLoader = async (bytes) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  return workbook;
};
