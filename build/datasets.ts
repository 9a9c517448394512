/**
 * Node-side dataset discovery and compilation, shared by the Vite plugin, the validator and the
 * tests. Every `data/<name>/timeline.json` is a dataset; its source text sits beside it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset } from '../src/model/loadDataset.ts';
import { sourceFilesOf } from '../src/model/sourceFiles.ts';
import type { Result } from '../src/model/problem.ts';
import type { Timeline } from '../src/model/timeline.ts';

/** The file name every dataset folder holds. */
export const DATASET_FILE = 'timeline.json';

/** The dataset the app opens with when no `?data=` is given. */
export const DEFAULT_DATASET = 'icc-putin-warrant';

/** Names of the dataset folders under `dataDir`, sorted. */
export function listDatasets(dataDir: string): string[] {
  if (!existsSync(dataDir)) return [];
  return readdirSync(dataDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dataDir, entry.name, DATASET_FILE)))
    .map((entry) => entry.name)
    .sort();
}

/** Reads and compiles one dataset folder (or a dataset file path). */
export function compileDatasetDir(dir: string): Result<Timeline> {
  const file = dir.endsWith('.json') ? dir : join(dir, DATASET_FILE);
  const folder = file.slice(0, file.length - (file.split('/').pop() ?? '').length);
  let jsonText: string;
  try {
    jsonText = readFileSync(file, 'utf8');
  } catch {
    return { ok: false, problems: [{ where: 'file', message: `${file} could not be read` }] };
  }
  const texts = new Map<string, string>();
  try {
    for (const sourceFile of sourceFilesOf(JSON.parse(jsonText))) {
      texts.set(sourceFile, readFileSync(join(folder, sourceFile), 'utf8'));
    }
  } catch {
    // Unreadable JSON or a missing source file is reported by loadDataset below.
  }
  return loadDataset(jsonText, texts);
}
