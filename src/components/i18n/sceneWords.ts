/**
 * The export picture's own words in the reader's language (layout/export/scene.ts, SceneWords):
 * its years, its footer, its axis and its captions' dates. For the pictures the page shows (the
 * printed handout, the still embed); the SVG and PNG downloads keep English.
 */
import { ENGLISH_SCENE_WORDS, sourceList } from '../../layout/export/exportScene.ts';
import type { SceneWords } from '../../layout/export/exportScene.ts';
import { withoutStrayPdi } from '../../model/isolateText.ts';
import type { Translator } from './translator.tsx';

/** The picture's words through `translator`. */
export function sceneWords(translator: Translator): SceneWords {
  // English is the downloads' words, byte for byte.
  if (translator.locale === 'en') return ENGLISH_SCENE_WORDS;
  const { t, instant, tick, date } = translator;
  return {
    years: (start, end) =>
      t('{first} to {last}', { first: instant(start, 'year'), last: instant(end, 'year') }),
    sources: (timeline) => {
      const count = timeline.sources.length;
      // SVG text has no <bdi>: the dataset's words are isolated as characters instead.
      const sources = `\u2068${withoutStrayPdi(sourceList(timeline))}\u2069`;
      if (count === 0)
        return t('No source text: this timeline was imported without one. Made with Sourceline.');
      return count === 1
        ? t('Source: {sources}. Made with Sourceline.', { sources })
        : t('Sources: {sources}. Made with Sourceline.', { sources });
    },
    tick,
    date,
  };
}
