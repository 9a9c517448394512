/**
 * `npm run validate [dir]`: checks every dataset under data/, or one dataset folder or .json
 * file, and prints one line per valid dataset or each problem with a suggested fix below it.
 * Exits 1 if anything is wrong. All the logic is in src/model/quotes/suggestFix.ts; this is file access.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATASET_FILE, compileDatasetDir, listDatasets } from '../build/datasets.ts';
import { sourceFilesOf } from '../src/model/sourceFiles.ts';
import { formatReport, suggestFixes } from '../src/model/quotes/suggestFix.ts';

const dataDir = fileURLToPath(new URL('../data', import.meta.url));

/** Validates one dataset, prints its report and says whether it is valid. */
function validate(path: string, label: string): boolean {
  const result = compileDatasetDir(path);
  const hints = result.ok ? new Map<string, string[]>() : hintsFor(path);
  for (const line of formatReport(label, result, hints)) console.log(line);
  return result.ok;
}

/** Suggested fixes for a dataset's citations; none if its files cannot be read. */
function hintsFor(path: string): Map<string, string[]> {
  try {
    const file = path.endsWith('.json') ? path : join(path, DATASET_FILE);
    const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
    // Fixes are suggested against the first source file (of several, the main one).
    const [sourceFile] = sourceFilesOf(raw);
    if (sourceFile === undefined) return new Map();
    return suggestFixes(raw, readFileSync(join(dirname(file), sourceFile), 'utf8'));
  } catch {
    // Unreadable or invalid files are already reported as problems; there is nothing to suggest.
    return new Map();
  }
}

const arg = process.argv[2];
if (arg !== undefined) {
  process.exit(validate(arg, arg.replace(/\/+$/, '')) ? 0 : 1);
}
const names = listDatasets(dataDir);
if (names.length === 0) {
  // Passing with nothing checked would hide a moved or misnamed data folder.
  console.log(`no datasets (folders holding ${DATASET_FILE}) under ${dataDir}`);
  process.exit(1);
}
const results = names.map((name) => validate(join(dataDir, name), `data/${name}`));
process.exit(results.every(Boolean) ? 0 : 1);
