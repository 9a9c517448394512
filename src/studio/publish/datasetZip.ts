/**
 * "Download zip": the dataset folder (datasetFolder.ts) as a zip. fflate is loaded on demand,
 * so the studio's first download does not carry it.
 */
import type { Draft } from '../draft.ts';
import { datasetFolder } from './datasetFolder.ts';

/** The zip's bytes and its file name (`<slug>.zip`). */
export async function datasetZip(draft: Draft): Promise<{ name: string; bytes: Uint8Array }> {
  const { strToU8, zipSync } = await import('fflate');
  const folder = datasetFolder(draft);
  const files = Object.fromEntries(
    Object.entries(folder.files).map(([path, text]) => [path, strToU8(text)]),
  );
  return { name: `${folder.slug}.zip`, bytes: zipSync(files, { level: 6, mtime: ZIP_TIME }) };
}

/** A fixed time for the zip's entries, so the same draft gives the same bytes. */
const ZIP_TIME = new Date(Date.UTC(2020, 0, 1));
