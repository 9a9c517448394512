/**
 * Files brought into the studio, read safely: an article (.txt, or .html reduced to its words by
 * the reader's htmlToText, no markup ever rendered), or a dataset to add citations to (ours, or
 * TimelineJS JSON or sheet CSV, told apart by formats/detectFormat.ts and converted by the
 * reader's importers). A file that cannot be read (binary, malformed, too large) is refused
 * with a message, and the draft is not touched.
 */
import { detectFormat } from '../formats/detectFormat.ts';
import { htmlToText } from '../formats/htmlToText.ts';
import { importTimeline } from '../formats/importTimeline.ts';
import { formatProblem } from '../model/problem.ts';
import { MAX_SOURCE_TEXT } from '../model/schema.ts';
import { datasetToDraft } from './draft.ts';
import type { Draft } from './draft.ts';

/** The largest file the studio reads at all. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** A file's text, or why it cannot be used (`text` null). */
export interface ReadFile {
  text: string | null;
  message: string;
}

/** The text of `file` when it is text at all: refused when too large, unreadable or binary. */
export async function readTextFile(file: File): Promise<ReadFile> {
  if (file.size > MAX_FILE_BYTES) {
    return {
      text: null,
      message: `“${file.name}” is too large (${Math.round(file.size / 1048576)} MB); open a file under 20 MB.`,
    };
  }
  let raw: string;
  try {
    raw = await readText(file);
  } catch {
    return { text: null, message: `“${file.name}” could not be read.` };
  }
  // NUL characters or many undecodable bytes: not a text file.
  // eslint-disable-next-line no-control-regex -- NUL is what marks a binary file
  const broken = (raw.match(/[\u0000\uFFFD]/g) ?? []).length;
  if (broken > 0 && broken > raw.length / 1000) {
    return {
      text: null,
      message: `“${file.name}” is not a text file (it looks like binary data); nothing was changed.`,
    };
  }
  return { text: raw, message: '' };
}

/** An article from a file's text: HTML reduced to its words; refused when empty or too long. */
export function articleFromFile(name: string, raw: string): ReadFile {
  const isHtml = /\.html?$/i.test(name) || /^\s*(<!doctype html|<html\b)/i.test(raw);
  const text = isHtml ? htmlToText(raw) : raw.replace(/\r\n?/g, '\n');
  if (!text.trim())
    return { text: null, message: `“${name}” holds no words; nothing was changed.` };
  if (text.length > MAX_SOURCE_TEXT) {
    return {
      text: null,
      message: `“${name}” is too long (${text.length.toLocaleString('en')} characters; the limit is ${MAX_SOURCE_TEXT.toLocaleString('en')}).`,
    };
  }
  return {
    text,
    message: `Opened “${name}”${isHtml ? ' (its markup was removed: only the words are kept)' : ''}.`,
  };
}

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

/** A file's text as UTF-8 (FileReader, which every browser and jsdom have). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file);
  });
}
