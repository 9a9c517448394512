/**
 * Loading a dataset named by `?data=`: fetch, parse, validate, compile. The validator (zod and
 * the EDTF parser) and the importers are loaded only here, on demand, so the default page never
 * downloads them. The file's kind is told by its name, type and shape (formats/detectFormat.ts):
 * a CSV (a TimelineJS sheet), TimelineJS JSON, our format, or not a dataset at all.
 */
import { detectFormat } from '../formats/detectFormat.ts';
import type { ImportInput } from '../formats/importTimeline.ts';
import type { Problem } from '../model/problem.ts';
import type { Timeline } from '../model/timeline.ts';
import { fetchText, fileName } from './fetchText.ts';
import { takePrefetch } from './takePrefetch.ts';
import type { Fetch, FetchFailure, FetchOptions } from './fetchText.ts';

export type { Fetch } from './fetchText.ts';

/** A loaded timeline, or every problem found; `unloaded` when the download itself failed. */
export type LoadResult =
  { ok: true; value: Timeline } | { ok: false; problems: Problem[] } | FetchFailure;

/** Cancelling, and the limits of the downloads (defaults in fetchText.ts). */
export type LoadOptions = Omit<FetchOptions, 'fetchFn'>;

/** Fetches and compiles the dataset at `url` (and the source text it names, beside it). */
export async function loadTimeline(
  url: string,
  fetchFn?: Fetch,
  options: LoadOptions = {},
): Promise<LoadResult> {
  // parseUrlParams let through only addresses on the page's origin: every answer must stay there.
  const fetching: FetchOptions = {
    origin: new URL(url).origin,
    ...options,
    ...(fetchFn && { fetchFn }),
  };
  // The compiler's code downloads while the data does, rather than after it.
  const compiler = Promise.all([
    import('../model/loadDataset.ts'),
    import('../model/compileTimeline.ts'),
  ]);
  compiler.catch(() => undefined); // awaited below, where a failure is reported
  const early = fetchFn ? undefined : takePrefetch(url);
  const text = await fetchText(url, early ? { ...fetching, early } : fetching);
  if (!text.ok) return text;
  // Marks for the benchmark (docs/performance.md): fetched, then parsed and compiled.
  performance.mark('sourceline:data-fetched');
  const file = detectFormat(url, text.value.text, text.value.contentType);
  if (file.format === 'csv' || file.format === 'timelinejs') return imported(file, url);
  if (file.format === 'not-a-dataset') {
    return { ok: false, problems: [{ where: fileName(url), message: file.reason }] };
  }
  const [{ loadDataset, sourceFileOf }, { compileTimeline }] = await compiler;
  if (file.format === 'invalid-json') return loadDataset(text.value.text, null); // locates the error
  const raw = file.json;
  const sourceFile = sourceFileOf(raw);
  let sourceText: string | null = null;
  if (sourceFile) {
    // Beside the dataset as it was finally answered (a same-origin redirect moves it).
    const source = await fetchText(new URL(sourceFile, text.value.url).href, fetching);
    if (!source.ok) return source;
    sourceText = source.value.text;
  }
  // Parsed once, by detectFormat: for 100,000 events a second JSON.parse costs ~70 ms and 30 MB.
  const result = compileTimeline(raw, sourceText);
  performance.mark('sourceline:data-parsed');
  return result;
}

/** Converts and compiles an imported file; it has no source text, so nothing is cited. */
async function imported(input: ImportInput, url: string): Promise<LoadResult> {
  const { importTimeline, titleFromFileName } = await import('../formats/importTimeline.ts');
  const result = importTimeline(input, titleFromFileName(fileName(url)));
  return result.ok ? { ok: true, value: result.value.timeline } : result;
}
