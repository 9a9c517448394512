/**
 * Presentation mode, the Embed and Cite dialogs, the error screen and the dataset's own language,
 * in French and Arabic (and English where it must stay as it was), by role and name.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import ar from '../../src/components/i18n/catalogs/ar.ts';
import fr from '../../src/components/i18n/catalogs/fr.ts';
import { EmbedButton } from '../../src/components/embed/EmbedButton.tsx';
import { ExportMenu } from '../../src/components/export/ExportMenu.tsx';
import { EventDetails } from '../../src/components/source/EventDetails.tsx';
import { ErrorScreen } from '../../src/app/ErrorScreen.tsx';
import { Notices } from '../../src/components/browse/Notices.tsx';
import { parseUrlParams } from '../../src/store/urlParams.ts';
import { PresentMode } from '../../src/modes/PresentMode.tsx';
import { installDialogStandIn } from '../support/dialog.ts';
import { iccTimeline } from '../support/iccTimeline.ts';
import { renderWithStore } from '../support/renderApp.tsx';
import { inLanguage } from '../support/inLanguage.tsx';

const WARRANT = 'icc-warrant-putin';

beforeAll(installDialogStandIn);
beforeEach(() => {
  window.history.replaceState(null, '', '/timeline/index.html?lang=fr');
});

describe('presentation mode', () => {
  it('in French: buttons, counter, slide date and provenance, strip and live region', () => {
    const count = iccTimeline().events.length + 1;
    const index = iccTimeline().events.findIndex((e) => e.id === WARRANT) + 2;
    renderWithStore(inLanguage('fr', fr, <PresentMode />), { selectedId: WARRANT });
    expect(screen.getByRole('button', { name: 'Précédente' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Suivante' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Quitter' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Next' })).toBeNull();
    expect(screen.getByText(`Diapositive ${index} sur ${count}`)).toBeInTheDocument();
    expect(document.querySelector('.slide__date-label')).toHaveTextContent('17 mars 2023');
    expect(
      screen.getByRole('navigation', { name: 'Tous les événements : aller à une diapositive' }),
    ).toBeInTheDocument();
    const live = document.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toMatch(new RegExp(`^Diapositive ${index} sur ${count} : `));
  });

  it('in Arabic: the title slide counts its events with the Arabic plural, and names its keys', () => {
    renderWithStore(inLanguage('ar', ar, <PresentMode />));
    expect(screen.getByRole('button', { name: 'التالية' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'خروج' })).toBeInTheDocument();
    const slide = screen.getByRole('heading', { level: 1 }).closest('section');
    expect(slide).not.toBeNull();
    const kicker = slide?.querySelector('.slide__kicker')?.textContent ?? '';
    expect(kicker).toMatch(/حدث|أحداث/);
    expect(kicker).not.toMatch(/events|to/);
    expect(within(slide as HTMLElement).getByText('ملء الشاشة', { exact: false })).toBeVisible();
  });

  it('in English, as it was', () => {
    renderWithStore(<PresentMode />);
    expect(screen.getByRole('button', { name: 'Next' })).toBeEnabled();
    expect(document.querySelector('.slide__hint')).toHaveTextContent(
      '→ or Page Down next · ← or Page Up back · F full screen · Esc leave',
    );
  });
});

describe('the Embed dialog', () => {
  it('in French, with ?lang= carried into the snippet', async () => {
    const user = userEvent.setup();
    renderWithStore(inLanguage('fr', fr, <EmbedButton />), { selectedId: WARRANT });
    await user.click(screen.getByRole('button', { name: 'Intégrer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Intégrer cette frise' });
    expect(within(dialog).getByRole('combobox', { name: 'Événement de départ' })).toHaveValue(
      WARRANT,
    );
    expect(within(dialog).getByRole('radio', { name: 'Sombre' })).toBeInTheDocument();
    expect(within(dialog).getByRole('group', { name: 'Apparence' })).toBeInTheDocument();
    const code = within(dialog).getByRole('textbox', { name: 'Code d’intégration' });
    const snippet = (code as HTMLTextAreaElement).value;
    expect(snippet).toMatch(/src="[^"]*[?;]lang=fr[&"]/);
    expect(snippet).toContain('— frise chronologique interactive');
    expect(within(dialog).getByRole('button', { name: 'Copier' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Fermer' })).toBeInTheDocument();
  });

  it('in Arabic', async () => {
    window.history.replaceState(null, '', '/timeline/index.html?lang=ar');
    const user = userEvent.setup();
    renderWithStore(inLanguage('ar', ar, <EmbedButton />));
    await user.click(screen.getByRole('button', { name: 'تضمين' }));
    const dialog = await screen.findByRole('dialog', { name: 'تضمين هذا الخط الزمني' });
    const code = within(dialog).getByRole('textbox', { name: 'شيفرة التضمين' });
    expect((code as HTMLTextAreaElement).value).toMatch(/src="[^"]*[?;]lang=ar[&"]/);
  });

  it('without ?lang=, the snippet has none', async () => {
    window.history.replaceState(null, '', '/timeline/index.html');
    const user = userEvent.setup();
    renderWithStore(<EmbedButton />);
    await user.click(screen.getByRole('button', { name: 'Embed' }));
    const dialog = await screen.findByRole('dialog', { name: 'Embed this timeline' });
    const code = within(dialog).getByRole('textbox', { name: 'Embed code' });
    expect((code as HTMLTextAreaElement).value).not.toContain('lang=');
  });
});

describe('the Cite dialog', () => {
  it('in French and in Arabic', async () => {
    for (const [locale, catalog, menu, open, title, copy] of [
      [
        'fr',
        fr,
        'Exporter et citer',
        'Citer cette frise',
        'Citer cette frise',
        'Copier la référence de la frise',
      ],
      [
        'ar',
        ar,
        'تصدير واقتباس',
        'اقتبس هذا الخط الزمني',
        'اقتبس هذا الخط الزمني',
        'انسخ توثيق الخط الزمني',
      ],
    ] as const) {
      const user = userEvent.setup();
      const { unmount } = renderWithStore(inLanguage(locale, catalog, <ExportMenu />));
      // The menu's panel, with the button, is made as the menu opens.
      await user.click(screen.getByText(menu));
      await user.click(await screen.findByRole('button', { name: open }));
      const dialog = await screen.findByRole('dialog', { name: title });
      expect(within(dialog).getByRole('button', { name: copy })).toBeInTheDocument();
      unmount();
    }
  });
});

describe('the error screen', () => {
  it('in French, its own words translated and the dataset’s problems as validation wrote them', () => {
    render(
      inLanguage(
        'fr',
        fr,
        <ErrorScreen
          what="dataset"
          problems={[{ where: 'events[0].date', message: 'is empty' }]}
        />,
      ),
    );
    expect(
      screen.getByRole('heading', { name: 'Impossible d’afficher cette frise' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Le jeu de données à cette adresse a un problème\./)).toBeVisible();
    expect(screen.getByText('events[0].date')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ouvrir la frise intégrée' })).toBeInTheDocument();
  });

  it('in English, as it was', () => {
    render(
      <ErrorScreen
        what="dataset"
        problems={[
          { where: 'a', message: 'b' },
          { where: 'c', message: 'd' },
        ]}
      />,
    );
    expect(
      screen.getByText(/^The dataset at this address has 2 problems\. Nothing was drawn/),
    ).toBeVisible();
  });
});

describe('the dataset’s own language', () => {
  it('is set on the event’s title and summary, and the source’s on its quotes', () => {
    const base = iccTimeline();
    const timeline = {
      ...base,
      language: 'en-GB',
      sources: base.sources.map((s) => ({ ...s, language: 'en-US' })),
    };
    renderWithStore(inLanguage('uk', fr, <EventDetails />), { selectedId: WARRANT }, timeline);
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading).toHaveAttribute('lang', 'en-GB');
    const quotes = document.querySelectorAll('blockquote');
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(quote).toHaveAttribute('lang', 'en-US');
  });

  it('is set on a slide’s title, summary and quotes', () => {
    const base = iccTimeline();
    const timeline = {
      ...base,
      language: 'en-GB',
      sources: base.sources.map((s) => ({ ...s, language: 'en-US' })),
    };
    renderWithStore(inLanguage('ar', ar, <PresentMode />), { selectedId: WARRANT }, timeline);
    expect(screen.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en-GB');
    expect(document.querySelector('.slide__summary')).toHaveAttribute('lang', 'en-GB');
    for (const quote of document.querySelectorAll('blockquote'))
      expect(quote).toHaveAttribute('lang', 'en-US');
  });

  it('is not said where the dataset does not say it', () => {
    renderWithStore(<EventDetails />, { selectedId: WARRANT });
    expect(screen.getByRole('heading', { level: 2 })).not.toHaveAttribute('lang');
  });
});

describe('a notice about the link', () => {
  it('is said in French, the link’s own words kept as text', () => {
    const { notices } = parseUrlParams('?event=%3Cb%3Ex%3C%2Fb%3E', 'https://news.example/');
    renderWithStore(inLanguage('fr', fr, <Notices />), { notices });
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(
      'Le lien désigne un événement non valide (« <b>x</b> ») : aucun événement n’est donc sélectionné.',
    );
    expect(within(status).getByRole('button', { name: 'Fermer le message' })).toBeInTheDocument();
  });

  it('is said in English as before', () => {
    const { notices } = parseUrlParams('?lang=xx', 'https://news.example/');
    renderWithStore(<Notices />, { notices });
    expect(screen.getByRole('status')).toHaveTextContent(
      'The link asks for a language this page does not have (“xx”), so it follows your browser’s language.',
    );
  });
});
