/**
 * What to tell a reader when loading rejected: a code chunk that could not be downloaded (the
 * network dropped, or a new release replaced the files), or any other unforeseen error.
 */
import type { Problem } from '../model/problem.ts';

/** Browsers' words for a dynamic import() whose file could not be fetched or run. */
const CHUNK_FAILED =
  /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload/i;

/** Whether `error` says a part of the app's own code could not be downloaded. */
export function isChunkFailure(error: unknown): boolean {
  return error instanceof Error && CHUNK_FAILED.test(error.message);
}

/** The problem to list on the error screen for a rejected load. */
export function loadFailure(error: unknown): Problem {
  if (isChunkFailure(error)) {
    return {
      where: 'the app',
      message:
        'a part of its code could not be downloaded (the connection failed, or the site was just updated); reloading usually fixes this',
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    where: 'loading',
    message: `stopped with an unexpected error (${detail.slice(0, 200)})`,
  };
}
