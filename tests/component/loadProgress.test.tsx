// The loading screen's progress: a line of status at once, a bar only once a load has run for
// 200 ms (a quick load never flashes one), determinate with the counts once they are known.
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LoadProgress, SHOW_PROGRESS_AFTER_MS } from '../../src/app/loading/LoadProgress.tsx';
import fr from '../../src/components/i18n/catalogs/fr.ts';
import { translatorFor } from '../../src/components/i18n/loadTranslator.ts';
import { TranslatorContext } from '../../src/components/i18n/translator.tsx';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('LoadProgress', () => {
  it('shows no bar before 200 ms, then an indeterminate one while the file is read', () => {
    render(<LoadProgress progress={null} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the timeline…');
    expect(screen.queryByRole('progressbar')).toBeNull();
    act(() => {
      vi.advanceTimersByTime(SHOW_PROGRESS_AFTER_MS - 1);
    });
    expect(screen.queryByRole('progressbar')).toBeNull();
    act(() => {
      vi.advanceTimersByTime(1);
    });
    const bar = screen.getByRole('progressbar', { name: 'Loading the timeline' });
    expect(bar).not.toHaveAttribute('value');
  });

  it('counts the events checked, in words and on the bar', () => {
    const { rerender } = render(<LoadProgress progress={{ done: 0, total: 100_000 }} />);
    act(() => {
      vi.advanceTimersByTime(SHOW_PROGRESS_AFTER_MS);
    });
    rerender(<LoadProgress progress={{ done: 48_000, total: 100_000 }} />);
    expect(screen.getByRole('status')).toHaveTextContent('Checking 48,000 of 100,000 events');
    const bar = screen.getByRole('progressbar', { name: 'Loading the timeline' });
    expect(bar).toHaveAttribute('max', '100000');
    expect(bar).toHaveAttribute('value', '48000');
    // Every event checked: what is left is drawing them, and the words say so.
    rerender(<LoadProgress progress={{ done: 100_000, total: 100_000 }} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Events checked: 100,000. Drawing the timeline…',
    );
  });

  it('says "about" of a total reckoned while a long file is read in parts, to two figures', () => {
    const { rerender } = render(<LoadProgress progress={{ done: 0, total: 0 }} />);
    act(() => {
      vi.advanceTimersByTime(SHOW_PROGRESS_AFTER_MS);
    });
    rerender(<LoadProgress progress={{ done: 48_210, total: 99_871, about: true }} />);
    expect(screen.getByRole('status')).toHaveTextContent('Checking 48,210 of about 100,000 events');
    const bar = screen.getByRole('progressbar', { name: 'Loading the timeline' });
    expect(bar).toHaveAttribute('max', '99871');
    expect(bar).toHaveAttribute('value', '48210');
    rerender(<LoadProgress progress={{ done: 1_595, total: 1_712, about: true }} />);
    expect(screen.getByRole('status')).toHaveTextContent('Checking 1,595 of about 1,700 events');
    // Counted at the last part: no longer "about".
    rerender(<LoadProgress progress={{ done: 100_000, total: 100_000 }} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Events checked: 100,000. Drawing the timeline…',
    );
  });

  it('writes the counts the reader’s way', () => {
    render(
      <TranslatorContext.Provider value={translatorFor('fr', fr)}>
        <LoadProgress progress={{ done: 48_000, total: 100_000 }} />
      </TranslatorContext.Provider>,
    );
    act(() => {
      vi.advanceTimersByTime(SHOW_PROGRESS_AFTER_MS);
    });
    const expected = `Vérification des événements : ${(48_000).toLocaleString('fr')} sur ${(100_000).toLocaleString('fr')}`;
    // Exactly, narrow no-break spaces and all (toHaveTextContent would make them spaces).
    expect(screen.getByRole('status').textContent).toBe(expected);
  });
});
