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
import { copyToClipboard } from '../ui/copyToClipboard.ts';
import { useModalDialog } from '../ui/useModalDialog.ts';
import { EmbedPreview } from './EmbedPreview.tsx';
import { isStandaloneBuild } from './isStandaloneBuild.ts';
import '../../styles/dialog.css';
import '../../styles/embedDialog.css';

/** Props: called once the dialog has closed (by Escape, the Close button or the form). */
export interface EmbedDialogProps {
  onClose: () => void;
}

const THEMES: readonly { value: Theme; label: string }[] = [
  { value: 'auto', label: 'Automatic (follows the reader’s setting)' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

const FLAGS: readonly { flag: RenderFlag; label: string }[] = [
  { flag: 'plain', label: 'Plain: only the timeline and the event’s details' },
  { flag: 'transparent', label: 'Transparent: your page’s background shows through' },
  { flag: 'static', label: 'Still picture: the whole timeline and a link, nothing to operate' },
];

export function EmbedDialog({ onClose }: EmbedDialogProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const code = useRef<HTMLTextAreaElement>(null);
  const timeline = useSourceline((s) => s.timeline);
  const selectedId = useSourceline((s) => s.selectedId);
  const currentTheme = useSourceline((s) => s.theme);
  // The options start from the current view; changing them changes only the snippet.
  const [eventId, setEventId] = useState(selectedId);
  const [theme, setTheme] = useState(currentTheme);
  const [flags, setFlags] = useState<RenderFlags>(NO_FLAGS);
  const [status, setStatus] = useState('');
  const standalone = isStandaloneBuild();
  // Read once: the snippet describes the page as it was when the dialog opened.
  const page = useMemo(() => {
    const { href, search } = window.location;
    return { href, data: parseUrlParams(search, href).data };
  }, []);
  const options: EmbedSnippetOptions = {
    pageHref: page.href,
    title: timeline.title,
    eventId,
    theme,
    data: page.data,
    flags,
    standalone,
  };
  const snippet = embedSnippet(options);

  useModalDialog(dialog);

  const copy = async () => setStatus(await copyToClipboard(snippet, code.current));
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
      <h2 id={`${id}-title`}>Embed this timeline</h2>
      <p id={`${id}-about`}>
        Paste this code into your article’s HTML. The frame grows and shrinks to fit its content;
        several timelines can share one page.
      </p>
      {standalone && (
        <p className="embed-dialog__warning">
          This is the single-file copy of the timeline. It has no embed.js beside it, so the frame
          cannot size itself to its content: the code gives it a fixed height of {STANDALONE_HEIGHT}{' '}
          px, which you can change. For a frame that fits its content, publish the web build and
          copy the code from there.
        </p>
      )}
      {!isWebAddress(page.href) && (
        <p className="embed-dialog__warning">
          This copy is opened from a file, so the code below only works on this computer. Publish
          the timeline on a web server and copy the code from there.
        </p>
      )}
      <div className="embed-dialog__options">
        <label htmlFor={`${id}-event`}>Starting event</label>
        <select
          id={`${id}-event`}
          value={eventId ?? ''}
          onChange={(e) => chooseEvent(e.currentTarget.value || null)}
        >
          <option value="">None: the whole timeline</option>
          {timeline.events.map((event) => (
            <option key={event.id} value={event.id}>
              {event.dateLabel}: {event.title}
            </option>
          ))}
        </select>
        <fieldset className="embed-dialog__themes">
          <legend>Theme</legend>
          {THEMES.map((option) => (
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
          <legend>Appearance</legend>
          {FLAGS.map(({ flag, label }) => (
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
      <p className="embed-dialog__preview-label">Preview</p>
      <EmbedPreview src={embedFrameUrl(options)} title="Preview of the embed" />
      <label htmlFor={`${id}-code`}>Embed code</label>
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
          Copy
        </button>
        <p className="embed-dialog__status" role="status">
          {status}
        </p>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
