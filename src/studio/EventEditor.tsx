/**
 * The draft's events, each editable: title, summary, lanes (actors), date, where the date comes
 * from (the article, worked out with its basis, or a record named), notes, key flag, and its
 * citations. Field ids match the validator's locations, so a problem links to its field.
 */
import type { ChangeEvent } from 'react';
import { slots, withElements } from '../components/i18n/messageParts.tsx';
import { useTranslator } from '../components/i18n/translator.tsx';
import type { DateSource } from '../model/schema.ts';
import type { Draft, DraftEvent } from './draft.ts';
import type { DraftApi } from './useDraft.ts';

/** The id of an event's field, which problem links point at. */
export function fieldId(index: number, field: string): string {
  return `field-event-${index}-${field}`;
}

export function EventEditor({ api }: { api: DraftApi }) {
  const { draft } = api;
  const { t } = useTranslator();
  return (
    <section className="studio__events" aria-labelledby="studio-events-heading">
      <h2 id="studio-events-heading">{t('4. The draft’s events')}</h2>
      {draft.events.length === 0 ? (
        <p className="studio__hint">
          {t('No events yet: add a proposed one, or cite a selected passage.')}
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
  const { t } = useTranslator();
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
  const number = index + 1;
  // The event's own words in a <bdi>, so their direction cannot reorder the legend.
  const legend = event.title
    ? withElements(t('Event {number}: {title}', { number, ...slots('title') }), {
        title: <bdi>{event.title}</bdi>,
      })
    : t('Event {number}: untitled', { number });
  return (
    <fieldset className="studio__event" data-draft-event-id={event.id}>
      <legend>{legend}</legend>
      <div className="studio__fields">
        <label>
          {t('Event title')}
          <input
            id={fieldId(index, 'title')}
            dir="auto"
            value={event.title}
            onChange={text('title')}
          />
        </label>
        <label>
          {t('Date (EDTF)')}
          <input
            id={fieldId(index, 'date')}
            dir="ltr"
            value={event.date}
            onChange={text('date')}
            aria-describedby="studio-edtf-hint"
          />
        </label>
        <label>
          {t('Lanes (who acted, comma-separated)')}
          <input
            id={fieldId(index, 'actors')}
            dir="auto"
            value={event.actors}
            onChange={text('actors')}
          />
        </label>
        <label>
          {t('The date comes from')}
          <select id={fieldId(index, 'dateSource')} value={kind} onChange={setKind}>
            <option value="article">{t('the article, as stated')}</option>
            <option value="inferred">{t('worked out from the article')}</option>
            <option value="record">{t('the public record')}</option>
          </select>
        </label>
        {kind !== 'article' && (
          <label>
            {kind === 'record' ? t('Record (name it)') : t('Basis (how it was worked out)')}
            <input
              id={fieldId(index, 'dateSource-detail')}
              dir="auto"
              value={detailOf(event.dateSource)}
              onChange={setDetail}
            />
          </label>
        )}
      </div>
      <label className="studio__wide">
        {t('Summary')}
        <textarea
          id={fieldId(index, 'summary')}
          dir="auto"
          value={event.summary}
          onChange={text('summary')}
          rows={3}
        />
      </label>
      <label className="studio__wide">
        <span>
          {t('Notes')} <span className="studio__optional">{t('(optional)')}</span>
        </span>
        <textarea
          id={fieldId(index, 'notes')}
          dir="auto"
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
        {t('Key event (its label is never shortened)')}
      </label>
      <h3 className="studio__citations-heading">{t('Cited passages')}</h3>
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
              {t('Remove this passage')}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button"
        onClick={() => change((d) => ({ ...d, events: d.events.filter((_, j) => j !== index) }))}
      >
        {t('Remove event {number}', { number })}
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
