// The language picker: a disclosure of links to this view in each language, in step with the view.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LanguagePicker } from '../../src/components/browse/LanguagePicker.tsx';
import ar from '../../src/components/i18n/catalogs/ar.ts';
import { translatorFor } from '../../src/components/i18n/loadTranslator.ts';
import { TranslatorContext } from '../../src/components/i18n/translator.tsx';
import { renderWithStore } from '../support/renderApp.tsx';

describe('LanguagePicker', () => {
  it('offers each language by its own name, linking to this view in it', async () => {
    const { store } = renderWithStore(<LanguagePicker />);
    const summary = screen.getByText('Language:', { exact: false }).closest('summary');
    expect(summary).toHaveTextContent('Language: EN');
    await userEvent.click(summary!);
    const list = await screen.findByRole('list', { name: 'Language' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['English', 'Français', 'Español', 'Deutsch', 'Українська', 'العربية']);
    const french = within(list).getByRole('link', { name: 'Français' });
    expect(french).toHaveAttribute('lang', 'fr');
    expect(french).toHaveAttribute('hreflang', 'fr');
    expect(french).toHaveAttribute('href', '?lang=fr');
    // The current language is where the reader is: named, not linked.
    expect(within(list).queryByRole('link', { name: 'English' })).toBeNull();
    expect(within(list).getAllByRole('link')).toHaveLength(5);
    act(() => store.getState().actions.select('icc-warrant-putin'));
    // The list is a lazy chunk: on a loaded machine its store subscription can be attached only
    // after the selection, and the update comes a render later. Found anew, not the old node.
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Language' })).getByRole('link', {
          name: 'Français',
        }),
      ).toHaveAttribute('href', '?event=icc-warrant-putin&lang=fr'),
    );
  });

  it('names itself in the current language, and links back to English', async () => {
    renderWithStore(
      <TranslatorContext.Provider value={translatorFor('ar', ar)}>
        <LanguagePicker />
      </TranslatorContext.Provider>,
    );
    const summary = screen.getByText('اللغة:', { exact: false }).closest('summary');
    expect(summary).toHaveTextContent('اللغة: AR');
    await userEvent.click(summary!);
    const list = await screen.findByRole('list', { name: 'اللغة' });
    expect(within(list).queryByRole('link', { name: 'العربية' })).toBeNull();
    expect(within(list).getByRole('link', { name: 'English' })).toHaveAttribute('href', '?lang=en');
  });
});
