/** One screen listing every problem with a dataset, each with its location, in plain words. */
import type { Problem } from '../model/problem.ts';

/** Props: what failed to load and why. */
export interface ErrorScreenProps {
  what: string;
  problems: Problem[];
}

const SHOWN = 200;

export function ErrorScreen({ what, problems }: ErrorScreenProps) {
  return (
    <main className="error-screen">
      <h1>This timeline could not be shown</h1>
      <p>
        {what} has {problems.length === 1 ? 'a problem' : `${problems.length} problems`}. Nothing
        was drawn, so nothing shown is wrong. Fix the dataset and reload.
      </p>
      <ol className="error-screen__problems">
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i}>
            <code>{p.where}</code>: {p.message}
          </li>
        ))}
      </ol>
      {problems.length > SHOWN && <p>…and {problems.length - SHOWN} more.</p>}
      <p>
        <a href="?">Open the built-in timeline</a>
      </p>
    </main>
  );
}
