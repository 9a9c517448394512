/**
 * Behind the marks of the horizontal view: lane stripes and names, eras, the axis and its breaks
 * (marked on the axis only: a line across the lanes would strike through labels).
 */
import type { ReactNode } from 'react';
import { useSourceline } from '../../store/StoreContext.tsx';
import { TimelineAxis } from './TimelineAxis.tsx';
import type { TimelineView } from './useTimelineLayout.ts';

/** Props: the view to draw behind, and its width. */
export interface BackdropProps {
  view: TimelineView;
  width: number;
}

export function HorizontalBackdrop({ view, width }: BackdropProps) {
  const eras = useSourceline((s) => s.timeline.eras);
  const { layout, scale, ticks, axisBreaks, height } = view;
  return (
    <BackdropSvg width={width} height={height}>
      {layout.lanes.map((lane, i) => (
        <g key={lane.name} className="timeline__lane" data-odd={i % 2 === 1 || undefined}>
          <rect x={0} y={lane.top} width={width} height={lane.height} />
          <text x={6} y={lane.top + 14}>
            {lane.name}
          </text>
        </g>
      ))}
      {/* Eras over the lane stripes, translucent, so both show; marks sit above in HTML. */}
      {eras.map((era) => {
        const x0 = Math.max(0, scale(era.date.start));
        const x1 = Math.min(width, scale(era.date.end));
        if (x1 <= x0) return null;
        return (
          <g key={`${era.label}-${era.date.edtf}`} className="timeline__era">
            <rect x={x0} y={0} width={x1 - x0} height={layout.height} />
            <text x={x0 + 4} y={layout.height - 6}>
              {era.label}
            </text>
          </g>
        );
      })}
      <TimelineAxis scale={scale} ticks={ticks} top={layout.height} breaks={axisBreaks} />
    </BackdropSvg>
  );
}

/** The drawing behind the marks, in either orientation: decoration only, hidden from readers. */
export function BackdropSvg({
  width,
  height,
  children,
}: {
  width: number;
  height: number;
  children: ReactNode;
}) {
  return (
    <svg
      className="timeline__backdrop"
      width={width}
      height={height}
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}
