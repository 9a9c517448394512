/**
 * "Find dates" and what it proposes: each proposal shows its date, the passage it rests on and
 * its reasoning, with buttons to add it to the draft or dismiss it (docs/interfaces.md, Studio).
 */
import { useState } from 'react';
import { parseEdtf } from '../model/dates/parseEdtf.ts';
import { parseSimpleEdtf } from '../model/dates/parseSimpleEdtf.ts';
import { addProposal } from './draft.ts';
import { findDatesOffThread } from './dates/findDatesOffThread.ts';
import type { DraftApi } from './useDraft.ts';

export function ProposalList({ api }: { api: DraftApi }) {
  const { draft, change } = api;
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const added = new Set(draft.events.map((e) => e.proposalId));
  const dismissed = new Set(draft.dismissed);
  const shown = draft.proposals.filter((p) => !dismissed.has(p.id));

  const find = async () => {
    const { text, published } = draft.source;
    if (!text.trim()) {
      setStatus('Paste or open the article first.');
      return;
    }
    setBusy(true);
    setStatus('Finding dates…');
    try {
      const result = await findDatesOffThread(text, published);
      if (!result.ok) {
        setStatus(result.message);
        return;
      }
      change((d) => ({ ...d, proposals: result.proposals, dismissed: [] }));
      const n = result.proposals.length;
      setStatus(
        n === 0
          ? 'No date expressions found in this text. Select a passage to cite it by hand.'
          : `${n} proposed ${n === 1 ? 'event' : 'events'}. Add the ones you want.`,
      );
    } catch {
      setStatus('The date finder failed; reload the page to try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="studio__proposals" aria-labelledby="studio-proposals-heading">
      <h2 id="studio-proposals-heading">2. Dates in the article</h2>
      <button
        type="button"
        className="button studio__primary"
        onClick={() => void find()}
        aria-disabled={busy || undefined}
      >
        Find dates
      </button>
      <p className="studio__message" role="status">
        {status}
      </p>
      <ul className="studio__proposal-list" aria-label="Proposed events">
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
                <strong>{formatEdtf(p.date)}</strong>
                {!p.sure && <span className="studio__unsure"> unsure</span>}
              </p>
              <blockquote className="studio__quote">{p.quote.exact}</blockquote>
              <p className="studio__reasoning">{p.reasoning}</p>
              <div className="studio__row">
                {isAdded ? (
                  <span className="studio__added">Added to the draft</span>
                ) : (
                  <button
                    type="button"
                    className="button"
                    onClick={(e) => {
                      const item = e.currentTarget.closest('li');
                      change((d) => addProposal(d, p));
                      keepFocus(item);
                    }}
                    aria-label={`Add ${formatEdtf(p.date)}: ${p.expression}`}
                  >
                    Add
                  </button>
                )}
                {!isAdded && (
                  <button
                    type="button"
                    className="button"
                    onClick={() => change((d) => ({ ...d, dismissed: [...d.dismissed, p.id] }))}
                    aria-label={`Dismiss ${formatEdtf(p.date)}: ${p.expression}`}
                  >
                    Dismiss
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
    while (next && !next.querySelector('button[aria-label^="Add"]')) next = next.nextElementSibling;
    const button = next?.querySelector<HTMLButtonElement>('button[aria-label^="Add"]');
    if (button) button.focus();
    else item?.focus();
  });
}

/** An EDTF date in words ("c. 2003", "December 2022"), as the reader shows it. */
function formatEdtf(edtf: string): string {
  const simple = parseSimpleEdtf(edtf);
  if (simple) return simple.label;
  const parsed = parseEdtf(edtf);
  return parsed.ok ? parsed.value.label : edtf;
}
