// A lone event that finds no free row is drawn as a cluster of one: named as one event, in
// English and in a translated language, never "1 events … them".
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import de from '../../src/components/i18n/catalogs/de.ts';
import { translatorFor } from '../../src/components/i18n/loadTranslator.ts';
import { TranslatorContext } from '../../src/components/i18n/translator.tsx';
import { ClusterMark } from '../../src/components/timeline/ClusterMark.tsx';
import { clusterItem } from '../support/synthetic.ts';

function drawn(count: number, rangeLabel: string) {
  return (
    <ClusterMark
      item={clusterItem(count)}
      rangeLabel={rangeLabel}
      tabbable
      onZoom={() => {}}
      onList={() => {}}
      onKeyDown={() => {}}
    />
  );
}

describe('a cluster of one event', () => {
  it('is named as one event, in English', () => {
    render(drawn(1, '3 June 1912'));
    const button = screen.getByRole('button', { name: '1 event, 3 June 1912. Zoom in to see it.' });
    expect(button.getAttribute('title')).toBe('1 event, 3 June 1912');
  });

  it('keeps the plural for several', () => {
    render(drawn(5, '1910 to 1912'));
    expect(
      screen.getByRole('button', { name: '5 events, 1910 to 1912. Zoom in to see them.' }),
    ).toBeTruthy();
  });

  it('is named as one event in German too', () => {
    render(
      <TranslatorContext.Provider value={translatorFor('de', de)}>
        {drawn(1, '3. Juni 1912')}
      </TranslatorContext.Provider>,
    );
    expect(
      screen.getByRole('button', { name: '1 Ereignis, 3. Juni 1912. Vergrößern, um es zu sehen.' }),
    ).toBeTruthy();
  });
});
