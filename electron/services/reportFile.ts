import ExcelJS from 'exceljs';
import { rm, rename } from 'node:fs/promises';
import type { ReportModel } from '../../shared/report/model';
import { STREAM_WRITER_OPTIONS, writeReportWorkbook, type WriteOptions } from '../../shared/report/writeWorkbook';

/**
 * Writes a report to an .xlsx file with exceljs's streaming writer: each row goes to the zip stream as it is
 * made, so memory stays bounded whatever the size of the register. The file appears only when complete
 * (written beside it, then renamed); a failure leaves any earlier file untouched and no partial one behind.
 */
export async function writeReportFile(model: ReportModel, path: string, options: WriteOptions = {}): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ ...STREAM_WRITER_OPTIONS, filename: temp });
    await writeReportWorkbook(model, workbook, {
      pause: () => new Promise((resolve) => setImmediate(resolve)),
      ...options,
    });
    await workbook.commit();
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
