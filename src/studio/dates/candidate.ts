/** What each date rule produces: a date expression found in the text, before it is cited. */
import type { Day } from './calendar.ts';

/** A step counted from the date before it in the text ("three years later"). */
export interface Step {
  amount: number;
  unit: 'year' | 'month' | 'day';
  /** Whether the amount is a round or vague one ("two decades"): the result is approximate. */
  approximate: boolean;
}

/** One date expression: where it is, and the date it names or the step it takes. */
export interface Candidate {
  /** Offsets of the expression's words in the text. */
  start: number;
  end: number;
  /** The date as EDTF; null for a step, which is resolved against the previous candidate. */
  date: string | null;
  step?: Step;
  /** Where the date starts, for steps counted from it; precision as known. */
  anchor: { year: number; month?: number; day?: number } | null;
  /** "2022", "c. 2003", "December 2022": the result in words, for the reasoning. */
  label: string;
  /** Stated by the article at that precision, or worked out (from the publication day). */
  kind: 'article' | 'inferred';
  /** False when the rule may be wrong: the proposal says so. */
  sure: boolean;
  /** Why the rule may be wrong, or how it read the words, for the reasoning. */
  note?: string;
  /** True when its year was not written but taken from the publication day ("on July 20"). */
  yearless?: boolean;
  /** Which rule found it (chrono, bare-year, decade, …), for the measurements. */
  rule: string;
  /** Own rules win over chrono-node where both read the same words. */
  priority: number;
}

/** The day the article was published, and what reads "17 March 2023". */
export interface Reference {
  day: Day;
  label: string;
}
