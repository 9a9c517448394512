/**
 * The draft's events, each editable: title, summary, lanes (actors), date, where the date comes
 * from (the article, worked out with its basis, or a record named), notes, key flag, and its
 * citations. Field ids match the validator's locations, so a problem links to its field.
 */
import type { ChangeEvent } from 'react';
import type { DateSource } from '../model/schema.ts';
import type { Draft, DraftEvent } from './draft.ts';
import type { DraftApi } from './useDraft.ts';

/** The id of an event's field, which problem links point at. */
export function fieldId(index: number, field: string): string {
  return `field-event-${index}-${field}`;
}

export function EventEditor({ api }: { api: DraftApi }) {
  const { draft } = api;
  return (
    <section className="studio__events" aria-labelledby="studio-events-heading">
      <h2 id="studio-events-heading">4. The draft’s events</h2>
      {draft.events.length === 0 ? (
        <p className="studio__hint">
          No events yet: add a proposed one, or cite a selected passage.
        </p>
      ) : (
        <ol className="studio__event-list">
          {draft.events.map((event, index) => (
            <li key={event.id}>
              <EventFields api={api} event={event} index={index} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function EventFields({ api, event, index }: { api: DraftApi; event: DraftEvent; index: number }) {
  const { change } = api;
  const update = (patch: Partial<DraftEvent>, field: string) =>
    change((d) => withEvent(d, index, patch), `event.${index}.${field}`);
  const text =
    (field: 'title' | 'summary' | 'date' | 'actors' | 'notes') =>
    (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      update({ [field]: e.target.value }, field);
  const kind = event.dateSource.kind;
  const setKind = (e: ChangeEvent<HTMLSelectElement>) => {
    const next = e.target.value as DateSource['kind'];
    const dateSource: DateSource =
      next === 'article'
        ? { kind: 'article' }
        : next === 'inferred'
          ? { kind: 'inferred', basis: detailOf(event.dateSource) }
          : { kind: 'record', record: detailOf(event.dateSource) };
    update({ dateSource }, 'dateSource');
  };
  const setDetail = (e: ChangeEvent<HTMLInputElement>) => {
    const value = e.target.value;
    const dateSource: DateSource =
      kind === 'record' ? { kind: 'record', record: value } : { kind: 'inferred', basis: value };
    update({ dateSource }, 'dateSource.detail');
  };
  const legend = `Event ${index + 1}: ${event.title || 'untitled'}`;
  return (
    <fieldset className="studio__event" data-draft-event-id={event.id}>
      <legend>{legend}</legend>
      <div className="studio__fields">
        <label>
          Event title
          <input id={fieldId(index, 'title')} value={event.title} onChange={text('title')} />
        </label>
        <label>
          Date (EDTF)
          <input
            id={fieldId(index, 'date')}
            value={event.date}
            onChange={text('date')}
            aria-describedby="studio-edtf-hint"
          />
        </label>
        <label>
          Lanes (who acted, comma-separated)
          <input id={fieldId(index, 'actors')} value={event.actors} onChange={text('actors')} />
        </label>
        <label>
          The date comes from
          <select id={fieldId(index, 'dateSource')} value={kind} onChange={setKind}>
            <option value="article">the article, as stated</option>
            <option value="inferred">worked out from the article</option>
            <option value="record">the public record</option>
          </select>
        </label>
        {kind !== 'article' && (
          <label>
            {kind === 'record' ? 'Record (name it)' : 'Basis (how it was worked out)'}
            <input
              id={fieldId(index, 'dateSource-detail')}
              value={detailOf(event.dateSource)}
              onChange={setDetail}
            />
          </label>
        )}
      </div>
      <label className="studio__wide">
        Summary
        <textarea
          id={fieldId(index, 'summary')}
          value={event.summary}
          onChange={text('summary')}
          rows={3}
        />
      </label>
      <label className="studio__wide">
        <span>
          Notes <span className="studio__optional">(optional)</span>
        </span>
        <textarea
          id={fieldId(index, 'notes')}
          value={event.notes}
          onChange={text('notes')}
          rows={2}
        />
      </label>
      <label className="studio__check">
        <input
          type="checkbox"
          checked={event.key}
          onChange={(e) => update({ key: e.target.checked }, 'key')}
        />
        Key event (its label is never shortened)
      </label>
      <h3 className="studio__citations-heading">Cited passages</h3>
      <ul className="studio__citations" id={fieldId(index, 'citations')} tabIndex={-1}>
        {event.citations.map((c, i) => (
          <li key={`${i}-${c.exact}`}>
            <blockquote className="studio__quote">{c.exact}</blockquote>
            <button
              type="button"
              className="link-button"
              onClick={() =>
                update({ citations: event.citations.filter((_, j) => j !== i) }, 'citations')
              }
            >
              Remove this passage
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button"
        onClick={() => change((d) => ({ ...d, events: d.events.filter((_, j) => j !== index) }))}
      >
        Remove event {index + 1}
      </button>
    </fieldset>
  );
}

function detailOf(source: DateSource): string {
  return source.kind === 'inferred' ? source.basis : source.kind === 'record' ? source.record : '';
}

function withEvent(draft: Draft, index: number, patch: Partial<DraftEvent>): Draft {
  return { ...draft, events: draft.events.map((e, i) => (i === index ? { ...e, ...patch } : e)) };
}
