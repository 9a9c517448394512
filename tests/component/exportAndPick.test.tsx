// The "Export and cite" menu and the dataset picker, used as a person would: by role and name.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogue } from 'virtual:sourceline-datasets';
import { DatasetPicker } from '../../src/components/browse/DatasetPicker.tsx';
import { ExportMenu } from '../../src/components/export/ExportMenu.tsx';
import { renderWithStore } from '../support/renderApp.tsx';
import { captureDownloads, textOf } from '../support/captureDownloads.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ExportMenu', () => {
  it('holds no panel until it is opened, then the panel’s code loads and it is there', async () => {
    renderWithStore(<ExportMenu />);
    expect(screen.queryByRole('button', { name: /Dataset \(JSON\)/ })).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
    await userEvent.click(screen.getByText('Export and cite'));
    expect(await screen.findByRole('button', { name: /Dataset \(JSON\)/ })).toBeVisible();
  });

  it('downloads the dataset as JSON and CSV, the source text, and the view as SVG', async () => {
    const saved = captureDownloads();
    renderWithStore(<ExportMenu />);
    await userEvent.click(screen.getByText('Export and cite'));
    // The panel's code loads as the menu opens.
    await screen.findByRole('group', { name: 'Download the dataset' });
    for (const name of [/Dataset \(JSON\)/, /Dataset \(CSV/, /Source text/, /This view \(SVG\)/]) {
      await userEvent.click(screen.getByRole('button', { name }));
    }
    await waitFor(() => expect(saved).toHaveLength(4));
    // Each exporter loads on demand, so the files may arrive in any order.
    const file = (pattern: RegExp) => saved.find((entry) => pattern.test(entry.name));
    const [json, csv, source, svg] = [/\.json$/, /\.csv$/, /\.txt$/, /\.svg$/].map(file);
    expect(json?.name).toMatch(/^the-united-states-the-icc.*\.json$/);
    expect(JSON.parse(await textOf(json?.blob))).toMatchObject({
      events: expect.any(Array),
    });
    expect((await textOf(csv?.blob)).startsWith('Year,Month,Day,Time,End Year')).toBe(true);
    expect(source?.name).toBe('icc-putin-warrant-2023-03-17.txt');
    expect(await textOf(svg?.blob)).toMatch(
      /^<\?xml[\s\S]*<svg[\s\S]*Clinton signs the Rome Statute/,
    );
    // The status speaks for the last button pressed, whichever exporter finished last.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/Saved .*\.svg/));
  });

  it('opens "Cite this timeline" with both citations ready to copy', async () => {
    renderWithStore(<ExportMenu />);
    await userEvent.click(screen.getByText('Export and cite'));
    await userEvent.click(await screen.findByRole('button', { name: 'Cite this timeline' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cite this timeline' });
    const value = (label: string) =>
      within(dialog).getByLabelText<HTMLTextAreaElement>(label).value;
    expect(value('The timeline')).toContain('Interactive timeline, made with Sourceline.');
    expect(value('Its source article')).toContain('The New York Times.');
  });
});

describe('DatasetPicker', () => {
  const mockLocation = (search: string) =>
    vi.spyOn(window, 'location', 'get').mockReturnValue({
      ...window.location,
      href: `https://example.org/app/${search}`,
      search,
    });
  const other = catalogue.find((entry) => entry.name !== 'icc-putin-warrant');

  it('lists every dataset of data/, each a link that opens it by ?data=, the page’s own unlinked', async () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(2);
    mockLocation('?theme=dark&event=x');
    renderWithStore(<DatasetPicker />);
    await userEvent.click(screen.getByText('Timelines'));
    const list = screen.getByRole('list', { name: 'Timelines' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(catalogue.map((entry) => entry.title));
    // The built-in timeline is where the page is: named, not linked.
    const here = catalogue.find((entry) => entry.name === 'icc-putin-warrant');
    expect(within(list).queryByRole('link', { name: here?.title ?? '' })).toBeNull();
    const named = within(list).getByText(here?.title ?? '');
    // Each title is the dataset's own words, isolated in a <bdi>.
    expect(named.tagName).toBe('BDI');
    expect(named.closest('strong')).toHaveAttribute('aria-current', 'page');
    // The other keeps the page's theme and leaves its selected event behind.
    expect(within(list).getByRole('link', { name: other?.title ?? '' })).toHaveAttribute(
      'href',
      `?theme=dark&data=${encodeURIComponent(other?.url ?? '')}`,
    );
  });

  it('on a dataset of data/ opened by ?data=, links the built-in timeline back', async () => {
    mockLocation(`?data=${other?.url ?? ''}`);
    renderWithStore(<DatasetPicker />);
    await userEvent.click(screen.getByText('Timelines'));
    const list = screen.getByRole('list', { name: 'Timelines' });
    expect(
      within(list)
        .getByText(other?.title ?? '')
        .closest('strong'),
    ).toHaveAttribute('aria-current', 'page');
    const builtIn = catalogue.find((entry) => entry.name === 'icc-putin-warrant');
    expect(within(list).getByRole('link', { name: builtIn?.title ?? '' })).toHaveAttribute(
      'href',
      '?',
    );
  });

  it('names a ?data= timeline from outside data/ first, as the page’s own', async () => {
    mockLocation('?data=elsewhere/mine.json');
    renderWithStore(<DatasetPicker />);
    await userEvent.click(screen.getByText('Timelines'));
    const items = within(screen.getByRole('list', { name: 'Timelines' })).getAllByRole('listitem');
    expect(items).toHaveLength(catalogue.length + 1);
    expect(items[0]?.textContent).toBe('The United States, the ICC and the warrant for Putin');
    expect(within(items[0] as HTMLElement).queryByRole('link')).toBeNull();
    expect(within(items[1] as HTMLElement).getByRole('link')).toHaveAttribute('href');
  });

  it('is not shown in an embed', () => {
    renderWithStore(<DatasetPicker />, { embed: true });
    expect(screen.queryByText('Timelines')).toBeNull();
  });
});
