/**
 * One screen listing every problem with a dataset, each with its location, in plain words; or,
 * when loading itself failed (`unloaded`), what failed. Either way it offers a way out.
 */
import type { Problem } from '../model/problem.ts';

/** Props: what failed to load and why. */
export interface ErrorScreenProps {
  what: string;
  problems: Problem[];
  /** Loading failed (network, code chunk), rather than the dataset being wrong. */
  unloaded?: boolean;
}

const SHOWN = 200;

export function ErrorScreen({ what, problems, unloaded = false }: ErrorScreenProps) {
  return (
    <main className="error-screen">
      <h1>This timeline could not be shown</h1>
      {unloaded ? (
        <p>
          {what} could not be loaded. Nothing was drawn. Reload the page to try again, or open the
          built-in timeline.
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
            <code>{p.where}</code>: {p.message}
          </li>
        ))}
      </ol>
      {problems.length > SHOWN && <p>…and {problems.length - SHOWN} more.</p>}
      <p className="error-screen__ways-out">
        <a href={typeof location === 'undefined' ? '.' : location.href}>Reload the page</a>
        <a href="?">Open the built-in timeline</a>
      </p>
    </main>
  );
}
