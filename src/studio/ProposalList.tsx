/**
 * "Find dates" and what it proposes: each proposal shows its date, the passage it rests on and
 * its reasoning, with buttons to add it to the draft or dismiss it (docs/interfaces.md, Studio).
 */
import { useState } from 'react';
import { useTranslator } from '../components/i18n/translator.tsx';
import { parseEdtf } from '../model/dates/parseEdtf.ts';
import { parseSimpleEdtf } from '../model/dates/parseSimpleEdtf.ts';
import type { TimelineEvent } from '../model/timeline.ts';
import type { Translator } from '../components/i18n/translator.tsx';
import { addProposal } from './draft.ts';
import { findDatesOffThread } from './dates/findDatesOffThread.ts';
import type { DraftApi } from './useDraft.ts';

export function ProposalList({ api }: { api: DraftApi }) {
  const { draft, change } = api;
  const translator = useTranslator();
  const { t, locale } = translator;
  const dateOf = (edtf: string) => formatEdtf(edtf, translator);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const added = new Set(draft.events.map((e) => e.proposalId));
  const dismissed = new Set(draft.dismissed);
  const shown = draft.proposals.filter((p) => !dismissed.has(p.id));

  const find = async () => {
    const { text, published } = draft.source;
    if (!text.trim()) {
      setStatus(t('Paste or open the article first.'));
      return;
    }
    setBusy(true);
    setStatus(t('Finding dates…'));
    try {
      const result = await findDatesOffThread(text, published);
      if (!result.ok) {
        // The finder's message is English with its numbers apart (findDates.ts).
        const values = Object.fromEntries(
          Object.entries(result.values ?? {}).map(([k, v]) => [k, v.toLocaleString(locale)]),
        );
        setStatus(t(result.message, values));
        return;
      }
      change((d) => ({ ...d, proposals: result.proposals, dismissed: [] }));
      const count = result.proposals.length;
      setStatus(
        count === 0
          ? t('No date expressions found in this text. Select a passage to cite it by hand.')
          : count === 1
            ? t('1 proposed event. Add the ones you want.')
            : t('{count} proposed events. Add the ones you want.', { count }),
      );
    } catch {
      setStatus(t('The date finder failed; reload the page to try again.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="studio__proposals" aria-labelledby="studio-proposals-heading">
      <h2 id="studio-proposals-heading">{t('2. Dates in the article')}</h2>
      <button
        type="button"
        className="button studio__primary"
        onClick={() => void find()}
        aria-disabled={busy || undefined}
      >
        {t('Find dates')}
      </button>
      <p className="studio__message" role="status">
        {status}
      </p>
      <ul className="studio__proposal-list" aria-label={t('Proposed events')}>
        {shown.map((p) => {
          const isAdded = added.has(p.id);
          return (
            <li
              key={p.id}
              data-proposal-date={p.date}
              className="studio__proposal"
              data-sure={p.sure}
              tabIndex={-1}
            >
              <p className="studio__proposal-date">
                <strong>{dateOf(p.date)}</strong>
                {!p.sure && <span className="studio__unsure"> {t('unsure')}</span>}
              </p>
              <blockquote className="studio__quote">{p.quote.exact}</blockquote>
              {/* The finder's reasoning is English: it reads English (docs/studio.md). */}
              <p className="studio__reasoning" lang="en">
                {p.reasoning}
              </p>
              <div className="studio__row">
                {isAdded ? (
                  <span className="studio__added">{t('Added to the draft')}</span>
                ) : (
                  <button
                    type="button"
                    className="button"
                    onClick={(e) => {
                      const item = e.currentTarget.closest('li');
                      change((d) => addProposal(d, p));
                      keepFocus(item);
                    }}
                    data-add=""
                    aria-label={t('Add {date}: {expression}', {
                      date: dateOf(p.date),
                      expression: p.expression,
                    })}
                  >
                    {t('Add')}
                  </button>
                )}
                {!isAdded && (
                  <button
                    type="button"
                    className="button"
                    onClick={() => change((d) => ({ ...d, dismissed: [...d.dismissed, p.id] }))}
                    aria-label={t('Dismiss {date}: {expression}', {
                      date: dateOf(p.date),
                      expression: p.expression,
                    })}
                  >
                    {t('Dismiss')}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * The Add button goes once its proposal is added: focus moves on to the next proposal's Add
 * button, or stays on the proposal, never falling back to the page's start.
 */
function keepFocus(item: HTMLLIElement | null): void {
  requestAnimationFrame(() => {
    let next = item?.nextElementSibling ?? null;
    while (next && !next.querySelector('button[data-add]')) next = next.nextElementSibling;
    const button = next?.querySelector<HTMLButtonElement>('button[data-add]');
    if (button) button.focus();
    else item?.focus();
  });
}

/** An EDTF date in words ("c. 2003", "December 2022"), as the reader shows it, in its language. */
function formatEdtf(edtf: string, { date }: Translator): string {
  let parsed = parseSimpleEdtf(edtf);
  if (!parsed) {
    const full = parseEdtf(edtf);
    parsed = full.ok ? full.value : null;
  }
  // The translator writes an event's date from these two fields alone.
  return parsed ? date({ date: parsed, dateLabel: parsed.label } as TimelineEvent) : edtf;
}
