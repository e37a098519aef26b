/** Saving a file from the page: a Blob behind an object URL, handed to the browser's download. */

/** Long enough for the browser to have read the Blob; revoking at once can cancel the download. */
const REVOKE_AFTER_MS = 30_000;

/** Offers `blob` as a download named `fileName`. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
