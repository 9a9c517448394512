/**
 * `npm run cite -- <dir> "<exact words>"`: prints a ready citation for words of a dataset's
 * source, with just enough prefix or suffix to be unique. If the words are not in the source,
 * prints the closest passage instead and exits 1.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DATASET_FILE } from '../build/datasets.ts';
import { normalise } from '../src/model/quotes/anchor.ts';
import { sourceFileOf } from '../src/model/loadDataset.ts';
import { citationJson, citeWords, describeClosest } from '../src/model/quotes/suggestFix.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [path, ...wordArgs] = process.argv.slice(2);
// Unquoted words arrive as separate arguments; joining them is what the user meant.
const words = wordArgs.join(' ');
if (path === undefined || words.trim() === '')
  fail('usage: npm run cite -- <dataset dir> "<exact words>"');

const file = path.endsWith('.json') ? path : join(path, DATASET_FILE);
let sourceText: string;
try {
  const sourceFile = sourceFileOf(JSON.parse(readFileSync(file, 'utf8')));
  if (sourceFile === null) fail(`${file} names no source text to cite`);
  sourceText = readFileSync(join(dirname(file), sourceFile), 'utf8');
} catch (error) {
  fail(
    `cannot read the dataset or its source: ${error instanceof Error ? error.message : String(error)}`,
  );
}

const found = citeWords(normalise(sourceText), words);
if (!found.ok) fail(`not in the source; ${describeClosest(found.closest)}`);
if (found.count > 1)
  console.error(`the words occur ${found.count} times; this citation picks the first`);
console.log(citationJson(found.selector));
