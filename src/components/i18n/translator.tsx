/**
 * What every component asks for its words: `t(english, values)`, and an event's date, in the
 * reader's language. English, the default, is the message itself with its `{name}`s filled in and
 * the dates compiled with the dataset, so it costs the first download almost nothing; the other
 * languages come from loadTranslator.ts.
 */
import { createContext, useContext } from 'react';
import { tickLabel } from '../../layout/axis/axisTicks.ts';
import type { TickLabel } from '../../layout/axis/axisTicks.ts';
import { formatInstant } from '../../model/dates/formatDate.ts';
import type { Locale } from '../../model/locale.ts';
import type { Precision, TimelineEvent } from '../../model/timeline.ts';
import { englishNumber } from './englishNumber.ts';

/** The values of a message's placeholders. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** The chrome's words and dates in one language. */
export interface Translator {
  locale: Locale;
  /** The message whose English is `english` (with `{name}` placeholders), in this language. */
  t: (english: string, values?: MessageValues) => string;
  /** An event's date as it is shown: its dataset's wording, or its date in this language. */
  date: (event: TimelineEvent) => string;
  /** One instant at a precision, e.g. a year for "1998 to 2023". */
  instant: (ms: number, precision: Precision) => string;
  /** An axis tick's label ("Mar 2023"), for the layout's axisTicks. */
  tick: TickLabel;
}

/** English: the messages as written, and the labels compiled with the dataset. */
export const ENGLISH: Translator = {
  locale: 'en',
  t: (english, values) =>
    values
      ? english.replace(/\{(\w+)\}/g, (name, key: string) => {
          // Counts as English writes them: "100,000 events", not "100000".
          const value = values[key] ?? name;
          return typeof value === 'number' ? englishNumber(value) : value;
        })
      : english,
  date: (event) => event.dateLabel,
  instant: formatInstant,
  tick: tickLabel,
};

/** The translator of the app around it; English where there is none. */
export const TranslatorContext = createContext(ENGLISH);

/** The translator for this part of the page. */
export const useTranslator = (): Translator => useContext(TranslatorContext);
