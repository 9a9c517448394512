/**
 * Loading a dataset named by `?data=`: fetch, parse, validate, compile. The validator (zod and
 * the EDTF parser) and the importers are loaded only here, on demand, so the default page never
 * downloads them. The file's kind is told by its name and shape: a CSV (a TimelineJS sheet),
 * TimelineJS3 JSON, or our format.
 */
import { detectFormat } from '../formats/detectFormat.ts';
import type { ImportInput } from '../formats/importTimeline.ts';
import type { Problem, Result } from '../model/problem.ts';
import type { Timeline } from '../model/timeline.ts';

type Fetch = (url: string) => Promise<Response>;

/** Fetches and compiles the dataset at `url` (and the source text it names, beside it). */
export async function loadTimeline(
  url: string,
  fetchFn: Fetch = (u) => fetch(u),
): Promise<Result<Timeline>> {
  const text = await fetchText(url, fetchFn);
  if (!text.ok) return text;
  // Marks for the benchmark (docs/performance.md): fetched, then parsed and compiled.
  performance.mark('sourceline:data-fetched');
  const file = detectFormat(url, text.value);
  if (file.format === 'csv' || file.format === 'timelinejs') return imported(file, url);
  if (file.format === 'not-a-dataset') {
    return { ok: false, problems: [{ where: fileName(url), message: file.reason }] };
  }
  const { loadDataset, sourceFileOf } = await import('../model/loadDataset.ts');
  const { compileTimeline } = await import('../model/compileTimeline.ts');
  if (file.format === 'invalid-json') return loadDataset(text.value, null); // locates the error
  const raw = file.json;
  const sourceFile = sourceFileOf(raw);
  let sourceText: string | null = null;
  if (sourceFile) {
    const source = await fetchText(new URL(sourceFile, url).href, fetchFn);
    if (!source.ok) return source;
    sourceText = source.value;
  }
  // Parsed once, by detectFormat: for 100,000 events a second JSON.parse costs ~70 ms and 30 MB.
  const result = compileTimeline(raw, sourceText);
  performance.mark('sourceline:data-parsed');
  return result;
}

/** Converts and compiles an imported file; it has no source text, so nothing is cited. */
async function imported(input: ImportInput, url: string): Promise<Result<Timeline>> {
  const { importTimeline, titleFromFileName } = await import('../formats/importTimeline.ts');
  const result = importTimeline(input, titleFromFileName(fileName(url)));
  return result.ok ? { ok: true, value: result.value.timeline } : result;
}

const MAX_BYTES = 64 * 1024 * 1024;

async function fetchText(url: string, fetchFn: Fetch): Promise<Result<string>> {
  const fail = (message: string): Result<string> => ({
    ok: false,
    problems: [{ where: fileName(url), message } satisfies Problem],
  });
  let response: Response;
  try {
    response = await fetchFn(url);
  } catch {
    return fail('could not be loaded (the network request failed)');
  }
  if (!response.ok) return fail(`could not be loaded (the server answered ${response.status})`);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_BYTES) return fail(`is too large (${length} bytes; the limit is ${MAX_BYTES})`);
  try {
    return { ok: true, value: await response.text() };
  } catch {
    return fail('could not be read (the download broke off)');
  }
}

function fileName(url: string): string {
  try {
    return new URL(url).pathname.split('/').pop() || url;
  } catch {
    return url;
  }
}
