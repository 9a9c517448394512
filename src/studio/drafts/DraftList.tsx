/**
 * "Your drafts": every draft kept in this browser, with its title and when it last changed;
 * open one, start a new one, delete one (and restore it, until the next deletion).
 */
import { useMemo } from 'react';
import type { DraftsApi } from './useDrafts.ts';

/** A draft's name in the list. */
export function draftTitle(title: string): string {
  return title.trim() || 'Untitled draft';
}

export function DraftList({ drafts }: { drafts: DraftsApi }) {
  const { list, open, deleted } = drafts;
  // The person's own way of writing dates and times.
  const format = useMemo(
    () => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }),
    [],
  );
  return (
    <section className="studio__drafts" aria-labelledby="studio-drafts-heading">
      <div className="studio__row">
        <h2 id="studio-drafts-heading">Your drafts</h2>
        <button type="button" className="button" onClick={drafts.createDraft}>
          New draft
        </button>
      </div>
      <ul className="studio__draft-list" aria-label="Drafts">
        {list.map((record) => {
          const title = draftTitle(record.draft.source.title);
          const isOpen = record.id === open?.id;
          return (
            <li key={record.id} className="studio__draft" aria-current={isOpen || undefined}>
              {isOpen ? (
                <strong className="studio__draft-title">{title} (open)</strong>
              ) : (
                <button
                  type="button"
                  className="link-button studio__draft-title"
                  onClick={() => drafts.openDraft(record.id)}
                  aria-label={`Open “${title}”`}
                >
                  {title}
                </button>
              )}
              <span className="studio__hint">
                changed{' '}
                <time dateTime={record.changed}>{format.format(new Date(record.changed))}</time>
              </span>
              <button
                type="button"
                className="link-button"
                onClick={() => drafts.removeDraft(record.id)}
                aria-label={`Delete “${title}”`}
              >
                Delete
              </button>
            </li>
          );
        })}
      </ul>
      <div role="status" className="studio__message">
        {deleted && (
          <>
            Deleted “{draftTitle(deleted.draft.source.title)}”.{' '}
            <button type="button" className="link-button" onClick={drafts.restoreDraft}>
              Restore it
            </button>
          </>
        )}
      </div>
    </section>
  );
}
