import type { TableSheet } from '../../core/unit-table';

/** Offers text to the user as a file download, without any request leaving the page. */
export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** Offers a file (a picture, a PDF) made on the page as a download. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has started the download synchronously; the URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Offers a table as an .xlsx workbook. The writer and the workbook layout load
 * only now, like the PDF writer: the atlas does not wait for them.
 */
export async function downloadWorkbook(
  fileName: string,
  sheet: TableSheet,
  sheetName?: string,
): Promise<void> {
  const [{ workbookBlob }, { tableWorkbook }] = await Promise.all([
    import('../../export/workbook-file'),
    import('../../core/table-workbook'),
  ]);
  downloadBlob(fileName, await workbookBlob(tableWorkbook(sheet, sheetName)));
}
