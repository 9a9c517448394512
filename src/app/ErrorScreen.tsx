/**
 * One screen listing the problems with a dataset, each with its location, in plain words; or,
 * when loading itself failed (`unloaded`), what failed. Either way it offers a way out, and a
 * "Try again" when trying again may help. It stays small whatever the input: the first problems
 * are listed, each clipped, with a count of the rest (`npm run validate` lists them all), so a
 * dataset with a hundred thousand problems or megabyte values cannot make a page that freezes.
 */
import { clipText } from '../model/clipText.ts';
import type { Problem } from '../model/problem.ts';

/** Props: what failed to load and why. */
export interface ErrorScreenProps {
  what: string;
  problems: Problem[];
  /** Loading failed (network, code chunk), rather than the dataset being wrong. */
  unloaded?: boolean;
  /** Loads again without reloading the page (after a network failure or a stall). */
  onRetry?: () => void;
}

/** At most this many problems are listed; the rest are counted. */
export const SHOWN = 40;
const MAX_WHERE = 100;
const MAX_MESSAGE = 300;

export function ErrorScreen({ what, problems, unloaded = false, onRetry }: ErrorScreenProps) {
  return (
    <main className="error-screen">
      <h1>This timeline could not be shown</h1>
      {unloaded ? (
        <p>
          {what} could not be loaded. Nothing was drawn.{' '}
          {onRetry ? 'Try again' : 'Reload the page to try again'}, or open the built-in timeline.
        </p>
      ) : (
        <p>
          {what} has {problems.length === 1 ? 'a problem' : `${problems.length} problems`}. Nothing
          was drawn, so nothing shown is wrong. Fix the dataset and reload.
        </p>
      )}
      <ol className="error-screen__problems">
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i}>
            <code>{clipText(p.where, MAX_WHERE)}</code>: {clipText(p.message, MAX_MESSAGE)}
          </li>
        ))}
      </ol>
      {problems.length > SHOWN && (
        <p>
          …and {problems.length - SHOWN} more (<code>npm run validate</code> lists them all).
        </p>
      )}
      <p className="error-screen__ways-out">
        {onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
        )}
        <a href={typeof location === 'undefined' ? '.' : location.href}>Reload the page</a>
        <a href="?">Open the built-in timeline</a>
      </p>
    </main>
  );
}
