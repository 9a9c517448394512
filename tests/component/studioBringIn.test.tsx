// Bringing a timeline into the studio to add citations to it: TimelineJS JSON and a TimelineJS
// sheet (CSV), through the reader's own importers, then the article attached afterwards and a
// passage cited. A file it cannot read (binary, malformed, not a dataset) is refused with a
// message and the draft is left as it was.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Studio } from '../../src/studio/Studio.tsx';
import { testPlaces } from './studioPlaces.ts';

const ARTICLE =
  'Rome, 17 July 1998. Delegates adopted the statute of a permanent court. It entered into force in 2002.';

const TIMELINEJS = {
  title: { text: { headline: 'The court' } },
  events: [
    { start_date: { year: '1998', month: '7', day: '17' }, text: { headline: 'Statute adopted' } },
    { start_date: { year: '2002' }, text: { headline: 'Entry into force' } },
  ],
};

const SHEET =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n' +
  '1998,7,17,,,,,,,Statute adopted,,,,,,,,\n' +
  '2002,,,,,,,,,Entry into force,,,,,,,,\n';

const datasetInput = () => screen.getByLabelText(/^Or open a dataset/);
const user = () => userEvent.setup({ applyAccept: false });

async function fresh() {
  render(<Studio places={testPlaces()} />);
  await screen.findByLabelText('Title');
}

describe('bringing a timeline in', () => {
  it('opens TimelineJS JSON, then its article, and cites a passage for an imported event', async () => {
    await fresh();
    await user().upload(datasetInput(), new File([JSON.stringify(TIMELINEJS)], 'court.json'));
    expect(
      await screen.findByText(/Opened “court.json” \(TimelineJS JSON\): 2 events/),
    ).toBeInTheDocument();
    expect(
      screen.getAllByLabelText('Event title').map((f) => (f as HTMLInputElement).value),
    ).toEqual(['Statute adopted', 'Entry into force']);
    // The article, attached afterwards.
    await user().upload(
      screen.getByLabelText('Open a .txt or .html file'),
      new File([ARTICLE], 'court.txt', { type: 'text/plain' }),
    );
    await waitFor(() => expect(screen.getByLabelText('Source text')).toHaveValue(ARTICLE));
    fireEvent.change(screen.getByLabelText('Published'), { target: { value: '2023-03-17' } });
    // Each imported event still needs a passage: the preview says so, event by event.
    expect(await screen.findAllByRole('link', { name: /citations/ })).not.toHaveLength(0);
    const area = screen.getByLabelText<HTMLTextAreaElement>('Source text');
    for (const [event, words] of [
      ['Statute adopted', 'Delegates adopted the statute'],
      ['Entry into force', 'It entered into force in 2002'],
    ] as const) {
      await user().selectOptions(screen.getByLabelText('Cite the selected words for'), event);
      const at = ARTICLE.indexOf(words);
      area.setSelectionRange(at, at + words.length);
      await user().click(screen.getByRole('button', { name: 'Cite the selection' }));
    }
    expect(await screen.findByText(/Valid: 2 events/, {}, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('opens a TimelineJS sheet saved as CSV', async () => {
    await fresh();
    await user().upload(datasetInput(), new File([SHEET], 'court.csv', { type: 'text/csv' }));
    expect(
      await screen.findByText(/Opened “court.csv” \(a TimelineJS sheet\): 2 events/),
    ).toBeInTheDocument();
    expect(
      screen.getAllByLabelText('Date (EDTF)').map((f) => (f as HTMLInputElement).value),
    ).toEqual(['1998-07-17', '2002']);
  });

  it.each([
    ['malformed JSON', new File(['{"events": [1, 2'], 'broken.json'), /is not valid JSON/],
    ['a web page', new File(['<html><body>Not found</body></html>'], 'page.json'), /web page/],
    [
      'a binary file',
      new File([new Uint8Array(4000).map((_, i) => i % 5)], 'photo.json'),
      /looks like binary data/,
    ],
    [
      'JSON that is no dataset',
      new File([JSON.stringify({ hello: 'world' })], 'other.json'),
      /is not a Sourceline dataset/,
    ],
    [
      'a sheet with a bad date',
      new File([SHEET.replace('1998,7,17', '1998,13,17')], 'bad.csv'),
      /\(a TimelineJS sheet\) could not be read: row 2/,
    ],
  ])('refuses %s and leaves the draft as it was', async (_, file, message) => {
    await fresh();
    fireEvent.change(screen.getByLabelText('Source text'), { target: { value: 'Kept.' } });
    await user().upload(datasetInput(), file);
    expect(await screen.findByText(message)).toHaveTextContent(/nothing was changed/i);
    expect(screen.getByLabelText('Source text')).toHaveValue('Kept.');
  });
});
