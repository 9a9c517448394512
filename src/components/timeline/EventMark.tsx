/**
 * One event on the timeline: a native button (see docs/interfaces.md) holding its mark and its
 * label, line by line as the layout wrapped it. The mark's shape says what is known of the date:
 * a dot for a day, a bar for a span or an imprecise date, dashed edges when approximate,
 * hatching when uncertain; its colour is its lane's.
 */
import { Fragment, memo } from 'react';
import type { KeyboardEvent } from 'react';
import type { TimelineEvent } from '../../model/timeline.ts';
import type { EventItem } from '../../layout/timeline/layoutTimeline.ts';
import { GEOMETRY } from '../../layout/timeline/geometry.ts';
import { isolate } from '../../model/isolateText.ts';
import { Bdi } from '../ui/Bdi.tsx';
import { useTranslator } from '../i18n/translator.tsx';

/** Props: the event, where the layout put it, and its state. */
export interface EventMarkProps {
  event: TimelineEvent;
  item: EventItem;
  /** The vertical layout's last line, under the title: the date and the lane. */
  caption?: string | undefined;
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
  caption,
  selected,
  hovered,
  tabbable,
  onSelect,
  onHover,
  onKeyDown,
}: EventMarkProps) {
  const { date } = event;
  const { t, date: dateOf } = useTranslator();
  const named = {
    title: isolate(event.title),
    date: isolate(dateOf(event)),
    lane: isolate(event.lane),
  };
  const { rowHeight, pointSize } = GEOMETRY;
  const markWidth = item.markRight - item.markLeft;
  const hasLabel = item.labelWidth > 0 && item.lines.length > 0;
  const left = hasLabel ? Math.min(item.markLeft, item.labelLeft) : item.markLeft;
  const right = hasLabel
    ? Math.max(item.markRight, item.labelLeft + item.labelWidth)
    : item.markRight;
  const shape = date.isPoint ? 'point' : 'span';
  return (
    <button
      type="button"
      className="event-mark"
      data-event-id={event.id}
      data-shape={shape}
      data-key={event.key || undefined}
      data-approximate={date.approximate || undefined}
      data-uncertain={date.uncertain || undefined}
      data-hover={hovered || undefined}
      aria-current={selected ? 'true' : undefined}
      // In the order the label shows them (title, then the vertical view's date and lane).
      aria-label={
        date.approximate && date.uncertain
          ? t('{title}, {date}, {lane} (approximate, uncertain date)', named)
          : date.approximate
            ? t('{title}, {date}, {lane} (approximate date)', named)
            : date.uncertain
              ? t('{title}, {date}, {lane} (uncertain date)', named)
              : t('{title}, {date}, {lane}', named)
      }
      tabIndex={tabbable ? 0 : -1}
      style={{
        left,
        top: item.top,
        width: right - left,
        height: item.rows * rowHeight,
        // Its lane's colour (base.css defines --lane-0 … --lane-5 for both themes).
        ['--mark' as string]: `var(--lane-${item.lane % LANE_COLOURS})`,
      }}
      onClick={() => onSelect(event.id)}
      onMouseEnter={() => onHover(event.id)}
      onMouseLeave={() => onHover(null)}
      onFocus={() => onHover(event.id)}
      onBlur={() => onHover(null)}
      onKeyDown={(e) => onKeyDown(e, event.id)}
      title={t('{title} — {date}', named)}
    >
      <span
        className="event-mark__shape"
        aria-hidden="true"
        style={{ left: item.markLeft - left, width: markWidth, top: (rowHeight - pointSize) / 2 }}
      />
      {hasLabel && (
        <span
          className="event-mark__label"
          aria-hidden="true"
          style={{
            left: item.labelLeft - left,
            top: item.labelRow * rowHeight,
            width: item.labelWidth,
          }}
        >
          {/* Spaces between the lines, so the label's text reads as the title it is. */}
          {item.lines.map((line, k) => (
            <Fragment key={k}>
              {k > 0 && ' '}
              <span className="event-mark__line">
                <Bdi>{line}</Bdi>
              </span>
            </Fragment>
          ))}
          {caption !== undefined && (
            <>
              {' '}
              <span className="event-mark__caption">
                <Bdi>{caption}</Bdi>
              </span>
            </>
          )}
        </span>
      )}
    </button>
  );
});

/** Lane colours cycle through this many (timeline.css). */
const LANE_COLOURS = 6;
