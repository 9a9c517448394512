// The export picture's own words: English for the downloads, the reader's language for the
// handout and the still embed, through the translator.
import { describe, expect, it } from 'vitest';
import de from '../../../src/components/i18n/catalogs/de.ts';
import { translatorFor } from '../../../src/components/i18n/loadTranslator.ts';
import { sceneWords } from '../../../src/components/i18n/sceneWords.ts';
import { ENGLISH } from '../../../src/components/i18n/translator.tsx';
import { exportScene, sourceLine } from '../../../src/layout/export/exportScene.ts';
import { iccTimeline } from '../../support/iccTimeline.ts';

const timeline = iccTimeline();
const first = timeline.events[0];
const last = timeline.events[timeline.events.length - 1];
const domain = { start: first?.date.start ?? 0, end: last?.date.end ?? 0 };
const texts = (words?: Parameters<typeof exportScene>[4], width = 1000) =>
  exportScene(timeline, domain, width, undefined, words).shapes.flatMap((s) =>
    s.kind === 'text' ? [s.text] : [],
  );
/** The footer's source line, whole: its lines (it wraps to the picture's width) joined. */
const source = (words?: Parameters<typeof exportScene>[4], width = 1000) =>
  exportScene(timeline, domain, width, undefined, words)
    .shapes.flatMap((s) => (s.kind === 'text' && s.part === 'source' ? [s.text] : []))
    .join(' ');

describe('the export picture’s words', () => {
  it('are English by default, as the downloads have them', () => {
    const english = texts();
    expect(source()).toBe(sourceLine(timeline));
    expect(english.some((t) => / to /.test(t))).toBe(true);
    expect(texts(sceneWords(ENGLISH))).toEqual(english);
  });

  it('are German through the German translator: years, footer and axis', () => {
    const german = texts(sceneWords(translatorFor('de', de)));
    expect(german.some((t) => /^\d{4} bis \d{4}$/.test(t))).toBe(true);
    const footer = source(sceneWords(translatorFor('de', de)));
    expect(footer.startsWith('Quelle: ') && footer.endsWith('Erstellt mit Sourceline.')).toBe(true);
    expect(footer).not.toBe(sourceLine(timeline));
  });

  it('date the narrow picture’s captions in the language', () => {
    const german = texts(sceneWords(translatorFor('de', de)), 400);
    expect(german.some((t) => t.includes('17. März 2023'))).toBe(true);
  });
});
