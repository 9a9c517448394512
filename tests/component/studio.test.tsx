// The studio by role and name, as a person or a screen reader meets it: fill in the article, find
// dates (in jsdom there is no Worker: the finder runs in the page), add a proposal, edit it, undo
// and redo, see a validation problem linked to its field, and find the draft again after a remount.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DATASET_JSON, SOURCE_TEXT } from '../unit/model/fixtures.ts';
import { Studio } from '../../src/studio/Studio.tsx';
import { testPlaces } from './studioPlaces.ts';

const ARTICLE =
  'The court was created two decades ago. President Bill Clinton signed the treaty in 2000. ' +
  'Then Russia invaded Ukraine last year.';

async function fillArticle() {
  await screen.findByLabelText('Title');
  fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'A test article' } });
  fireEvent.change(screen.getByLabelText('Published'), { target: { value: '2023-03-17' } });
  fireEvent.change(screen.getByLabelText('Source text'), { target: { value: ARTICLE } });
  await userEvent.click(screen.getByRole('button', { name: 'Find dates' }));
  const list = screen.getByRole('list', { name: 'Proposed events' });
  await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
  return list;
}

describe('the studio', () => {
  it('proposes dated events with their passage and reasoning, and adds one to the draft', async () => {
    const { container } = render(<Studio places={testPlaces()} />);
    const list = await fillArticle();
    const dates = [...list.querySelectorAll('[data-proposal-date]')].map((li) =>
      li.getAttribute('data-proposal-date'),
    );
    expect(dates).toEqual(['2003~', '2000', '2022']);
    expect(
      within(list).getByText(/‘last year’, in an article of 17 March 2023 → 2022/),
    ).toBeInTheDocument();
    await userEvent.click(within(list).getByRole('button', { name: /^Add 2022/ }));
    expect(within(list).getByText('Added to the draft')).toBeInTheDocument();
    // Drawn by the reader's timeline.
    await waitFor(() => expect(container.querySelectorAll('[data-event-id]')).toHaveLength(1));
  });

  it('undoes and redoes an edit, and links a problem to its field', async () => {
    render(<Studio places={testPlaces()} />);
    const list = await fillArticle();
    await userEvent.click(within(list).getByRole('button', { name: /^Add 2000/ }));
    const title = screen.getByLabelText('Event title');
    const original = (title as HTMLInputElement).value;
    fireEvent.change(title, { target: { value: 'Clinton signs the Rome Statute' } });
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByLabelText('Event title')).toHaveValue(original);
    await userEvent.click(screen.getByRole('button', { name: 'Redo' }));
    expect(screen.getByLabelText('Event title')).toHaveValue('Clinton signs the Rome Statute');

    fireEvent.change(screen.getByLabelText('Date (EDTF)'), { target: { value: '2000-13' } });
    const problem = await screen.findByRole('link', { name: /date: .*2000-13/ });
    await userEvent.click(problem);
    expect(screen.getByLabelText('Date (EDTF)')).toHaveFocus();
  });

  it('keeps the draft in IndexedDB: a remount (a reload) loses nothing', async () => {
    const places = testPlaces();
    const first = render(<Studio places={places} />);
    const list = await fillArticle();
    await userEvent.click(within(list).getByRole('button', { name: /^Add c\. 2003/ }));
    // The Add button goes; focus moves on to the next proposal's, not to the page's start.
    await waitFor(() =>
      expect(within(list).getByRole('button', { name: /^Add 2000/ })).toHaveFocus(),
    );
    first.unmount();
    render(<Studio places={places} />);
    expect(await screen.findByLabelText('Title')).toHaveValue('A test article');
    expect(screen.getByLabelText('Source text')).toHaveValue(ARTICLE);
    expect(screen.getByLabelText('Date (EDTF)')).toHaveValue('2003~');
    expect(screen.getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  it('says at once when the draft cannot be saved', async () => {
    const places = testPlaces();
    places.store = {
      ...places.store,
      put: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
    };
    render(<Studio places={places} />);
    fireEvent.change(await screen.findByLabelText('Title'), { target: { value: 'x' } });
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not be saved.*download/);
  });

  it('cites the words selected in the source text for a new event', async () => {
    const { container } = render(<Studio places={testPlaces()} />);
    await fillArticle();
    const area = screen.getByLabelText<HTMLTextAreaElement>('Source text');
    const at = ARTICLE.indexOf('Russia invaded Ukraine');
    area.setSelectionRange(at, at + 'Russia invaded Ukraine'.length);
    await userEvent.click(screen.getByRole('button', { name: 'Cite the selection' }));
    expect(screen.getByText(/Cited “Russia invaded Ukraine” for a new event/)).toBeInTheDocument();
    await waitFor(() => expect(container.querySelectorAll('[data-event-id]')).toHaveLength(1));
  });
});

describe('the studio with files and bad input', () => {
  const upload = (label: string | RegExp, file: File) =>
    userEvent.upload(screen.getByLabelText(label), file, { applyAccept: false });

  it('opens an HTML article as its words only: its scripts are neither kept nor run', async () => {
    render(<Studio places={testPlaces()} />);
    await screen.findByLabelText('Title');
    const html =
      '<html><head><script>window.__ran = true;</script></head><body><p>In 2000, it <b>rained</b>.</p>' +
      '<img src=x onerror="window.__ran = true"></body></html>';
    await upload(
      'Open a .txt or .html file',
      new File([html], 'story.html', { type: 'text/html' }),
    );
    await waitFor(() =>
      expect(screen.getByLabelText('Source text')).toHaveValue('In 2000, it rained.'),
    );
    expect(screen.getByText(/its markup was removed/)).toBeInTheDocument();
    expect((window as { __ran?: boolean }).__ran).toBeUndefined();
    expect(screen.getByLabelText('Title')).toHaveValue('story');
  });

  it('refuses a binary file and keeps the draft as it was', async () => {
    render(<Studio places={testPlaces()} />);
    fireEvent.change(await screen.findByLabelText('Source text'), { target: { value: 'Kept.' } });
    const bytes = new Uint8Array(2000).map((_, i) => i % 7);
    await upload('Open a .txt or .html file', new File([bytes], 'photo.txt'));
    expect(
      await screen.findByText(
        /is not a text file \(it looks like binary data\); nothing was changed/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Source text')).toHaveValue('Kept.');
  });

  it('says so when a text has no dates', async () => {
    render(<Studio places={testPlaces()} />);
    fireEvent.change(await screen.findByLabelText('Published'), {
      target: { value: '2023-03-17' },
    });
    fireEvent.change(screen.getByLabelText('Source text'), { target: { value: 'Nothing dated.' } });
    await userEvent.click(screen.getByRole('button', { name: 'Find dates' }));
    expect(await screen.findByText(/No date expressions found/)).toBeInTheDocument();
  });

  it('brings in a dataset with its text inside it, to add citations to it', async () => {
    const { container } = render(<Studio places={testPlaces()} />);
    await screen.findByLabelText('Title');
    const data = JSON.parse(DATASET_JSON) as { source: Record<string, unknown> };
    delete data.source['file'];
    data.source['text'] = SOURCE_TEXT;
    await upload(/^Or open a dataset/, new File([JSON.stringify(data)], 'icc.json'));
    expect(await screen.findByText(/Opened “icc.json” with its source text/)).toBeInTheDocument();
    await waitFor(() =>
      expect(container.querySelectorAll('[data-event-id]').length).toBeGreaterThanOrEqual(19),
    );
    expect(screen.getByText(/Valid: 19 events/)).toBeInTheDocument();
  });

  it('names the source text still to open when the dataset keeps it beside it', async () => {
    render(<Studio places={testPlaces()} />);
    await screen.findByLabelText('Title');
    await upload(/^Or open a dataset/, new File([DATASET_JSON], 'timeline.json'));
    expect(
      await screen.findByText(/open or paste its source text, “icc-putin-warrant-2023-03-17.txt”/),
    ).toBeInTheDocument();
  });
});
