/**
 * What to tell a reader when loading rejected: a code chunk that could not be downloaded (the
 * network dropped, or a new release replaced the files), or any other unforeseen error.
 */
import type { Problem } from '../model/problem.ts';
import type { Translator } from '../components/i18n/translator.tsx';

/** Browsers' words for a dynamic import() whose file could not be fetched or run. */
const CHUNK_FAILED =
  /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload/i;

/** Whether `error` says a part of the app's own code could not be downloaded. */
export function isChunkFailure(error: unknown): boolean {
  return error instanceof Error && CHUNK_FAILED.test(error.message);
}

/** The problem to list on the error screen for a rejected load, in the reader's language. */
export function loadFailure(error: unknown, t: Translator['t']): Problem {
  if (isChunkFailure(error)) {
    return {
      where: t('the app'),
      message: t(
        'a part of its code could not be downloaded (the connection failed, or the site was just updated); reloading usually fixes this',
      ),
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    where: t('loading'),
    message: t('stopped with an unexpected error ({detail})', { detail: detail.slice(0, 200) }),
  };
}
