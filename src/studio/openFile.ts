/**
 * Files brought into the studio, read safely: an article (.txt, or .html reduced to its words by
 * the reader's htmlToText, no markup ever rendered), or a dataset to add citations to (ours, or
 * TimelineJS JSON or sheet CSV, told apart by formats/detectFormat.ts and converted by the
 * reader's importers, in openDataset.ts, loaded when a dataset is opened). A file that cannot be
 * read (binary, malformed, too large) is refused with a message, and the draft is not touched.
 */
import { ENGLISH } from '../components/i18n/translator.tsx';
import type { Translator } from '../components/i18n/translator.tsx';
import { htmlToText } from '../formats/htmlToText.ts';
import { MAX_SOURCE_TEXT } from '../model/datasetRules.ts';

/** The largest file the studio reads at all. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** A file's text, or why it cannot be used (`text` null). */
export interface ReadFile {
  text: string | null;
  message: string;
}

/** The text of `file` when it is text at all: refused when too large, unreadable or binary. */
export async function readTextFile(file: File, { t }: Translator = ENGLISH): Promise<ReadFile> {
  const name = file.name;
  if (file.size > MAX_FILE_BYTES) {
    return {
      text: null,
      message: t('“{name}” is too large ({size} MB); open a file under 20 MB.', {
        name,
        size: Math.round(file.size / 1048576),
      }),
    };
  }
  let raw: string;
  try {
    raw = await readText(file);
  } catch {
    return { text: null, message: t('“{name}” could not be read.', { name }) };
  }
  // NUL characters or many undecodable bytes: not a text file.
  // eslint-disable-next-line no-control-regex -- NUL is what marks a binary file
  const broken = (raw.match(/[\u0000\uFFFD]/g) ?? []).length;
  if (broken > 0 && broken > raw.length / 1000) {
    return {
      text: null,
      message: t('“{name}” is not a text file (it looks like binary data); nothing was changed.', {
        name,
      }),
    };
  }
  return { text: raw, message: '' };
}

/** An article from a file's text: HTML reduced to its words; refused when empty or too long. */
export function articleFromFile(
  name: string,
  raw: string,
  { t, locale }: Translator = ENGLISH,
): ReadFile {
  const isHtml = /\.html?$/i.test(name) || /^\s*(<!doctype html|<html\b)/i.test(raw);
  const text = isHtml ? htmlToText(raw) : raw.replace(/\r\n?/g, '\n');
  if (!text.trim())
    return { text: null, message: t('“{name}” holds no words; nothing was changed.', { name }) };
  if (text.length > MAX_SOURCE_TEXT) {
    return {
      text: null,
      message: t('“{name}” is too long ({length} characters; the limit is {limit}).', {
        name,
        length: text.length.toLocaleString(locale),
        limit: MAX_SOURCE_TEXT.toLocaleString(locale),
      }),
    };
  }
  return {
    text,
    message: isHtml
      ? t('Opened “{name}” (its markup was removed: only the words are kept).', { name })
      : t('Opened “{name}”.', { name }),
  };
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
