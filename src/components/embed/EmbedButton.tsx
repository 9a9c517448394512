/**
 * Browse mode's "Embed" button: opens the dialog with the embed code for the current view. The
 * dialog is loaded on first use, so embeds and readers who never open it do not download it.
 */
import { Suspense, lazy, useCallback, useRef, useState } from 'react';
import { useTranslator } from '../i18n/translator.tsx';

const EmbedDialog = lazy(() =>
  import('./EmbedDialog.tsx').then((module) => ({ default: module.EmbedDialog })),
);

export function EmbedButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const { t } = useTranslator();
  const close = useCallback(() => {
    setOpen(false);
    // The native dialog usually restores focus itself; this makes it certain.
    button.current?.focus();
  }, []);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('Embed')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <EmbedDialog onClose={close} />
        </Suspense>
      )}
    </>
  );
}
