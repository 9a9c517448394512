// What the page offers for download, captured in jsdom: each saved file's name and content, and
// readers for its bytes and text (jsdom's Blob has no text() or arrayBuffer(); FileReader reads it).
// Restore with vi.restoreAllMocks() after each test.
import { vi } from 'vitest';

/** One file the page saved. */
export interface SavedFile {
  name: string;
  blob: Blob;
}

/** Starts capturing downloads; the list fills as the page saves files. */
export function captureDownloads(): SavedFile[] {
  const saved: SavedFile[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) saved.push({ name: this.download, blob });
  });
  return saved;
}

function read<T>(blob: Blob | undefined, as: 'text' | 'bytes'): Promise<T> {
  return new Promise((resolve, reject) => {
    if (!blob) return reject(new Error('nothing was saved'));
    const reader = new FileReader();
    reader.onload = () =>
      resolve((as === 'text' ? reader.result : new Uint8Array(reader.result as ArrayBuffer)) as T);
    reader.onerror = () => reject(new Error('unreadable'));
    if (as === 'text') reader.readAsText(blob);
    else reader.readAsArrayBuffer(blob);
  });
}

/** A saved file's text. */
export const textOf = (blob: Blob | undefined) => read<string>(blob, 'text');

/** A saved file's bytes. */
export const bytesOf = (blob: Blob | undefined) => read<Uint8Array>(blob, 'bytes');
