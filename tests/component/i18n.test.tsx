// The browse chrome in French and Ukrainian, queried by role and name as a reader would.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import fr from '../../src/components/i18n/catalogs/fr.ts';
import uk from '../../src/components/i18n/catalogs/uk.ts';
import { translatorFor } from '../../src/components/i18n/loadTranslator.ts';
import { BrowseMode } from '../../src/modes/BrowseMode.tsx';
import { provenanceIn } from '../../src/components/source/EventDetails.tsx';
import { ENGLISH } from '../../src/components/i18n/translator.tsx';
import { dateSourceText } from '../../src/model/dates/dateSourceText.ts';
import { Timeline } from '../../src/components/timeline/Timeline.tsx';
import de from '../../src/components/i18n/catalogs/de.ts';
import { renderWithStore } from '../support/renderApp.tsx';
import { DAY, date, event, timelineOf } from '../support/synthetic.ts';
import { inLanguage } from '../support/inLanguage.tsx';

beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => 1200,
  });
});

describe('the browse chrome in French', () => {
  it('names the zoom buttons, the legend, the list and the empty details in French', () => {
    renderWithStore(inLanguage('fr', fr, <BrowseMode />));
    const zoom = screen.getByRole('group', { name: 'Zoom' });
    expect(within(zoom).getByRole('button', { name: 'Zoomer' })).toHaveAttribute(
      'title',
      'Zoomer (+)',
    );
    expect(within(zoom).getByRole('button', { name: 'Dézoomer' })).toBeInTheDocument();
    expect(within(zoom).getByRole('button', { name: 'Tout' })).toBeInTheDocument();
    expect(screen.getByText('Légende')).toBeInTheDocument();
    expect(screen.getByText('Les 19 événements sous forme de liste')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Aucun événement sélectionné' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Frise chronologique' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Zoom in' })).toBeNull();
  });

  it('names the description’s button in French, both ways', async () => {
    renderWithStore(inLanguage('fr', fr, <BrowseMode />));
    const more = screen.getByRole('button', { name: 'Lire la suite' });
    await userEvent.click(more);
    expect(more).toHaveAccessibleName('Afficher moins');
    expect(screen.queryByRole('button', { name: 'Read more' })).toBeNull();
  });

  it('shows the selected event’s date and labels in French', () => {
    renderWithStore(inLanguage('fr', fr, <BrowseMode />), { selectedId: 'icc-warrant-putin' });
    const details = screen.getByRole('region', { name: /Putin|Poutine/ });
    expect(within(details).getByText('17 mars 2023')).toBeInTheDocument();
    expect(within(details).getByText('Acteurs')).toBeInTheDocument();
    expect(
      within(details).getAllByRole('button', { name: 'Voir dans l’article' }).length,
    ).toBeGreaterThan(0);
  });
});

describe('the timeline and the source in French', () => {
  it('names each mark with its date in French, and heads the article in French', () => {
    renderWithStore(inLanguage('fr', fr, <BrowseMode />));
    const marks = within(
      screen.getByRole('list', {
        name: /^19 événements dans l’ordre chronologique, de 1993 à 2023$/,
      }),
    );
    const warrant = marks
      .getAllByRole('button')
      .find((b) => b.getAttribute('data-event-id') === 'icc-warrant-putin');
    expect(warrant?.getAttribute('aria-label')).toMatch(/, 17 mars 2023\u2069?, /);
    expect(warrant?.getAttribute('title')).toMatch(/ — \u2068?17 mars 2023/);
    expect(screen.getByRole('heading', { name: 'La source' })).toBeInTheDocument();
  });
});

describe('the browse chrome in Ukrainian', () => {
  it('names the controls in Ukrainian and dates the list in Ukrainian', async () => {
    renderWithStore(inLanguage('uk', uk, <BrowseMode />), { selectedId: 'icc-warrant-putin' });
    expect(screen.getByRole('group', { name: 'Масштаб' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Наблизити' })).toBeInTheDocument();
    const details = screen.getByRole('region', { name: /Putin/ });
    expect(within(details).getByText('17 березня 2023 р.')).toBeInTheDocument();
    await userEvent.click(screen.getByText('Усі події списком (19)'));
    // The list's rows load when it is first opened.
    expect(
      await screen.findByRole('button', { name: /^17 березня 2023 р\./, pressed: true }),
    ).toBeInTheDocument();
  });
});

describe('a cluster in German', () => {
  it('is counted and named in German, with its date through Intl', () => {
    const day = Date.UTC(1850, 0, 1);
    const acts = Array.from({ length: 60 }, (_, i) =>
      event(
        `act-${i}`,
        'Parliament',
        date(day, 365, { precision: 'year', label: '1850' }),
        `Act ${i}`,
      ),
    );
    const timeline = timelineOf([...acts, event('later', 'Parliament', date(day + 9000 * DAY))]);
    renderWithStore(inLanguage('de', de, <Timeline />), {}, timeline);
    const cluster = screen.getByRole('button', {
      name: '60 Ereignisse, alle mit Beginn 1850. Als Liste zeigen.',
    });
    expect(cluster).toHaveTextContent('60');
    expect(cluster.getAttribute('title')).toMatch(
      /^60 Ereignisse, \u2068?alle mit Beginn 1850\u2069?$/,
    );
  });
});

describe('where a date comes from', () => {
  it('is worded in English exactly as dateSourceText words it, and in French from the catalog', () => {
    const sources = [
      { kind: 'article' },
      { kind: 'inferred', basis: 'b' },
      { kind: 'record', record: 'r' },
    ] as const;
    for (const source of sources) {
      expect(provenanceIn(source.kind, ENGLISH.t)).toBe(dateSourceText(source).short);
      expect(provenanceIn(source.kind, translatorFor('fr', fr).t)).not.toBe(
        dateSourceText(source).short,
      );
    }
  });
});
