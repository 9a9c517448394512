/**
 * The article: its text (pasted, or opened from a .txt or .html file, HTML reduced to its words
 * and never rendered), title, publisher, publication day and address; or a dataset of ours to
 * add citations to. Also where a passage is selected to be cited: the text area's selection, by
 * mouse or keyboard.
 */
import { useState } from 'react';
import type { ChangeEvent, RefObject } from 'react';
import { htmlToText } from '../formats/htmlToText.ts';
import { MAX_SOURCE_TEXT } from '../model/schema.ts';
import { datasetToDraft } from './draft.ts';
import type { DraftSource } from './draft.ts';
import type { DraftApi } from './useDraft.ts';

const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Props: the draft, and the text area (read for its selection). */
export interface SourceFormProps {
  api: DraftApi;
  textArea: RefObject<HTMLTextAreaElement>;
}

export function SourceForm({ api, textArea }: SourceFormProps) {
  const { draft, change } = api;
  const [fileMessage, setFileMessage] = useState('');
  const set =
    (field: keyof DraftSource) => (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const value = e.target.value;
      change((d) => ({ ...d, source: { ...d.source, [field]: value } }), `source.${field}`);
    };
  const tooLong = draft.source.text.length > MAX_SOURCE_TEXT;

  const open = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const read = await readArticle(file);
    setFileMessage(read.message);
    if (read.text === null) return;
    const text = read.text;
    change((d) => ({
      ...d,
      source: { ...d.source, text, title: d.source.title || titleOfFile(file.name) },
    }));
  };

  const openDataset = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    let raw: unknown;
    try {
      raw = JSON.parse(await readText(file));
    } catch {
      setFileMessage(`“${file.name}” is not a JSON file; nothing was changed.`);
      return;
    }
    const opened = datasetToDraft(raw);
    if (!opened.ok) {
      setFileMessage(opened.message);
      return;
    }
    change(() => opened.draft);
    setFileMessage(
      opened.sourceFile
        ? `Opened “${file.name}”. Now open or paste its source text, “${opened.sourceFile}”. (Undo brings the previous draft back.)`
        : `Opened “${file.name}” with its source text. (Undo brings the previous draft back.)`,
    );
  };

  return (
    <section className="studio__source" aria-labelledby="studio-source-heading">
      <h2 id="studio-source-heading">1. The article</h2>
      <div className="studio__fields">
        <label>
          Title
          <input id="field-source-title" value={draft.source.title} onChange={set('title')} />
        </label>
        <label>
          <span>
            Publisher <span className="studio__optional">(optional)</span>
          </span>
          <input value={draft.source.publisher} onChange={set('publisher')} />
        </label>
        <label>
          Published
          <input
            id="field-source-published"
            type="date"
            value={draft.source.published}
            onChange={set('published')}
            aria-describedby="studio-published-hint"
          />
        </label>
        <label>
          <span>
            Address <span className="studio__optional">(optional)</span>
          </span>
          <input
            id="field-source-url"
            type="url"
            inputMode="url"
            value={draft.source.url}
            onChange={set('url')}
          />
        </label>
      </div>
      <p id="studio-published-hint" className="studio__hint">
        The publication day: “last year” and “on Friday” are counted from it.
      </p>
      <label className="studio__file">
        Open a .txt or .html file
        <input
          type="file"
          accept=".txt,.text,.html,.htm,text/plain,text/html"
          onChange={(e) => void open(e)}
        />
      </label>
      <label className="studio__file">
        Or open a dataset (.json) to add citations to it
        <input type="file" accept=".json,application/json" onChange={(e) => void openDataset(e)} />
      </label>
      <p className="studio__message" role="status">
        {fileMessage}
      </p>
      <label className="studio__text-label" htmlFor="field-source-text">
        Source text
      </label>
      <textarea
        id="field-source-text"
        ref={textArea}
        className="studio__text"
        value={draft.source.text}
        onChange={set('text')}
        rows={14}
        spellCheck={false}
        aria-describedby="studio-text-hint"
        aria-invalid={tooLong || undefined}
      />
      <p id="studio-text-hint" className="studio__hint">
        Paste the article word for word. Select words here (mouse, or Shift and the arrow keys) to
        cite them.
        {tooLong &&
          ` The text is too long: at most ${MAX_SOURCE_TEXT.toLocaleString('en')} characters.`}
      </p>
    </section>
  );
}

/** A file's text, or why it cannot be used. */
async function readArticle(file: File): Promise<{ text: string | null; message: string }> {
  if (file.size > MAX_FILE_BYTES) {
    return {
      text: null,
      message: `“${file.name}” is too large (${Math.round(file.size / 1048576)} MB); open an article under 20 MB.`,
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
      message: `“${file.name}” is not a text or HTML file; nothing was changed.`,
    };
  }
  const isHtml = /\.html?$/i.test(file.name) || /^\s*(<!doctype html|<html\b)/i.test(raw);
  const text = isHtml ? htmlToText(raw) : raw.replace(/\r\n?/g, '\n');
  if (!text.trim())
    return { text: null, message: `“${file.name}” holds no words; nothing was changed.` };
  if (text.length > MAX_SOURCE_TEXT) {
    return {
      text: null,
      message: `“${file.name}” is too long (${text.length.toLocaleString('en')} characters; the limit is ${MAX_SOURCE_TEXT.toLocaleString('en')}).`,
    };
  }
  return {
    text,
    message: `Opened “${file.name}”${isHtml ? ' (its markup was removed: only the words are kept)' : ''}.`,
  };
}

function titleOfFile(name: string): string {
  return name
    .replace(/\.[^.]+$/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
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
