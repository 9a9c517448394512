/**
 * A dataset file brought into the studio, as a draft: ours, or TimelineJS JSON or a TimelineJS
 * sheet (CSV), told apart by formats/detectFormat.ts and converted by the reader's importers.
 * Loaded on demand (the importers are not in the studio's first download).
 */
import { detectFormat } from '../formats/detectFormat.ts';
import { importTimeline } from '../formats/importTimeline.ts';
import { formatProblem } from '../model/problem.ts';
import { datasetToDraft } from './draft.ts';
import type { Draft } from './draft.ts';

/** A dataset file as a draft, with what to say; or why it cannot be opened. */
export type OpenedFile =
  { ok: true; draft: Draft; message: string } | { ok: false; message: string };

const UNDO = '(Undo brings the previous draft back.)';

/** A dataset file (ours, TimelineJS JSON, or a TimelineJS sheet as CSV) as a draft. */
export function datasetFromFile(name: string, text: string): OpenedFile {
  const detected = detectFormat(name, text);
  const nothing = 'nothing was changed.';
  switch (detected.format) {
    case 'not-a-dataset':
      return { ok: false, message: `“${name}” ${detected.reason}; ${nothing}` };
    case 'invalid-json':
      return {
        ok: false,
        message: `“${name}” is not valid JSON (${detected.error}); ${nothing}`,
      };
    case 'sourceline': {
      const opened = datasetToDraft(detected.json);
      if (!opened.ok) return { ok: false, message: `${opened.message} Nothing was changed.` };
      const message = opened.sourceFile
        ? `Opened “${name}”. Now open or paste its source text, “${opened.sourceFile}”. ${UNDO}`
        : `Opened “${name}” with its source text. ${UNDO}`;
      return { ok: true, draft: opened.draft, message };
    }
    case 'csv':
    case 'timelinejs': {
      const kind = detected.format === 'csv' ? 'a TimelineJS sheet' : 'TimelineJS JSON';
      const imported = importTimeline(detected, name.replace(/\.[^.]+$/, ''));
      if (!imported.ok) {
        const first = imported.problems[0];
        return {
          ok: false,
          message: `“${name}” (${kind}) could not be read: ${first ? formatProblem(first) : 'invalid'}; ${nothing}`,
        };
      }
      const opened = datasetToDraft(imported.value.dataset);
      if (!opened.ok) return { ok: false, message: `${opened.message} Nothing was changed.` };
      const n = opened.draft.events.length;
      return {
        ok: true,
        draft: opened.draft,
        message: `Opened “${name}” (${kind}): ${n} ${n === 1 ? 'event' : 'events'}. Now open or paste the article it comes from, with its publication day, and cite each event’s passage. ${UNDO}`,
      };
    }
  }
}
