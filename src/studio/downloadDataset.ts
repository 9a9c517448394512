/**
 * "Download dataset": the draft, compiled and checked like `npm run validate`, as one JSON file
 * in the dataset format with the source text inside it (`source.text`), which `?data=` loads in
 * the reader. The JSON is the reader's own export (formats/exportJson.ts), the text put inside.
 */
import { downloadFile } from '../components/export/downloadFile.ts';
import { ENGLISH } from '../components/i18n/translator.tsx';
import type { Translator } from '../components/i18n/translator.tsx';
import { timelineToDataset } from '../formats/exportJson.ts';
import { slugify } from '../model/slugId.ts';
import type { Timeline } from '../model/timeline.ts';
import type { Draft } from './draft.ts';
import { compileDraft } from './Preview.tsx';

/** The dataset file's text for a compiled draft: the reader's export, its source text inside. */
export function datasetFileText(timeline: Timeline): string {
  return `${JSON.stringify(timelineToDataset(timeline, { textsInside: true }), null, 2)}\n`;
}

/** The draft compiled, or why it cannot be downloaded yet (no events, or problems), in words. */
export function readyToDownload(
  draft: Draft,
  t: Translator['t'] = ENGLISH.t,
): { ok: true; value: Timeline } | { ok: false; problems: string } {
  if (draft.events.length === 0) {
    return { ok: false, problems: t('Add at least one event before downloading.') };
  }
  const result = compileDraft(draft);
  if (!result.ok) {
    const count = result.problems.length;
    return {
      ok: false,
      problems:
        count === 1
          ? t('Fix the problem listed in the preview first.')
          : t('Fix the {count} problems listed in the preview first.', { count }),
    };
  }
  return result;
}

/** Downloads the draft as a dataset file; returns what happened, in plain words. */
export function downloadDataset(draft: Draft, t: Translator['t'] = ENGLISH.t): string {
  const result = readyToDownload(draft, t);
  if (!result.ok) return result.problems;
  const name = `${slugify(result.value.title) || 'timeline'}.json`;
  downloadFile(datasetFileText(result.value), name, 'application/json');
  return t(
    'Downloaded {name}: open it in the reader with ?data=, or check it with npm run validate.',
    { name },
  );
}
