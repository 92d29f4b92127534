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
