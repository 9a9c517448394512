/**
 * Loading a dataset named by `?data=`: fetch, parse, validate, compile. The validator (zod and
 * the EDTF parser) is loaded only here, on demand, so the default page never downloads it.
 */
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
  const { loadDataset, sourceFileOf } = await import('../model/loadDataset.ts');
  let raw: unknown = null;
  try {
    raw = JSON.parse(text.value);
  } catch {
    return loadDataset(text.value, null); // reports the JSON error, located
  }
  const sourceFile = sourceFileOf(raw);
  let sourceText: string | null = null;
  if (sourceFile) {
    const source = await fetchText(new URL(sourceFile, url).href, fetchFn);
    if (!source.ok) return source;
    sourceText = source.value;
  }
  return loadDataset(text.value, sourceText);
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
  return { ok: true, value: await response.text() };
}

function fileName(url: string): string {
  try {
    return new URL(url).pathname.split('/').pop() || url;
  } catch {
    return url;
  }
}
