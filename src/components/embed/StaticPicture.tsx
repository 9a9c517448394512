/**
 * `static=1`: a still picture of the whole timeline, fitted to the frame's width as the SVG export
 * draws it (layout/export/exportScene.ts). Nothing in it moves or
 * takes focus but the way out (EmbedMode's footer), for hosts that must not run an interactive widget. Loaded only by
 * such embeds, so it adds nothing to the first download of the others.
 */
import { useRef } from 'react';
import { isolate } from '../../model/isolateText.ts';
import { exportScene } from '../../layout/export/exportScene.ts';
import { useSourceline } from '../../store/StoreContext.tsx';
import { ScenePicture } from '../print/ScenePicture.tsx';
import { useElementWidth } from '../ui/useElementWidth.ts';
import { sceneWords } from '../i18n/sceneWords.ts';
import { useTranslator } from '../i18n/translator.tsx';
import type { Translator } from '../i18n/translator.tsx';
import type { TimelineEvent } from '../../model/timeline.ts';
import { embedPictureScene } from './embedPictureScene.ts';

export default function StaticPicture() {
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  const timeline = useSourceline((s) => s.timeline);
  const fit = useSourceline((s) => s.fit);
  const warp = useSourceline((s) => s.warp);
  const translator = useTranslator();
  const { t, date } = translator;
  const words = sceneWords(translator);
  const { events } = timeline;
  return (
    <div className="embed-static" ref={box}>
      {width !== null && (
        <ScenePicture
          scene={embedPictureScene(exportScene(timeline, fit, width, warp, words))}
          label={pictureLabel(timeline.title, events, translator)}
        />
      )}
      {/* What the picture shows, for screen readers; as text, never focusable. */}
      <ol className="visually-hidden" aria-label={t('The events in the picture')}>
        {events.map((event) => (
          <li key={event.id}>
            {date(event)}: <bdi>{event.title}</bdi>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The picture's accessible name: the timeline, how many events, and when they happen. */
function pictureLabel(
  title: string,
  events: readonly TimelineEvent[],
  { t, date }: Translator,
): string {
  const first = events[0];
  const last = events[events.length - 1];
  if (!first || !last)
    return t('{title}: a picture of the whole timeline, with no events', { title: isolate(title) });
  if (first === last)
    return t('{title}: a picture of the whole timeline, one event, {date}', {
      title: isolate(title),
      date: date(first),
    });
  return t('{title}: a picture of the whole timeline, {count} events, from {first} to {last}', {
    title: isolate(title),
    count: events.length,
    first: date(first),
    last: date(last),
  });
}
