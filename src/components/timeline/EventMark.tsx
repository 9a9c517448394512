/**
 * One event on the timeline: a native button (INTERFACES.md) holding its mark and its label.
 * The mark's shape says what is known of the date: a dot for a day, a bar for a span or an
 * imprecise date, dashed edges when approximate, hatching when uncertain.
 */
import { memo } from 'react';
import type { KeyboardEvent } from 'react';
import type { TimelineEvent } from '../../model/timeline.ts';
import type { EventItem } from '../../layout/timeline/layoutTimeline.ts';
import { GEOMETRY } from '../../layout/timeline/geometry.ts';

/** Props: the event, where the layout put it, and its state. */
export interface EventMarkProps {
  event: TimelineEvent;
  item: EventItem;
  top: number;
  selected: boolean;
  hovered: boolean;
  tabbable: boolean;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>, id: string) => void;
}

export const EventMark = memo(function EventMark({
  event,
  item,
  top,
  selected,
  hovered,
  tabbable,
  onSelect,
  onHover,
  onKeyDown,
}: EventMarkProps) {
  const { date } = event;
  const markWidth = item.markRight - item.markLeft;
  const left = Math.min(item.markLeft, item.labelLeft);
  const right = Math.max(item.markRight, item.labelLeft + item.labelWidth);
  const shape = date.isPoint ? 'point' : 'span';
  const qualifiers = [
    date.approximate ? 'approximate' : '',
    date.uncertain ? 'uncertain' : '',
  ].filter(Boolean);
  return (
    <button
      type="button"
      className="event-mark"
      data-event-id={event.id}
      data-shape={shape}
      data-approximate={date.approximate || undefined}
      data-uncertain={date.uncertain || undefined}
      data-hover={hovered || undefined}
      aria-current={selected ? 'true' : undefined}
      aria-label={`${event.title}, ${event.dateLabel}${qualifiers.length ? ` (${qualifiers.join(', ')} date)` : ''}, ${event.lane}`}
      tabIndex={tabbable ? 0 : -1}
      style={{ left, top, width: right - left, height: GEOMETRY.rowHeight }}
      onClick={() => onSelect(event.id)}
      onMouseEnter={() => onHover(event.id)}
      onMouseLeave={() => onHover(null)}
      onFocus={() => onHover(event.id)}
      onBlur={() => onHover(null)}
      onKeyDown={(e) => onKeyDown(e, event.id)}
      title={`${event.title} — ${event.dateLabel}`}
    >
      <span
        className="event-mark__shape"
        aria-hidden="true"
        style={{ left: item.markLeft - left, width: markWidth }}
      />
      {item.labelWidth > 0 && (
        <span
          className="event-mark__label"
          aria-hidden="true"
          style={{ left: item.labelLeft - left, width: item.labelWidth }}
        >
          {event.title}
        </span>
      )}
    </button>
  );
});
