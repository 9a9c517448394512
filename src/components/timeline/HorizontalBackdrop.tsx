/**
 * Behind the marks of the horizontal view: lane stripes and names, eras, the axis and its breaks
 * (marked on the axis only: a line across the lanes would strike through labels).
 */
import type { ReactNode } from 'react';
import { ERA_INSET, eraBands } from '../../layout/timeline/eraBands.ts';
import { useSourceline } from '../../store/StoreContext.tsx';
import { measureLabel } from './measureLabel.ts';
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
      {eraBands(eras, scale, width, measureLabel).map((era) => (
        <g key={era.key} className="timeline__era">
          {/* The whole name, where the band shows it shortened or not at all. */}
          {era.name !== era.label && <title>{era.label}</title>}
          <rect x={era.x0} y={0} width={era.x1 - era.x0} height={layout.height} />
          {era.name && (
            <text x={era.x0 + ERA_INSET} y={layout.height - 6}>
              {era.name}
            </text>
          )}
        </g>
      ))}
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
