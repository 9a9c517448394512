/**
 * Saves generated content as a file: a blob: URL on an <a download>, clicked. Navigation-less
 * downloads are not governed by the Content-Security-Policy (checked in Chromium under the
 * app's strict policy), and the blob never leaves the browser.
 */

/** Offers `content` for download as `fileName`. */
export function downloadFile(content: Blob | string, fileName: string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start reading the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
