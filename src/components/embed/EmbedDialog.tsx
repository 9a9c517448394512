/**
 * The embed-code dialog: a native modal <dialog> (Escape closes it; the opener gets focus back)
 * with the snippet for the current view, options for its starting event, theme and render flags,
 * a live preview of the embed so chosen, and a copy button that falls back to selecting the text
 * where the clipboard is not available. The single-file build gets a snippet without embed.js
 * (which it has not beside it) and is told why.
 */
import { useId, useMemo, useRef, useState } from 'react';
import type { Theme } from '../../store/createSourcelineStore.ts';
import {
  STANDALONE_HEIGHT,
  embedFrameUrl,
  embedSnippet,
  isWebAddress,
} from '../../store/embedSnippet.ts';
import type { EmbedSnippetOptions } from '../../store/embedSnippet.ts';
import { NO_FLAGS } from '../../store/renderFlags.ts';
import type { RenderFlag, RenderFlags } from '../../store/renderFlags.ts';
import { useSourceline } from '../../store/StoreContext.tsx';
import { parseUrlParams } from '../../store/urlParams.ts';
import { isolate } from '../../model/isolateText.ts';
import { copyToClipboard } from '../ui/copyToClipboard.ts';
import { slots, withElements } from '../i18n/messageParts.tsx';
import { useTranslator } from '../i18n/translator.tsx';
import type { Translator } from '../i18n/translator.tsx';
import { useModalDialog } from '../ui/useModalDialog.ts';
import { EmbedPreview } from './EmbedPreview.tsx';
import { isStandaloneBuild } from './isStandaloneBuild.ts';
import '../../styles/dialog.css';
import '../../styles/embedDialog.css';

/** Props: called once the dialog has closed (by Escape, the Close button or the form). */
export interface EmbedDialogProps {
  onClose: () => void;
}

/** The theme choices, named in the reader's language. */
const themes = (t: Translator['t']): readonly { value: Theme; label: string }[] => [
  { value: 'auto', label: t('Automatic (follows the reader’s setting)') },
  { value: 'light', label: t('Light') },
  { value: 'dark', label: t('Dark') },
];

/** The render flags, described in the reader's language. */
const flagChoices = (t: Translator['t']): readonly { flag: RenderFlag; label: string }[] => [
  { flag: 'plain', label: t('Plain: only the timeline and the event’s details') },
  { flag: 'transparent', label: t('Transparent: your page’s background shows through') },
  { flag: 'static', label: t('Still picture: the whole timeline and a link, nothing to operate') },
];

export function EmbedDialog({ onClose }: EmbedDialogProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const code = useRef<HTMLTextAreaElement>(null);
  const timeline = useSourceline((s) => s.timeline);
  const selectedId = useSourceline((s) => s.selectedId);
  const currentTheme = useSourceline((s) => s.theme);
  const { t, date } = useTranslator();
  // The options start from the current view; changing them changes only the snippet.
  const [eventId, setEventId] = useState(selectedId);
  const [theme, setTheme] = useState(currentTheme);
  const [flags, setFlags] = useState<RenderFlags>(NO_FLAGS);
  const [status, setStatus] = useState('');
  const standalone = isStandaloneBuild();
  // Read once: the snippet describes the page as it was when the dialog opened.
  const page = useMemo(() => {
    const { href, search } = window.location;
    const params = parseUrlParams(search, href);
    return { href, data: params.data, lang: params.lang ?? null };
  }, []);
  const options: EmbedSnippetOptions = {
    pageHref: page.href,
    title: timeline.title,
    eventId,
    theme,
    data: page.data,
    flags,
    standalone,
    lang: page.lang,
    frameTitle: t('{title} — interactive timeline', { title: timeline.title }),
  };
  const snippet = embedSnippet(options);

  useModalDialog(dialog);

  const copy = async () =>
    setStatus(
      await copyToClipboard(snippet, code.current, {
        copied: t('Copied'),
        selected: t('Selected: press Ctrl+C (⌘C on a Mac) to copy'),
      }),
    );
  // A new snippet has not been copied yet.
  const chooseEvent = (value: string | null) => {
    setEventId(value);
    setStatus('');
  };
  const chooseTheme = (value: Theme) => {
    setTheme(value);
    setStatus('');
  };
  const chooseFlag = (flag: RenderFlag, on: boolean) => {
    setFlags((current) => ({ ...current, [flag]: on }));
    setStatus('');
  };

  return (
    <dialog
      ref={dialog}
      className="modal-dialog embed-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-about`}
      onClose={onClose}
    >
      <h2 id={`${id}-title`}>{t('Embed this timeline')}</h2>
      <p id={`${id}-about`}>
        {t(
          'Paste this code into your article’s HTML. The frame grows and shrinks to fit its content; several timelines can share one page.',
        )}
      </p>
      {standalone && (
        <p className="embed-dialog__warning">
          {withElements(
            t(
              'This is the single-file copy of the timeline. It has no {script} beside it, so the frame cannot size itself to its content: the code gives it a fixed height of {height} px, which you can change. For a frame that fits its content, publish the web build and copy the code from there.',
              { ...slots('script'), height: STANDALONE_HEIGHT },
            ),
            { script: <code>embed.js</code> },
          )}
        </p>
      )}
      {!isWebAddress(page.href) && (
        <p className="embed-dialog__warning">
          {t(
            'This copy is opened from a file, so the code below only works on this computer. Publish the timeline on a web server and copy the code from there.',
          )}
        </p>
      )}
      <div className="embed-dialog__options">
        <label htmlFor={`${id}-event`}>{t('Starting event')}</label>
        <select
          id={`${id}-event`}
          value={eventId ?? ''}
          onChange={(e) => chooseEvent(e.currentTarget.value || null)}
        >
          <option value="">{t('None: the whole timeline')}</option>
          {timeline.events.map((event) => (
            <option key={event.id} value={event.id}>
              {t('{date}: {title}', { date: isolate(date(event)), title: isolate(event.title) })}
            </option>
          ))}
        </select>
        <fieldset className="embed-dialog__themes">
          <legend>{t('Theme')}</legend>
          {themes(t).map((option) => (
            <label key={option.value}>
              <input
                type="radio"
                name={`${id}-theme`}
                value={option.value}
                checked={theme === option.value}
                onChange={() => chooseTheme(option.value)}
              />{' '}
              {option.label}
            </label>
          ))}
        </fieldset>
        <fieldset className="embed-dialog__themes">
          <legend>{t('Appearance')}</legend>
          {flagChoices(t).map(({ flag, label }) => (
            <label key={flag}>
              <input
                type="checkbox"
                checked={flags[flag]}
                onChange={(e) => chooseFlag(flag, e.currentTarget.checked)}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
      </div>
      <p className="embed-dialog__preview-label">{t('Preview')}</p>
      <EmbedPreview src={embedFrameUrl(options)} title={t('Preview of the embed')} />
      <label htmlFor={`${id}-code`}>{t('Embed code')}</label>
      <textarea
        id={`${id}-code`}
        ref={code}
        className="embed-dialog__code"
        readOnly
        rows={6}
        spellCheck={false}
        value={snippet}
      />
      <div className="embed-dialog__actions">
        <button type="button" className="button embed-dialog__copy" onClick={() => void copy()}>
          {t('Copy')}
        </button>
        <p className="embed-dialog__status" role="status">
          {status}
        </p>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          {t('Close')}
        </button>
      </div>
    </dialog>
  );
}
