/** One thing wrong with a dataset, located so a person can find and fix it. */
export interface Problem {
  /** Where: e.g. `events[3] "clinton-signs" › date`, or `file` for the whole input. */
  where: string;
  /** What is wrong, in plain words. */
  message: string;
}

/** Either a value or the list of everything wrong with the input. */
export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Formats a problem as one line: `where: message`. */
export function formatProblem(problem: Problem): string {
  return `${problem.where}: ${problem.message}`;
}
