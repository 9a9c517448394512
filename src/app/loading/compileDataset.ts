/**
 * From a downloaded `?data=` file to a compiled timeline: tell its format apart, import or
 * validate it, and compile it, reporting progress on the way. The one function both paths run:
 * the worker (workerService.ts, as compileDatasetEach, whose events it sends in parts) and,
 * where no worker can start, the main thread (compileOffThread.ts). Everything it takes and returns is plain data, so it crosses
 * `postMessage` unchanged; the source text a dataset names is asked for through `readSource`,
 * which the main thread answers (its downloads, limits and cancelling stay in one place).
 */
import { detectFormat, looksLikeCsv } from '../../formats/detectFormat.ts';
import { jsonParts } from '../../formats/jsonParts.ts';
import { handOver, inTimeOrder } from '../../model/compiledEach.ts';
import type { CompiledEach } from '../../model/compiledEach.ts';
import { compileFastEach } from '../../model/compileFast.ts';
import { compileInParts } from '../../model/compileInParts.ts';
import { fastHead } from '../../model/fastDataset.ts';
import { sourceFilesOf } from '../../model/sourceFiles.ts';
import type { Problem } from '../../model/problem.ts';
import type { Timeline, TimelineEvent } from '../../model/timeline.ts';
import { fileName } from '../fetchText.ts';
import type { FetchFailure, FetchedText } from '../fetchText.ts';

/** A compiled timeline, or every problem found; `unloaded` when a download failed. */
export type CompileResult =
  { ok: true; value: Timeline } | { ok: false; problems: Problem[] } | FetchFailure;

/** compileDatasetEach's result: the timeline but its events, and their time order; or problems. */
export type EachResult =
  { ok: true; value: CompiledEach } | { ok: false; problems: Problem[] } | FetchFailure;

/**
 * How far the check has come: `done` of `total` events (0 of 0 until the file is read). A file
 * read in parts has its events counted as they are read: until the last part, `total` is
 * reckoned from how much of the file is read, and `about` says so.
 */
export interface Progress {
  done: number;
  total: number;
  about?: true;
}

/** Downloads the source text at an absolute URL (the main thread's fetchText). */
export type ReadSource = (href: string) => Promise<{ ok: true; text: string } | FetchFailure>;

/** What compiling needs besides the file: the source text's reader and a progress listener. */
export interface CompileHooks {
  readSource: ReadSource;
  onProgress?: ((progress: Progress) => void) | undefined;
}

/** Compiles the downloaded `file` (its final URL, text and declared type). */
export async function compileDataset(
  file: FetchedText,
  hooks: CompileHooks,
): Promise<CompileResult> {
  const events: TimelineEvent[] = [];
  const taking: Taking = {
    take: (event) => events.push(event),
    startOver: () => (events.length = 0),
  };
  return inTimeOrder(await compileDatasetEach(file, hooks, taking), events);
}

/**
 * Where compileDatasetEach's events go: `take`n one by one, in the file's order. A file read in
 * parts that turns out to need the whole-file path has its events given again from the first:
 * `startOver` says to drop those taken so far.
 */
export interface Taking {
  take: (event: TimelineEvent) => void;
  startOver: () => void;
}

/** From how long a file its events are read in parts (formats/jsonParts.ts): about 12,000 events. */
export const IN_PARTS_FROM = 4 << 20;

/**
 * compileDataset, each event handed to `take` as it is compiled, in the file's order
 * (model/compileChecked.ts, compileEach): the worker packs them in parts as they come.
 */
export async function compileDatasetEach(
  file: FetchedText,
  { readSource, onProgress: report }: CompileHooks,
  { take, startOver }: Taking,
): Promise<EachResult> {
  const read = onceEach(readSource);
  const onProgress = report && onlyGrowing(report);
  if (file.text.length >= IN_PARTS_FROM && !looksLikeCsv(file.url, file.text, file.contentType)) {
    const inParts = await compileEachPart(file, read, take, onProgress);
    if (inParts) return inParts;
    startOver();
  }
  const detected = detectFormat(file.url, file.text, file.contentType);
  if (detected.format === 'not-a-dataset') {
    return { ok: false, problems: [{ where: fileName(file.url), message: detected.reason }] };
  }
  if (detected.format === 'invalid-json') {
    const { loadDataset } = await import('../../model/loadDataset.ts');
    return handOver(loadDataset(file.text, null), take); // locates the error
  }
  const total = detected.format === 'csv' ? 0 : eventCount(detected.json);
  onProgress?.({ done: 0, total });
  if (detected.format === 'sourceline') {
    const texts = await sourceTexts(detected.json, file, read);
    if (!(texts instanceof Map)) return texts;
    return await compileFastEach(detected.json, texts, take, onProgress); // it reports the last step
  }
  // An import has no source text, so nothing is cited. The importers (with the HTML entity
  // tables, 11-13 ms to build in a worker) load only for the files that need them.
  const { convertImport, titleFromFileName } = await import('../../formats/convertImport.ts');
  const converted = convertImport(detected, titleFromFileName(fileName(file.url)));
  return converted.ok ? await compileFastEach(converted.value, null, take, onProgress) : converted;
}

/**
 * A long file of our own format compiled a part of its events at a time
 * (model/compileInParts.ts); null where that path is not sure, for the whole file's.
 */
async function compileEachPart(
  file: FetchedText,
  read: ReadSource,
  take: (event: TimelineEvent) => void,
  onProgress: ((progress: Progress) => void) | undefined,
): Promise<EachResult | null> {
  const parts = jsonParts(file.text, 'events');
  const head = parts === 'whole' ? null : fastHead(parts.head);
  if (parts === 'whole' || !head) return null;
  // A source that cannot be had is the whole file's path's to say, after its own checks (a file
  // whose JSON breaks after the head says that first); `read` downloads each source once.
  const texts = await sourceTexts(parts.head, file, read);
  return texts instanceof Map ? compileInParts(head, parts, texts, take, onProgress) : null;
}

/** The source texts `raw` names, downloaded beside the dataset; or why one could not be. */
async function sourceTexts(
  raw: unknown,
  file: FetchedText,
  read: ReadSource,
): Promise<Map<string, string> | FetchFailure> {
  const texts = new Map<string, string>();
  for (const sourceFile of sourceFilesOf(raw)) {
    // Beside the dataset as it was finally answered (a same-origin redirect moves it).
    const source = await read(new URL(sourceFile, file.url).href);
    if (!source.ok) return source;
    texts.set(sourceFile, source.text);
  }
  return texts;
}

/**
 * `report`, never told of fewer events done than before: a file read in parts that starts over
 * counts its events again from the first, which the reader has already seen counted.
 */
function onlyGrowing(report: (progress: Progress) => void): (progress: Progress) => void {
  let told = 0;
  return (progress) => {
    if (progress.done < told) return;
    told = progress.done;
    report(progress);
  };
}

/** `readSource`, each address downloaded once however often it is asked for. */
function onceEach(readSource: ReadSource): ReadSource {
  const answers = new Map<string, ReturnType<ReadSource>>();
  return (href) => {
    let answer = answers.get(href);
    if (!answer) answers.set(href, (answer = readSource(href)));
    return answer;
  };
}

/** How many events a parsed file holds, as far as can be told before it is checked. */
function eventCount(json: unknown): number {
  if (typeof json !== 'object' || json === null) return 0;
  const { events, timeline } = json as { events?: unknown; timeline?: { date?: unknown } };
  if (Array.isArray(events)) return events.length;
  return Array.isArray(timeline?.date) ? timeline.date.length : 0;
}
