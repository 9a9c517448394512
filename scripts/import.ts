/**
 * `npm run import -- <file.json|file.csv> [out-dir] [--force]`: converts a TimelineJS JSON file
 * (version 3 or 2) or a TimelineJS sheet saved as CSV into a dataset in our format, checked
 * exactly as the app checks one, and writes `<out-dir>/timeline.json` (default
 * `data/<file name>/`). Prints every problem, located, and exits 1 if the input is invalid. All
 * the logic is in src/formats/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { decodeText } from '../src/formats/decodeText.ts';
import { detectFormat } from '../src/formats/detectFormat.ts';
import { titleFromFileName } from '../src/formats/convertImport.ts';
import type { ImportInput } from '../src/formats/convertImport.ts';
import { importTimeline } from '../src/formats/importTimeline.ts';
import { formatProblem } from '../src/model/problem.ts';
import { slugify } from '../src/model/slugId.ts';

const USAGE = 'usage: npm run import -- <file.json|file.csv> [out-dir] [--force]';
const dataDir = fileURLToPath(new URL('../data', import.meta.url));

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const args = process.argv.slice(2);
const force = args.includes('--force');
const [input, outArg, ...extra] = args.filter((arg) => arg !== '--force');
if (input === undefined || extra.length > 0) fail(USAGE);

let text: string;
try {
  text = decodeText(readFileSync(input));
} catch {
  fail(`${input} could not be read`);
}

function inputOf(name: string, content: string): ImportInput {
  const file = detectFormat(name, content);
  switch (file.format) {
    case 'csv':
    case 'timelinejs':
      return file;
    case 'invalid-json':
      return fail(`${name}: is not valid JSON (${file.error})`);
    case 'not-a-dataset':
      return fail(`${name}: ${file.reason}`);
    case 'sourceline':
      return fail(
        `${name}: is not a TimelineJS timeline (no "events" with a "start_date"). ` +
          'A dataset already in our format needs no import: check it with npm run validate.',
      );
  }
}

const result = importTimeline(inputOf(input, text), titleFromFileName(input));
if (!result.ok) {
  console.error(`${input}: ${result.problems.length} problem(s), nothing written`);
  for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}

const name = slugify(basename(input, extname(input))) || 'imported';
const outDir = resolve(outArg ?? join(dataDir, name));
const outFile = join(outDir, 'timeline.json');
if (existsSync(outFile) && !force) fail(`${outFile} exists; add --force to replace it`);
mkdirSync(outDir, { recursive: true });
// "$schema" lets editors check and complete the file; relative, so the folder can move with data/.
const schema = relative(outDir, join(dataDir, 'schema.json')).split('\\').join('/');
const json = JSON.stringify({ $schema: schema, ...result.value.dataset });
const options = (await resolveConfig(outFile)) ?? {};
writeFileSync(outFile, await format(json, { ...options, filepath: outFile }));
const { events, lanes, eras } = result.value.timeline;
console.log(
  `wrote ${relative(process.cwd(), outFile)}: ${events.length} events, ${lanes.length} lanes, ` +
    `${eras.length} eras. It has no source text yet: see docs/authoring.md to add one and cite it.`,
);
