// The studio in French and in Arabic, by role and name: its headings, fields, buttons, the date
// finder's status and proposals, the preview and the drafts list, in the language (the date
// finder's reasoning stays English, marked so).
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ar from '../../src/components/i18n/catalogs/ar.ts';
import fr from '../../src/components/i18n/catalogs/fr.ts';
import { Studio } from '../../src/studio/Studio.tsx';
import { testPlaces } from './studioPlaces.ts';
import { inLanguage } from '../support/inLanguage.tsx';

const ARTICLE =
  'The court was created two decades ago. President Bill Clinton signed the treaty in 2000. ' +
  'Then Russia invaded Ukraine last year.';

describe('the studio in French', () => {
  it('names its headings, fields and buttons in French, and proposes dates in French', async () => {
    render(inLanguage('fr', fr, <Studio places={testPlaces()} />));
    expect(await screen.findByRole('heading', { name: 'Vos brouillons' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nouveau brouillon' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Brouillons' })).toHaveTextContent(
      'Brouillon sans titre (ouvert)',
    );
    expect(screen.getByRole('heading', { name: '1. L’article' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Télécharger le jeu de données' })).toBeVisible();
    expect(screen.queryByText('Source text')).toBeNull();

    fireEvent.change(screen.getByLabelText('Titre'), { target: { value: 'Un article' } });
    fireEvent.change(screen.getByLabelText('Publié le'), { target: { value: '2023-03-17' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Texte source' }), {
      target: { value: ARTICLE },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Trouver les dates' }));
    const list = screen.getByRole('list', { name: 'Événements proposés' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
    expect(
      screen.getByText('3 événements proposés. Ajoutez ceux que vous voulez.'),
    ).toBeInTheDocument();
    // The proposal's date in French ("vers 2003"), its reasoning in English, marked as such.
    expect(within(list).getByText('vers 2003')).toBeInTheDocument();
    const reasoning = within(list).getByText(/in an article of 17 March 2023 → 2022/);
    expect(reasoning).toHaveAttribute('lang', 'en');

    await userEvent.click(within(list).getByRole('button', { name: /^Ajouter 2022/ }));
    expect(within(list).getByText('Ajouté au brouillon')).toBeInTheDocument();
    expect(
      await screen.findByText('Valide : 1 événement, chaque citation trouvée dans l’article.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /^Événement 1 : / })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retirer l’événement 1' })).toBeInTheDocument();
    // The reader's own components in the preview speak French too.
    expect(screen.getByRole('button', { name: 'Zoomer' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '5. Publier' })).toBeInTheDocument();
  });
});

describe('the studio in Arabic', () => {
  it('names its headings, fields and buttons in Arabic', async () => {
    render(inLanguage('ar', ar, <Studio places={testPlaces()} />));
    expect(await screen.findByRole('heading', { name: 'مسوداتك' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'ابحث عن التواريخ' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'نص المصدر' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'الأحداث المقترحة' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '2. التواريخ في المقال' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'تنزيل مجموعة البيانات' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'ابحث عن التواريخ' }));
    expect(screen.getByText('الصق المقال أو افتحه أولًا.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'تنزيل مجموعة البيانات' }));
    expect(screen.getByText('أضف حدثًا واحدًا على الأقل قبل التنزيل.')).toBeInTheDocument();
  });
});
