// Bad input in the studio: a 5 MB paste, a binary article, a text with no dates. Each gets a
// clear message; the page stays usable and the draft keeps what it had.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Studio } from '../../src/studio/Studio.tsx';
import { testPlaces } from './studioPlaces.ts';

const ARTICLE = 'The treaty was signed in 2000. It came into force in 2002.';

/** A studio with an article and one event added from its dates. */
async function studioWithEvent() {
  const user = userEvent.setup({ applyAccept: false });
  const places = testPlaces();
  render(<Studio places={places} />);
  fireEvent.change(await screen.findByLabelText('Title'), { target: { value: 'Treaty' } });
  fireEvent.change(screen.getByLabelText('Published'), { target: { value: '2023-03-17' } });
  fireEvent.change(screen.getByLabelText('Source text'), { target: { value: ARTICLE } });
  await user.click(screen.getByRole('button', { name: 'Find dates' }));
  const list = screen.getByRole('list', { name: 'Proposed events' });
  await user.click(await within(list).findByRole('button', { name: /^Add 2000/ }));
  return { user, places };
}

describe('the studio with bad input', () => {
  it('takes a 5 MB paste with a clear message: no date finding, the page usable, the events kept', async () => {
    const { user } = await studioWithEvent();
    const huge = `${'In 2000 a long story went on and on. '.repeat(145_000)}`;
    expect(huge.length).toBeGreaterThan(5_000_000);
    fireEvent.change(screen.getByLabelText('Source text'), { target: { value: huge } });
    expect(screen.getByLabelText('Source text')).toHaveAccessibleDescription(
      /The text is too long: at most 5,000,000 characters/,
    );
    expect(screen.getByLabelText('Source text')).toBeInvalid();
    await user.click(screen.getByRole('button', { name: 'Find dates' }));
    expect(await screen.findByText(/too long to find dates in/)).toBeInTheDocument();
    // The preview says what is wrong rather than drawing.
    expect(
      await screen.findByText(
        /problems? to fix before the timeline can be drawn/,
        {},
        {
          timeout: 10_000,
        },
      ),
    ).toBeInTheDocument();
    // Still usable, and the event is still in the draft; undo brings the article back.
    fireEvent.change(screen.getByLabelText('Event title'), { target: { value: 'Signed' } });
    expect(screen.getByLabelText('Event title')).toHaveValue('Signed');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByLabelText('Source text')).toHaveValue(ARTICLE));
  });

  it('refuses a binary article file and keeps the events', async () => {
    const { user } = await studioWithEvent();
    const bytes = new Uint8Array(3000).map((_, i) => (i * 31) % 256);
    await user.upload(
      screen.getByLabelText('Open a .txt or .html file'),
      new File([bytes], 'a.txt'),
    );
    expect(await screen.findByText(/looks like binary data/)).toBeInTheDocument();
    expect(screen.getByLabelText('Source text')).toHaveValue(ARTICLE);
    expect(screen.getAllByLabelText('Event title')).toHaveLength(1);
  });

  it('says so when a text has no dates, and keeps the events', async () => {
    const { user } = await studioWithEvent();
    fireEvent.change(screen.getByLabelText('Source text'), {
      target: { value: 'Nothing here is dated at all. It just goes on.' },
    });
    await user.click(screen.getByRole('button', { name: 'Find dates' }));
    expect(await screen.findByText(/No date expressions found/)).toBeInTheDocument();
    expect(screen.getAllByLabelText('Event title')).toHaveLength(1);
  });
});
