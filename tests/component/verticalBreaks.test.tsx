// The vertical (phone) view's breaks over long empty stretches say how long they are in the
// page's language, not in English whatever the language.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ar from '../../src/components/i18n/catalogs/ar.ts';
import fr from '../../src/components/i18n/catalogs/fr.ts';
import uk from '../../src/components/i18n/catalogs/uk.ts';
import { translatorFor } from '../../src/components/i18n/loadTranslator.ts';
import type { Catalog, TranslatedLocale } from '../../src/components/i18n/loadTranslator.ts';
import { ENGLISH } from '../../src/components/i18n/translator.tsx';
import { Timeline } from '../../src/components/timeline/Timeline.tsx';
import { gapLabel } from '../../src/components/timeline/VerticalBackdrop.tsx';
import { renderWithStore } from '../support/renderApp.tsx';
import { inLanguage } from '../support/inLanguage.tsx';

const YEAR = 365.2425 * 86_400_000;

/** The breaks' words, top to bottom. */
function breakLabels(container: HTMLElement): string[] {
  return [...container.querySelectorAll('.timeline__break text')].map((n) => n.textContent);
}

describe('the vertical view’s breaks', () => {
  // jsdom lays nothing out: give the timeline a phone's width, so it is drawn down the page.
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(390);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('are in English on an English page', () => {
    const { container } = renderWithStore(<Timeline />);
    const labels = breakLabels(container);
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(/^\d+ (years|months) later$|^later$/);
  });

  it('are in French on a French page, with no English left', () => {
    const { container } = renderWithStore(inLanguage('fr', fr, <Timeline />));
    const labels = breakLabels(container);
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(/^\d+ (ans|mois) plus tard$|^plus tard$/);
  });
});

describe('gapLabel', () => {
  const t = (locale: TranslatedLocale, catalog: Catalog) => translatorFor(locale, catalog).t;

  it('counts whole years from two, months from two, and says only "later" below', () => {
    expect(gapLabel(0, 23.2 * YEAR, ENGLISH.t)).toBe('23 years later');
    expect(gapLabel(0, 1.5 * YEAR, ENGLISH.t)).toBe('18 months later');
    expect(gapLabel(0, YEAR / 24, ENGLISH.t)).toBe('later');
  });

  it('follows each language’s plural rules', () => {
    expect(gapLabel(0, 2 * YEAR, t('uk', uk))).toBe('через 2 роки');
    expect(gapLabel(0, 5 * YEAR, t('uk', uk))).toBe('через 5 років');
    expect(gapLabel(0, 21 * YEAR, t('uk', uk))).toBe('через 21 рік');
    expect(gapLabel(0, 2 * YEAR, t('ar', ar))).toBe('بعد سنتين');
    expect(gapLabel(0, 2 * YEAR, t('fr', fr))).toBe('2 ans plus tard');
  });
});
