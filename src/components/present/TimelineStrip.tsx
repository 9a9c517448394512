/**
 * The strip of the whole timeline under every slide: each event a small button placed by time,
 * the current one marked, events already shown filled in. Clicking one jumps to its slide. Only
 * one button is in the tab order (the current one); the arrow keys, handled by the presentation,
 * move the slide and focus follows here.
 *
 * The buttons carry `data-slide-event`, not `data-event-id`: docs/interfaces.md reserves that for the
 * main timeline's event buttons.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { MouseEvent } from 'react';
import { axisTicks } from '../../layout/axis/axisTicks.ts';
import { STRIP_GEOMETRY, stripLayout, stripRows } from '../../layout/present/stripLayout.ts';
import { estimateTextWidth } from '../../layout/textWidth.ts';
import { timeScale } from '../../layout/axis/timeScale.ts';
import { useSourceline } from '../../store/StoreContext.tsx';
import { useElementWidth } from '../ui/useElementWidth.ts';
import { isolate } from '../../model/isolateText.ts';
import { Bdi } from '../ui/Bdi.tsx';
import { useTranslator } from '../i18n/translator.tsx';

/** Props: the index of the current event (−1 on the title slide) and what a click does. */
export interface TimelineStripProps {
  current: number;
  /** `pointer` is true for a mouse or touch click, false for Enter or Space. */
  onJump: (id: string, pointer: boolean) => void;
}

const TICK_FONT = 16;
const ROW = STRIP_GEOMETRY.size + STRIP_GEOMETRY.gap;

export function TimelineStrip({ current, onJump }: TimelineStripProps) {
  const events = useSourceline((s) => s.timeline.events);
  const fit = useSourceline((s) => s.fit);
  const { t, date, tick } = useTranslator();
  const track = useRef<HTMLDivElement>(null);
  const width = useElementWidth(track);
  const dates = useMemo(() => events.map((event) => event.date), [events]);
  // Nothing is placed until the track's width is known (before the first paint).
  const items = useMemo(
    () => (width === null ? [] : stripLayout(dates, fit, width, current)),
    [dates, fit, width, current],
  );
  const ticks = useMemo(
    () =>
      width === null
        ? []
        : axisTicks(timeScale(fit, width), (text) => estimateTextWidth(text, TICK_FONT), [], tick),
    [fit, width, tick],
  );
  const tabbable = items.some((item) => item.index === current) ? current : items[0]?.index;

  // Focus follows the slide while it is in the strip, as in any roving-tabindex widget.
  useEffect(() => {
    const root = track.current;
    if (!root || !root.contains(document.activeElement)) return;
    root.querySelector<HTMLElement>('[aria-current="step"]')?.focus();
  }, [current]);

  const rows = stripRows(items);
  const rowsHeight = rows * ROW;
  return (
    <nav className="strip" aria-label={t('All events: jump to a slide')}>
      <div ref={track} className="strip__track" style={{ height: rowsHeight + TICK_FONT + 14 }}>
        <div className="strip__axis" style={{ top: rowsHeight }} aria-hidden="true">
          {ticks.map((tick) => (
            <span key={tick.value.getTime()} className="strip__tick" style={{ left: tick.x }}>
              {tick.label}
            </span>
          ))}
        </div>
        <ol className="strip__items">
          {items.map((item) => {
            const event = events[item.index];
            if (!event) return null;
            const click = (e: MouseEvent<HTMLButtonElement>) => onJump(event.id, e.detail > 0);
            return (
              <li
                key={event.id}
                className="strip__item"
                style={{
                  left: item.left,
                  width: item.width,
                  top: (rows - 1 - item.row) * ROW,
                }}
              >
                <button
                  type="button"
                  className="strip__button"
                  data-slide-event={event.id}
                  data-span={item.span || undefined}
                  data-shown={item.index < current || undefined}
                  aria-current={item.index === current ? 'step' : undefined}
                  tabIndex={item.index === tabbable ? 0 : -1}
                  title={t('{date}: {title}', {
                    date: isolate(date(event)),
                    title: isolate(event.title),
                  })}
                  onClick={click}
                >
                  <span className="visually-hidden">
                    <Bdi>{event.title}</Bdi>, <Bdi>{date(event)}</Bdi>
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      </div>
    </nav>
  );
}
