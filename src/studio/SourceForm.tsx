/**
 * The article: its text (pasted, or opened from a .txt or .html file, HTML reduced to its words
 * and never rendered), title, publisher, publication day and address; or a dataset (ours,
 * TimelineJS JSON or sheet CSV) to add citations to, its text opened after it (openFile.ts).
 * Also where a passage is selected to be cited: the text area's selection, by mouse or keyboard.
 */
import { useState } from 'react';
import type { ChangeEvent, RefObject } from 'react';
import { useTranslator } from '../components/i18n/translator.tsx';
import { MAX_SOURCE_TEXT } from '../model/datasetRules.ts';
import type { DraftSource } from './draft.ts';
import { articleFromFile, readTextFile } from './openFile.ts';
import type { DraftApi } from './useDraft.ts';

/** Props: the draft, and the text area (read for its selection). */
export interface SourceFormProps {
  api: DraftApi;
  textArea: RefObject<HTMLTextAreaElement>;
}

export function SourceForm({ api, textArea }: SourceFormProps) {
  const { draft, change } = api;
  const translator = useTranslator();
  const { t, locale } = translator;
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
    const raw = await readTextFile(file, translator);
    const read = raw.text === null ? raw : articleFromFile(file.name, raw.text, translator);
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
    const raw = await readTextFile(file, translator);
    if (raw.text === null) return setFileMessage(raw.message);
    const text = raw.text;
    const opened = await import('./openDataset.ts').then(
      (m) => m.datasetFromFile(file.name, text, translator),
      () => ({
        ok: false as const,
        message: t('The importer did not load: reload the page to try again.'),
      }),
    );
    setFileMessage(opened.message);
    if (opened.ok) change(() => opened.draft);
  };

  return (
    <section className="studio__source" aria-labelledby="studio-source-heading">
      <h2 id="studio-source-heading">{t('1. The article')}</h2>
      <div className="studio__fields">
        <label>
          {t('Title')}
          <input
            id="field-source-title"
            dir="auto"
            value={draft.source.title}
            onChange={set('title')}
          />
        </label>
        <label>
          <span>
            {t('Publisher')} <span className="studio__optional">{t('(optional)')}</span>
          </span>
          <input dir="auto" value={draft.source.publisher} onChange={set('publisher')} />
        </label>
        {/* The hint in the field's own cell, under its input: after the grid, it fell under
            "Address" in a phone's one column. */}
        <div>
          <label>
            {t('Published')}
            <input
              id="field-source-published"
              type="date"
              value={draft.source.published}
              onChange={set('published')}
              aria-describedby="studio-published-hint"
            />
          </label>
          <p id="studio-published-hint" className="studio__hint">
            {t('The publication day: “last year” and “on Friday” are counted from it.')}
          </p>
        </div>
        <label>
          <span>
            {t('Address')} <span className="studio__optional">{t('(optional)')}</span>
          </span>
          <input
            id="field-source-url"
            dir="ltr"
            type="url"
            inputMode="url"
            value={draft.source.url}
            onChange={set('url')}
          />
        </label>
      </div>
      <label className="studio__file">
        {t('Open a .txt or .html file')}
        <input
          type="file"
          accept=".txt,.text,.html,.htm,text/plain,text/html"
          onChange={(e) => void open(e)}
        />
      </label>
      <label className="studio__file">
        {t('Or open a dataset (ours, or TimelineJS .json or sheet .csv) to add citations to it')}
        <input
          type="file"
          accept=".json,.csv,application/json,text/csv"
          onChange={(e) => void openDataset(e)}
        />
      </label>
      <p className="studio__message" role="status">
        {fileMessage}
      </p>
      <label className="studio__text-label" htmlFor="field-source-text">
        {t('Source text')}
      </label>
      <textarea
        id="field-source-text"
        ref={textArea}
        dir={directionOfText(draft.source.text)}
        className="studio__text"
        value={draft.source.text}
        onChange={set('text')}
        rows={14}
        spellCheck={false}
        aria-describedby="studio-text-hint"
        aria-invalid={tooLong || undefined}
      />
      <p id="studio-text-hint" className="studio__hint">
        {tooLong
          ? t(
              'Paste the article word for word. Select words here (mouse, or Shift and the arrow keys) to cite them. The text is too long: at most {limit} characters.',
              { limit: MAX_SOURCE_TEXT.toLocaleString(locale) },
            )
          : t(
              'Paste the article word for word. Select words here (mouse, or Shift and the arrow keys) to cite them.',
            )}
      </p>
    </section>
  );
}

function titleOfFile(name: string): string {
  return name
    .replace(/\.[^.]+$/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
}

/**
 * The article's direction, from its first letter, as `dir="auto"` would find it; read from its
 * start only, since `dir="auto"` on a text area of millions of characters stalls Chromium's typing.
 */
function directionOfText(text: string): 'ltr' | 'rtl' {
  const letter = /\p{L}/u.exec(text.slice(0, 2000))?.[0] ?? '';
  return /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/.test(letter) ? 'rtl' : 'ltr';
}
