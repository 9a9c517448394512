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
  it('downloads the dataset as JSON and CSV, the source text, and the view as SVG', async () => {
    const saved = captureDownloads();
    renderWithStore(<ExportMenu />);
    await userEvent.click(screen.getByText('Export and cite'));
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
    await userEvent.click(screen.getByRole('button', { name: 'Cite this timeline' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cite this timeline' });
    const value = (label: string) =>
      within(dialog).getByLabelText<HTMLTextAreaElement>(label).value;
    expect(value('The timeline')).toContain('Interactive timeline, made with Sourceline.');
    expect(value('Its source article')).toContain('The New York Times.');
  });
});

describe('DatasetPicker', () => {
  it('lists every dataset of data/ and opens the chosen one by ?data=', async () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(2);
    const assign = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({
      ...window.location,
      href: 'https://example.org/app/?theme=dark&event=x',
      search: '?theme=dark&event=x',
      assign,
    });
    renderWithStore(<DatasetPicker />);
    const select = screen.getByRole('combobox', { name: 'Timeline' });
    const options = within(select).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(catalogue.map((entry) => entry.title));
    const other = catalogue.find((entry) => entry.name !== 'icc-putin-warrant');
    await userEvent.selectOptions(select, other?.name ?? '');
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(assign).toHaveBeenCalledWith(
      `https://example.org/app/?theme=dark&data=${encodeURIComponent(other?.url ?? '')}`,
    );
  });

  it('is not shown in an embed', () => {
    renderWithStore(<DatasetPicker />, { embed: true });
    expect(screen.queryByRole('combobox', { name: 'Timeline' })).toBeNull();
  });
});
