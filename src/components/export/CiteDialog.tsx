/**
 * "Cite this timeline": a native modal <dialog> with a ready citation of the timeline and of
 * its source article, each with a copy button (falling back to selecting the text where the
 * clipboard is not available).
 */
import { useId, useMemo, useRef, useState } from 'react';
import { citableUrl, citeTimeline } from '../../model/quotes/citeTimeline.ts';
import { useSourceline } from '../../store/StoreContext.tsx';
import { copyToClipboard } from '../ui/copyToClipboard.ts';
import { useTranslator } from '../i18n/translator.tsx';
import { useModalDialog } from '../ui/useModalDialog.ts';
import '../../styles/dialog.css';
import '../../styles/citeDialog.css';

/** Props: called once the dialog has closed (by Escape or the Close button). */
export interface CiteDialogProps {
  onClose: () => void;
}

export function CiteDialog({ onClose }: CiteDialogProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const timeline = useSourceline((s) => s.timeline);
  const { t } = useTranslator();
  // Read once: the page and the day it was seen, as the dialog opened.
  const citations = useMemo(
    () => citeTimeline(timeline, citableUrl(window.location.href), new Date()),
    [timeline],
  );

  useModalDialog(dialog);

  return (
    <dialog
      ref={dialog}
      className="modal-dialog cite-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
    >
      <h2 id={`${id}-title`}>{t('Cite this timeline')}</h2>
      <Citation
        id={`${id}-timeline`}
        label={t('The timeline')}
        copy={t('Copy the timeline’s citation')}
        text={citations.timeline}
      />
      {citations.source ? (
        <Citation
          id={`${id}-source`}
          label={t('Its source article')}
          copy={t('Copy the article’s citation')}
          text={citations.source}
        />
      ) : (
        <p>
          {t('This timeline was imported without a source text, so it has no article to cite.')}
        </p>
      )}
      <div className="modal-dialog__actions">
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          {t('Close')}
        </button>
      </div>
    </dialog>
  );
}

/** One citation: a labelled read-only text and a button that copies it. */
function Citation(props: { id: string; label: string; copy: string; text: string }) {
  const { id, label, text } = props;
  const area = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const { t } = useTranslator();
  const copy = async () =>
    setStatus(
      await copyToClipboard(text, area.current, {
        copied: t('Copied'),
        selected: t('Selected: press Ctrl+C (⌘C on a Mac) to copy'),
      }),
    );
  return (
    <div className="cite-dialog__citation">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} ref={area} readOnly rows={4} value={text} />
      <div className="cite-dialog__copy">
        <button type="button" className="button" onClick={() => void copy()}>
          {props.copy}
        </button>
        <p role="status">{status}</p>
      </div>
    </div>
  );
}
