/**
 * A dataset file brought into the studio, as a draft: ours, or TimelineJS JSON or a TimelineJS
 * sheet (CSV), told apart by formats/detectFormat.ts and converted by the reader's importers.
 * Loaded on demand (the importers are not in the studio's first download).
 */
import { ENGLISH } from '../components/i18n/translator.tsx';
import type { Translator } from '../components/i18n/translator.tsx';
import { detectFormat } from '../formats/detectFormat.ts';
import { importTimeline } from '../formats/importTimeline.ts';
import { formatProblem } from '../model/problem.ts';
import { datasetToDraft } from './draft.ts';
import type { Draft } from './draft.ts';

/** A dataset file as a draft, with what to say; or why it cannot be opened. */
export type OpenedFile =
  { ok: true; draft: Draft; message: string } | { ok: false; message: string };

/** A dataset file (ours, TimelineJS JSON, or a TimelineJS sheet as CSV) as a draft. */
export function datasetFromFile(
  name: string,
  text: string,
  { t }: Translator = ENGLISH,
): OpenedFile {
  const detected = detectFormat(name, text);
  // The reasons, JSON errors and the importers' problems are the validator's English words.
  switch (detected.format) {
    case 'not-a-dataset':
      return {
        ok: false,
        message: t('“{name}” {reason}; nothing was changed.', { name, reason: detected.reason }),
      };
    case 'invalid-json':
      return {
        ok: false,
        message: t('“{name}” is not valid JSON ({error}); nothing was changed.', {
          name,
          error: detected.error,
        }),
      };
    case 'sourceline': {
      const opened = datasetToDraft(detected.json, t);
      if (!opened.ok) return refused(opened.message, t);
      const message = opened.sourceFile
        ? t(
            'Opened “{name}”. Now open or paste its source text, “{file}”. (Undo brings the previous draft back.)',
            { name, file: opened.sourceFile },
          )
        : t('Opened “{name}” with its source text. (Undo brings the previous draft back.)', {
            name,
          });
      return { ok: true, draft: opened.draft, message };
    }
    case 'csv':
    case 'timelinejs': {
      const csv = detected.format === 'csv';
      const imported = importTimeline(detected, name.replace(/\.[^.]+$/, ''));
      if (!imported.ok) {
        const first = imported.problems[0];
        const values = { name, problem: first ? formatProblem(first) : 'invalid' };
        return {
          ok: false,
          message: csv
            ? t(
                '“{name}” (a TimelineJS sheet) could not be read: {problem}; nothing was changed.',
                values,
              )
            : t(
                '“{name}” (TimelineJS JSON) could not be read: {problem}; nothing was changed.',
                values,
              ),
        };
      }
      const opened = datasetToDraft(imported.value.dataset, t);
      if (!opened.ok) return refused(opened.message, t);
      const count = opened.draft.events.length;
      const values = { name, count };
      return {
        ok: true,
        draft: opened.draft,
        message: csv
          ? count === 1
            ? t(
                'Opened “{name}” (a TimelineJS sheet): 1 event. Now open or paste the article it comes from, with its publication day, and cite each event’s passage. (Undo brings the previous draft back.)',
                values,
              )
            : t(
                'Opened “{name}” (a TimelineJS sheet): {count} events. Now open or paste the article it comes from, with its publication day, and cite each event’s passage. (Undo brings the previous draft back.)',
                values,
              )
          : count === 1
            ? t(
                'Opened “{name}” (TimelineJS JSON): 1 event. Now open or paste the article it comes from, with its publication day, and cite each event’s passage. (Undo brings the previous draft back.)',
                values,
              )
            : t(
                'Opened “{name}” (TimelineJS JSON): {count} events. Now open or paste the article it comes from, with its publication day, and cite each event’s passage. (Undo brings the previous draft back.)',
                values,
              ),
      };
    }
  }
}

function refused(message: string, t: Translator['t']): OpenedFile {
  return { ok: false, message: t('{message} Nothing was changed.', { message }) };
}
