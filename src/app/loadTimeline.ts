/**
 * Loading a dataset named by `?data=`: fetch it, then parse, validate and compile it off the main
 * thread (loading/compileOffThread.ts), reporting progress. The compiler (zod, the EDTF parser,
 * the importers) is in the worker's script, or loaded on demand where no worker runs, so the
 * default page never downloads it. The file's kind is told by its name, type and shape
 * (formats/detectFormat.ts): a CSV (a TimelineJS sheet), TimelineJS JSON, our format, or not a
 * dataset at all.
 */
import { fetchText, sourceReader } from './fetchText.ts';
import { takePrefetch } from './takePrefetch.ts';
import { adoptWorker, startCompiler } from './loading/compileOffThread.ts';
import type { CompileResult, Progress } from './loading/compileDataset.ts';
import type { Fetch, FetchOptions } from './fetchText.ts';

export type { Fetch } from './fetchText.ts';
export type { Progress } from './loading/compileDataset.ts';

/** Marks for the benchmark (docs/performance.md): the file fetched, then parsed and compiled. */
const FETCHED = 'sourceline:data-fetched';
const PARSED = 'sourceline:data-parsed';

/** A loaded timeline, or every problem found; `unloaded` when the download itself failed. */
export type LoadResult = CompileResult;

/** Cancelling, the limits of the downloads (defaults in fetchText.ts), and a progress listener. */
export type LoadOptions = Omit<FetchOptions, 'fetchFn'> & {
  onProgress?: ((progress: Progress) => void) | undefined;
};

/** Fetches and compiles the dataset at `url` (and the source text it names, beside it). */
export async function loadTimeline(
  url: string,
  fetchFn?: Fetch,
  { onProgress, ...options }: LoadOptions = {},
): Promise<LoadResult> {
  // parseUrlParams let through only addresses on the page's origin: every answer must stay there.
  const fetching: FetchOptions = {
    origin: new URL(url).origin,
    ...options,
    ...(fetchFn && { fetchFn }),
  };
  const early = fetchFn ? undefined : takePrefetch(url);
  if (early?.worker) {
    // prefetch.js started the worker on this very file: it is downloading and compiling already.
    const adopted = await adoptWorker(
      early.worker,
      early,
      { readSource: sourceReader(fetching), onProgress },
      options.signal,
      (at) => performance.mark(FETCHED, { startTime: at - performance.timeOrigin }),
    );
    if (adopted) {
      performance.mark(PARSED);
      return adopted;
    }
  }
  // Started first, so the compiler's script downloads while the data does, rather than after it.
  const compiler = startCompiler(options.signal);
  // A worker prefetch.js started was downloading the file itself: this thread downloads afresh.
  const response = early?.worker ? undefined : early?.response;
  const text = await fetchText(url, response ? { ...fetching, early: response } : fetching);
  if (!text.ok) {
    compiler.close();
    return text;
  }
  performance.mark(FETCHED);
  const result = await compiler.compile(text.value, {
    readSource: sourceReader(fetching),
    onProgress,
  });
  performance.mark(PARSED);
  return result;
}
