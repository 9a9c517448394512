/**
 * One screen listing the problems with a dataset, each with its location, in plain words; or,
 * when loading itself failed (`unloaded`), what failed. Either way it offers a way out, and a
 * "Try again" when trying again may help. It stays small whatever the input: the first problems
 * are listed, each clipped, with a count of the rest (`npm run validate` lists them all), so a
 * dataset with a hundred thousand problems or megabyte values cannot make a page that freezes.
 * Its own words are in the reader's language (the translator is loaded before the app is drawn,
 * and is English when the catalog could not be); the problems' `where` and `message` come from
 * the dataset's validation in English, for whoever fixes the dataset.
 */
import { clipText } from '../model/clipText.ts';
import type { Problem } from '../model/problem.ts';
import { slots, withElements } from '../components/i18n/messageParts.tsx';
import { useTranslator } from '../components/i18n/translator.tsx';
import type { Translator } from '../components/i18n/translator.tsx';

/** Props: what failed to load and why. */
export interface ErrorScreenProps {
  /** What failed: the dataset named by the address (`?data=`), or the timeline as a whole. */
  what: 'dataset' | 'timeline';
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
  const { t } = useTranslator();
  return (
    <main className="error-screen">
      <h1>{t('This timeline could not be shown')}</h1>
      <p>
        {unloaded
          ? unloadedText(what, onRetry !== undefined, t)
          : problemsText(what, problems.length, t)}
      </p>
      <ol className="error-screen__problems">
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i}>
            <code>{clipText(p.where, MAX_WHERE)}</code>: {clipText(p.message, MAX_MESSAGE)}
          </li>
        ))}
      </ol>
      {problems.length > SHOWN && (
        <p>
          {withElements(
            t('…and {count} more ({command} lists them all).', {
              count: problems.length - SHOWN,
              ...slots('command'),
            }),
            { command: <code>npm run validate</code> },
          )}
        </p>
      )}
      <p className="error-screen__ways-out">
        {onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            {t('Try again')}
          </button>
        )}
        <a href={typeof location === 'undefined' ? '.' : location.href}>{t('Reload the page')}</a>
        <a href="?">{t('Open the built-in timeline')}</a>
      </p>
    </main>
  );
}

/** What could not be loaded, and the ways out, as one whole message. */
function unloadedText(what: ErrorScreenProps['what'], retry: boolean, t: Translator['t']) {
  if (what === 'dataset')
    return retry
      ? t(
          'The dataset at this address could not be loaded. Nothing was drawn. Try again, or open the built-in timeline.',
        )
      : t(
          'The dataset at this address could not be loaded. Nothing was drawn. Reload the page to try again, or open the built-in timeline.',
        );
  return retry
    ? t(
        'The timeline could not be loaded. Nothing was drawn. Try again, or open the built-in timeline.',
      )
    : t(
        'The timeline could not be loaded. Nothing was drawn. Reload the page to try again, or open the built-in timeline.',
      );
}

/** How many problems the dataset has (English: "a problem", "3 problems"), as one whole message. */
function problemsText(what: ErrorScreenProps['what'], count: number, t: Translator['t']) {
  if (what === 'dataset')
    return count === 1
      ? t(
          'The dataset at this address has a problem. Nothing was drawn, so nothing shown is wrong. Fix the dataset and reload.',
        )
      : t(
          'The dataset at this address has {count} problems. Nothing was drawn, so nothing shown is wrong. Fix the dataset and reload.',
          { count },
        );
  return count === 1
    ? t(
        'The timeline has a problem. Nothing was drawn, so nothing shown is wrong. Fix the dataset and reload.',
      )
    : t(
        'The timeline has {count} problems. Nothing was drawn, so nothing shown is wrong. Fix the dataset and reload.',
        { count },
      );
}
