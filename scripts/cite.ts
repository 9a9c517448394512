/**
 * `npm run cite -- <dir> "<exact words>"`: prints a ready citation for words of a dataset's
 * source, with just enough prefix or suffix to be unique. If the words are not in the source,
 * prints the closest passage instead and exits 1. A dataset with several `sources` is searched
 * source by source; the citation names the first that holds the words.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DATASET_FILE } from '../build/datasets.ts';
import { normalise } from '../src/model/quotes/anchor.ts';
import { sourceFilesOf } from '../src/model/sourceFiles.ts';
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
/** Each source file with the id a citation names it by (none for a dataset's one `source`). */
let texts: { id: string | undefined; text: string }[];
try {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as {
    sources?: { id?: string; file?: string }[];
  };
  const files = sourceFilesOf(raw);
  if (files.length === 0) fail(`${file} names no source text to cite`);
  texts = files.map((name) => ({
    id: raw.sources?.find((source) => source.file === name)?.id,
    text: readFileSync(join(dirname(file), name), 'utf8'),
  }));
} catch (error) {
  fail(
    `cannot read the dataset or its source: ${error instanceof Error ? error.message : String(error)}`,
  );
}

const tries = texts.map(({ id, text }) => ({ id, found: citeWords(normalise(text), words) }));
const hit = tries.find((attempt) => attempt.found.ok);
if (!hit?.found.ok) {
  const [first] = tries;
  fail(
    `not in the source; ${first && !first.found.ok ? describeClosest(first.found.closest) : ''}`,
  );
}
const { found } = hit;
if (found.count > 1)
  console.error(`the words occur ${found.count} times; this citation picks the first`);
const json = citationJson(found.selector);
console.log(
  hit.id === undefined ? json : json.replace(/^\{/, `{"source":${JSON.stringify(hit.id)},`),
);
