/**
 * `static=1`: a still picture of the whole timeline, fitted to the frame's width as the SVG export
 * draws it (layout/export/exportScene.ts). Nothing in it moves or
 * takes focus but the way out (EmbedMode's footer), for hosts that must not run an interactive widget. Loaded only by
 * such embeds, so it adds nothing to the first download of the others.
 */
import { useRef } from 'react';
import { exportScene } from '../../layout/export/exportScene.ts';
import { useSourceline } from '../../store/StoreContext.tsx';
import { ScenePicture } from '../print/ScenePicture.tsx';
import { useElementWidth } from '../ui/useElementWidth.ts';
import { embedPictureScene } from './embedPictureScene.ts';

export default function StaticPicture() {
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  const timeline = useSourceline((s) => s.timeline);
  const fit = useSourceline((s) => s.fit);
  const warp = useSourceline((s) => s.warp);
  const { events } = timeline;
  const first = events[0];
  const last = events[events.length - 1];
  const span = first && last ? `, from ${first.dateLabel} to ${last.dateLabel}` : '';
  return (
    <div className="embed-static" ref={box}>
      {width !== null && (
        <ScenePicture
          scene={embedPictureScene(exportScene(timeline, fit, width, warp), timeline)}
          label={`${timeline.title}: a picture of the whole timeline, ${events.length} events${span}`}
        />
      )}
      {/* What the picture shows, for screen readers; as text, never focusable. */}
      <ol className="visually-hidden" aria-label="The events in the picture">
        {events.map((event) => (
          <li key={event.id}>
            {event.dateLabel}: <bdi>{event.title}</bdi>
          </li>
        ))}
      </ol>
    </div>
  );
}
