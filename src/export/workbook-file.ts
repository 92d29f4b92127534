import type { WorkbookSheet } from '../core/table-workbook';

/**
 * An .xlsx file of the sheets, made on the page by write-excel-file (loaded
 * when a workbook is asked for, like the PDF writer: the atlas does not wait
 * for it). Nothing is sent anywhere.
 */
export async function workbookBlob(sheets: readonly WorkbookSheet[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  return writeXlsxFile(sheets as unknown as Parameters<typeof writeXlsxFile>[0]).toBlob();
}
