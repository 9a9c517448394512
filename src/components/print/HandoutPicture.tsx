/** The handout's first figure: the whole timeline, fitted to the page, as the SVG export draws it. */
import { exportScene } from '../../layout/export/exportScene.ts';
import { useSourceline } from '../../store/StoreContext.tsx';
import { sceneWords } from '../i18n/sceneWords.ts';
import { useTranslator } from '../i18n/translator.tsx';
import { ScenePicture } from './ScenePicture.tsx';

/** About an A4 or Letter page's printable width in CSS pixels, so labels print near full size. */
const HANDOUT_PICTURE_WIDTH = 720;

export default function HandoutPicture() {
  const timeline = useSourceline((s) => s.timeline);
  const fit = useSourceline((s) => s.fit);
  const warp = useSourceline((s) => s.warp);
  const translator = useTranslator();
  const { t } = translator;
  return (
    <figure className="handout__picture">
      <ScenePicture
        scene={exportScene(timeline, fit, HANDOUT_PICTURE_WIDTH, warp, sceneWords(translator))}
        label={
          timeline.events.length === 1
            ? t('The whole timeline: one event')
            : t('The whole timeline: {count} events', { count: timeline.events.length })
        }
      />
    </figure>
  );
}
