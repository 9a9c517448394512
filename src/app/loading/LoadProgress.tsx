/**
 * What a `?data=` page shows while its dataset loads: a line of status at once, and, only if the
 * load is still running after about 200 ms, a determinate bar ("Checking 48,000 of 100,000
 * events", then "Events checked: 100,000. Drawing the timeline…"). A quick load never flashes a
 * bar. It comes with the loader chunk, so the default page never downloads it.
 */
import { useEffect, useState } from 'react';
import { useTranslator } from '../../components/i18n/translator.tsx';
import type { Translator } from '../../components/i18n/translator.tsx';
import type { Progress } from './compileDataset.ts';

/** How long a load runs before its progress is shown. */
export const SHOW_PROGRESS_AFTER_MS = 200;

// Wider than a browser's default bar, so its steps show; set here, not in the page's style
// sheet, which the default page downloads.
const WIDE = { inlineSize: 'min(100%, 24rem)' } as const;

/** Props: how far the check has come (null until the file has been read). */
export interface LoadProgressProps {
  progress: Progress | null;
}

export function LoadProgress({ progress }: LoadProgressProps) {
  const { t } = useTranslator();
  const [late, setLate] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setLate(true), SHOW_PROGRESS_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  const counting = progress !== null && progress.total > 0;
  const name = t('Loading the timeline');
  return (
    <>
      <p role="status">{late && counting ? countText(progress, t) : `${name}…`}</p>
      {late &&
        (counting ? (
          <progress aria-label={name} max={progress.total} value={progress.done} style={WIDE} />
        ) : (
          <progress aria-label={name} style={WIDE} />
        ))}
    </>
  );
}

/**
 * The counts in words. Once every event is checked, the worker still packs the timeline and the
 * page unpacks and draws it (at 100,000 events, most of a second): the words say so rather than
 * stand at "100,000 of 100,000". A total reckoned as a long file is read in parts (`about`) is
 * said as "about" and rounded to two figures, as a reckoning is. Numbers go as numbers, which
 * each language writes its own way (English without Intl, whose first use costs the page some
 * 20 ms: englishNumber.ts).
 */
function countText({ done, total, about }: Progress, t: Translator['t']): string {
  if (about) return t('Checking {done} of about {total} events', { done, total: rough(total) });
  return done < total
    ? t('Checking {done} of {total} events', { done, total })
    : t('Events checked: {total}. Drawing the timeline…', { total });
}

/** `count` to two significant figures: 99,871 is 100,000. */
function rough(count: number): number {
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(count)) - 1);
  return Math.round(count / unit) * unit;
}
