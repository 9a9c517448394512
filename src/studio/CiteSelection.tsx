/**
 * Citing a passage by selecting it: the words selected in the source text area (mouse, or Shift
 * and the arrow keys) become a TextQuoteSelector with the shortest unique prefix and suffix, for
 * a new event or one already in the draft.
 */
import { useState } from 'react';
import type { RefObject } from 'react';
import { useTranslator } from '../components/i18n/translator.tsx';
import { describeQuote, normalise } from '../model/quotes/anchor.ts';
import { normalOffsets } from './dates/normalOffsets.ts';
import { addCitedEvent, citation } from './draft.ts';
import type { DraftApi } from './useDraft.ts';

const NEW = '';

export function CiteSelection({
  api,
  textArea,
}: {
  api: DraftApi;
  textArea: RefObject<HTMLTextAreaElement>;
}) {
  const { draft, change } = api;
  const { t } = useTranslator();
  const [target, setTarget] = useState(NEW);
  const [message, setMessage] = useState('');

  const cite = () => {
    const area = textArea.current;
    const text = draft.source.text;
    let from = area?.selectionStart ?? 0;
    let to = area?.selectionEnd ?? 0;
    while (from < to && /\s/.test(text[from] ?? '')) from++;
    while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
    if (from >= to) {
      setMessage(t('Select some words of the source text first.'));
      return;
    }
    const words = text.slice(from, to);
    // The selected occurrence itself, with just enough context to be unique.
    const normal = normalise(text);
    const at = normalOffsets(normal, text.length);
    const quote = describeQuote(normal, at(from), at(to - 1) + 1);
    const index = draft.events.findIndex((e) => e.id === target);
    if (index < 0) {
      change((d) => addCitedEvent(d, quote));
      setMessage(
        t('Cited “{words}” for a new event (dated the publication day until you change it).', {
          words: clip(words),
        }),
      );
    } else {
      change((d) => ({
        ...d,
        events: d.events.map((e, i) =>
          i === index ? { ...e, citations: [...e.citations, citation(quote)] } : e,
        ),
      }));
      setMessage(
        t('Cited “{words}” for “{title}”.', {
          words: clip(words),
          title: draft.events[index]?.title ?? '',
        }),
      );
    }
  };

  return (
    <section className="studio__cite" aria-labelledby="studio-cite-heading">
      <h2 id="studio-cite-heading">{t('Cite a passage')}</h2>
      <div className="studio__row">
        <label>
          {t('Cite the selected words for')}
          <select value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value={NEW}>{t('a new event')}</option>
            {draft.events.map((e) => (
              <option key={e.id} value={e.id}>
                {e.title}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" onClick={cite}>
          {t('Cite the selection')}
        </button>
      </div>
      <p className="studio__message" role="status">
        {message}
      </p>
    </section>
  );
}

function clip(words: string): string {
  return words.length > 60 ? `${words.slice(0, 60)}…` : words;
}
