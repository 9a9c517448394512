// The studio's "Publish" section by role and name: the dataset folder as a zip, the citations as
// Web Annotations, and the embed snippet for the address the dataset will be published at (the
// reader's own snippet, with a copy button).
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Studio } from '../../src/studio/Studio.tsx';
import { DATASET_JSON, SOURCE_TEXT } from '../unit/model/fixtures.ts';
import { testPlaces } from './studioPlaces.ts';
import { bytesOf, captureDownloads } from '../support/captureDownloads.ts';

afterEach(() => vi.restoreAllMocks());

/** The studio with the ICC dataset (its text inside it) opened. */
async function studioWithIcc() {
  const user = userEvent.setup();
  render(<Studio places={testPlaces()} />);
  await screen.findByLabelText('Title');
  const data = JSON.parse(DATASET_JSON) as { source: Record<string, unknown> };
  delete data.source['file'];
  data.source['text'] = SOURCE_TEXT;
  await user.upload(
    screen.getByLabelText(/^Or open a dataset/),
    new File([JSON.stringify(data)], 'icc.json'),
  );
  await screen.findByText(/Valid: 19 events/, {}, { timeout: 10_000 });
  return { user, section: screen.getByRole('region', { name: '5. Publish' }) };
}

describe('publishing from the studio', () => {
  it('downloads the dataset folder as a zip and the citations as Web Annotations', async () => {
    const saved = captureDownloads();
    const { user, section } = await studioWithIcc();
    await user.click(within(section).getByRole('button', { name: 'Download zip' }));
    await within(section).findByText(/Downloaded .*\.zip: a dataset folder/);
    const zip = await bytesOf(saved[0]?.blob);
    expect(saved[0]?.name).toMatch(/^[a-z0-9-]+\.zip$/);
    expect([...zip.slice(0, 2)]).toEqual([0x50, 0x4b]); // "PK"

    await user.click(within(section).getByRole('button', { name: 'Download annotations' }));
    expect(
      within(section).getByText(/Downloaded .*-annotations\.jsonld: \d+ annotations/),
    ).toBeInTheDocument();
    expect(saved[1]?.name).toMatch(/-annotations\.jsonld$/);
  });

  it('refuses to publish an empty draft, saying why', async () => {
    const user = userEvent.setup();
    render(<Studio places={testPlaces()} />);
    const section = await screen.findByRole('region', { name: '5. Publish' });
    await user.click(within(section).getByRole('button', { name: 'Download zip' }));
    expect(
      await within(section).findByText('Add at least one event before downloading.'),
    ).toBeInTheDocument();
  });

  it('builds the reader’s embed snippet for the published address, and copies it', async () => {
    const { user, section } = await studioWithIcc();
    expect(within(section).queryByLabelText('Embed snippet')).toBeNull();
    const address = within(section).getByLabelText('Address the dataset will be published at');
    expect(address).toHaveAccessibleDescription(/same site as the reader/);
    await user.type(address, 'https://elsewhere.example/mine.json');
    expect(within(section).getByText(/loads datasets only from its own site/)).toBeInTheDocument();
    await user.clear(address);
    const published = new URL('/timelines/mine.json', window.location.href).href;
    await user.type(address, published);
    const code = within(section).getByLabelText<HTMLTextAreaElement>('Embed snippet');
    const reader = new URL('./index.html', window.location.href).href;
    expect(code.value).toContain(
      `src="${reader}?embed=1&amp;data=${encodeURIComponent(published)}"`,
    );
    expect(code.value).toContain(`<script src="${new URL('./embed.js', reader).href}" async>`);
    await user.click(within(section).getByRole('button', { name: 'Copy the embed snippet' }));
    expect(await navigator.clipboard.readText()).toBe(code.value);
    await waitFor(() => expect(within(section).getByText('Copied')).toBeInTheDocument());
  });
});
