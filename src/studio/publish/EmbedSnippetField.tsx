/**
 * The embed snippet for a dataset the person will publish: they give the address the JSON will
 * be at, and get the reader's own snippet (store/embedSnippet.ts: the self-sizing iframe with
 * `?data=<address>&embed=1`, its fallback line and embed.js), with a copy button.
 */
import { useId, useRef, useState } from 'react';
import { slots, withElements } from '../../components/i18n/messageParts.tsx';
import { ENGLISH, useTranslator } from '../../components/i18n/translator.tsx';
import type { Translator } from '../../components/i18n/translator.tsx';
import { copyToClipboard } from '../../components/ui/copyToClipboard.ts';
import { embedSnippet } from '../../store/embedSnippet.ts';

/** The reader's page beside the studio's (both are in the same folder of the build). */
function readerHref(): string {
  return new URL('./index.html', window.location.href).href;
}

/** The snippet for `address` (resolved against the reader), or why there is none. */
export function snippetFor(
  address: string,
  title: string,
  pageHref: string,
  t: Translator['t'] = ENGLISH.t,
): { ok: true; snippet: string } | { ok: false; message: string } {
  if (!address.trim()) return { ok: false, message: '' };
  let url: URL;
  try {
    url = new URL(address.trim(), pageHref);
  } catch {
    return { ok: false, message: t('That is not a web address.') };
  }
  const reader = new URL(pageHref);
  if (url.origin !== reader.origin || !/^https?:$/.test(url.protocol)) {
    return {
      ok: false,
      message: t(
        'The reader loads datasets only from its own site ({origin}): publish the file there.',
        { origin: reader.origin },
      ),
    };
  }
  const snippet = embedSnippet({
    pageHref,
    title,
    eventId: null,
    theme: 'auto',
    data: url.href,
  });
  return { ok: true, snippet };
}

export function EmbedSnippetField({ title }: { title: string }) {
  const id = useId();
  const code = useRef<HTMLTextAreaElement>(null);
  const [address, setAddress] = useState('');
  const [status, setStatus] = useState('');
  const { t } = useTranslator();
  const result = snippetFor(address, title, readerHref(), t);

  return (
    <div className="studio__embed">
      <h3>{t('Embed it in a page')}</h3>
      <label>
        {t('Address the dataset will be published at')}
        <input
          type="url"
          inputMode="url"
          dir="ltr"
          value={address}
          onChange={(e) => {
            setAddress(e.target.value);
            setStatus('');
          }}
          aria-describedby={`${id}-hint`}
          placeholder={new URL('./my-timeline.json', readerHref()).href}
        />
      </label>
      <p id={`${id}-hint`} className="studio__hint">
        {withElements(
          t(
            'Download the dataset, put the file on the same site as the reader, and give its address here: the snippet opens it in the reader with {data}. Paste the snippet into your page’s HTML.',
            slots('data'),
          ),
          { data: <code>?data=</code> },
        )}
      </p>
      {!result.ok && result.message && (
        <p className="studio__message" role="status">
          {result.message}
        </p>
      )}
      {result.ok && (
        <>
          <label>
            {t('Embed snippet')}
            <textarea
              ref={code}
              readOnly
              dir="ltr"
              value={result.snippet}
              rows={6}
              className="studio__code"
            />
          </label>
          <div className="studio__row">
            <button
              type="button"
              className="button"
              onClick={() =>
                void copyToClipboard(result.snippet, code.current, {
                  copied: t('Copied'),
                  selected: t('Selected: press Ctrl+C (⌘C on a Mac) to copy'),
                }).then(setStatus)
              }
            >
              {t('Copy the embed snippet')}
            </button>
            <span role="status">{status}</span>
          </div>
        </>
      )}
    </div>
  );
}
