/**
 * Presentation mode as a presenter and a screen reader meet it: slides found by heading, quotes by
 * blockquote, the counter and the live region by their text, keys sent to whatever has focus.
 * The same store as browsing: a slide is the selected event, Escape goes back to browse mode.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ModeSwitch } from '../../src/app/ModeSwitch.tsx';
import { loadHandoutBody } from '../../src/components/print/loadHandoutBody.ts';
import { Handout } from '../../src/components/print/Handout.tsx';
import { PresentMode } from '../../src/modes/PresentMode.tsx';
import { createSourcelineStore } from '../../src/store/createSourcelineStore.ts';
import type { StoreOptions } from '../../src/store/createSourcelineStore.ts';
import { SourcelineProvider } from '../../src/store/StoreContext.tsx';
import { iccTimeline } from '../support/iccTimeline.ts';

const TIMELINE = iccTimeline();
const EVENTS = TIMELINE.events;
const COUNT = EVENTS.length + 1;
const FIRST = EVENTS[0];
const LAST = EVENTS[EVENTS.length - 1];
if (!FIRST || !LAST) throw new Error('the ICC dataset has no events');

function renderPresent(options: StoreOptions = {}, ui = <PresentMode />) {
  const store = createSourcelineStore(TIMELINE, { mode: 'present', ...options });
  const result = render(<SourcelineProvider store={store}>{ui}</SourcelineProvider>);
  return { store, ...result };
}

/** The slide's heading: the only level-1 heading while presenting. */
function slideHeading(): HTMLElement {
  return screen.getByRole('heading', { level: 1 });
}

/** The visible counter, e.g. "3 / 20" (screen readers hear "Slide 3 of 20" instead). */
function counter(): string {
  const element = screen.getByText(/^\d+ \/ \d+$/);
  const [n, m] = (element.textContent ?? '').split(' / ');
  expect(element).toHaveAttribute('aria-hidden', 'true');
  expect(element.parentElement).toHaveTextContent(`Slide ${n} of ${m}`);
  return element.textContent ?? '';
}

function liveRegion(): HTMLElement {
  const region = document.querySelector<HTMLElement>('[aria-live="polite"]');
  if (!region) throw new Error('no polite live region');
  return region;
}

beforeAll(() => {
  // jsdom lays nothing out; give the strip a projector's width to place its buttons in.
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => 1600,
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('slides', () => {
  it('opens on the title slide: title, span, number of events and source', () => {
    renderPresent();
    expect(slideHeading()).toHaveTextContent(TIMELINE.title);
    expect(counter()).toBe(`1 / ${COUNT}`);
    expect(screen.getByText(`${EVENTS.length} events, 1993 to 2023`)).toBeInTheDocument();
    // The source's words are each a <bdi> inside the sentence; its day is the chrome's, outside.
    const title = screen.getByText(/^The International Criminal Court issued/);
    expect(title.tagName).toBe('BDI');
    const sentence = title.parentElement as HTMLElement;
    expect(sentence).toHaveTextContent(
      /^Every quotation is word for word from “The International .*”, The New York Times, 17 March 2023\.$/,
    );
    expect(within(sentence).getByText('The New York Times').tagName).toBe('BDI');
    expect([...sentence.querySelectorAll('bdi')].map((bdi) => bdi.textContent)).not.toContain(
      expect.stringContaining('2023'),
    );
    expect(screen.queryByRole('blockquote')).toBeNull();
  });

  it('shows an event slide: date, provenance, title, summary and verbatim quotes with bylines', () => {
    renderPresent({ selectedId: 'clinton-signs-rome-statute' });
    const slide = screen.getByRole('region', { name: 'Clinton signs the Rome Statute' });
    expect(within(slide).getByText('31 December 2000')).toBeInTheDocument();
    expect(within(slide).getByText(/from the public record/)).toHaveTextContent(
      'the article says “in 2000”',
    );
    const quotes = slide.querySelectorAll('blockquote');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toHaveTextContent(
      'President Bill Clinton signed the Rome Statute in 2000 but, calling it flawed, did not send it to the Senate for ratification.',
    );
    expect(within(slide).getByText(/By guest author Charly Savage/)).toBeInTheDocument();
    expect(counter()).toBe(`5 / ${COUNT}`);
  });

  it('gives every citation of an event its own blockquote', () => {
    renderPresent({ selectedId: 'icc-warrant-putin' });
    const event = EVENTS.find((e) => e.id === 'icc-warrant-putin');
    const quotes = [...document.querySelectorAll('blockquote')].map((q) => q.textContent);
    expect(quotes).toEqual(event?.citations.map((c) => c.exact));
  });
});

describe('keys', () => {
  it('are live at once: the presentation takes focus when it opens', () => {
    renderPresent();
    expect(document.activeElement).toHaveClass('present');
  });

  it('ArrowRight, PageDown and Space go forward; ArrowLeft and PageUp go back', async () => {
    const user = userEvent.setup();
    const { store } = renderPresent();
    await user.keyboard('{ArrowRight}');
    expect(slideHeading()).toHaveTextContent(FIRST.title);
    expect(store.getState().selectedId).toBe(FIRST.id);
    await user.keyboard('{PageDown}');
    expect(store.getState().selectedId).toBe(EVENTS[1]?.id);
    await user.keyboard(' ');
    expect(store.getState().selectedId).toBe(EVENTS[2]?.id);
    expect(counter()).toBe(`4 / ${COUNT}`);
    await user.keyboard('{ArrowLeft}');
    expect(store.getState().selectedId).toBe(EVENTS[1]?.id);
    await user.keyboard('{PageUp}');
    expect(store.getState().selectedId).toBe(FIRST.id);
    await user.keyboard('{PageUp}');
    expect(store.getState().selectedId).toBeNull();
    expect(slideHeading()).toHaveTextContent(TIMELINE.title);
  });

  it('Home and End go to the title slide and the last event, and the ends do not wrap', async () => {
    const user = userEvent.setup();
    const { store } = renderPresent({ selectedId: 'trump-sanctions-icc' });
    await user.keyboard('{End}');
    expect(store.getState().selectedId).toBe(LAST.id);
    expect(counter()).toBe(`${COUNT} / ${COUNT}`);
    await user.keyboard('{ArrowRight}');
    expect(store.getState().selectedId).toBe(LAST.id);
    await user.keyboard('{Home}');
    expect(store.getState().selectedId).toBeNull();
    expect(counter()).toBe(`1 / ${COUNT}`);
    await user.keyboard('{ArrowLeft}');
    expect(store.getState().selectedId).toBeNull();
  });

  it('leave Ctrl, Alt and ⌘ combinations to the browser', async () => {
    const user = userEvent.setup();
    const { store } = renderPresent({ selectedId: 'trump-sanctions-icc' });
    await user.keyboard('{Control>}{ArrowRight}{/Control}');
    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    await user.keyboard('{Meta>}{End}{/Meta}');
    expect(store.getState().selectedId).toBe('trump-sanctions-icc');
  });

  it('do nothing while focus is in a text field, even one inside the presentation', async () => {
    const user = userEvent.setup();
    const { store, container } = renderPresent({ selectedId: 'trump-sanctions-icc' });
    const root = container.querySelector('.present');
    const input = document.createElement('input');
    input.setAttribute('aria-label', 'Notes');
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    root?.append(input, editable);
    await user.click(input);
    await user.keyboard('{ArrowRight}{Home}{End} f{Escape}');
    fireEvent.keyDown(editable, { key: 'PageDown' });
    expect(store.getState().selectedId).toBe('trump-sanctions-icc');
    expect(store.getState().mode).toBe('present');
    expect(input).toHaveValue(' f');
  });

  it('never listen on the document: keys outside the presentation are not taken', () => {
    const { store } = renderPresent({ selectedId: 'trump-sanctions-icc' });
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    fireEvent.keyDown(document, { key: 'End' });
    expect(store.getState().selectedId).toBe('trump-sanctions-icc');
  });

  it('Escape goes back to browse mode with the same event selected', async () => {
    const user = userEvent.setup();
    const { store } = renderPresent({ selectedId: 'biden-revokes-sanctions' });
    await user.keyboard('{Escape}');
    expect(store.getState().mode).toBe('browse');
    expect(store.getState().selectedId).toBe('biden-revokes-sanctions');
  });

  it('f toggles the Fullscreen API on the presentation, and does nothing where it is missing', async () => {
    const user = userEvent.setup();
    renderPresent();
    // jsdom has no Fullscreen API: the key must not throw, and no button is offered.
    await user.keyboard('f');
    expect(screen.queryByRole('button', { name: 'Full screen' })).toBeNull();
  });

  it('f asks for full screen when the API is there', async () => {
    const user = userEvent.setup();
    Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, value: true });
    const request = vi.fn(() => Promise.resolve());
    HTMLElement.prototype.requestFullscreen = request;
    try {
      const { container } = renderPresent();
      await user.keyboard('f');
      expect(request).toHaveBeenCalledTimes(1);
      expect(request.mock.contexts[0]).toBe(container.querySelector('.present'));
      expect(screen.getByRole('button', { name: 'Full screen' })).toHaveAttribute(
        'aria-pressed',
        'false',
      );
    } finally {
      Reflect.deleteProperty(document, 'fullscreenEnabled');
      Reflect.deleteProperty(HTMLElement.prototype, 'requestFullscreen');
    }
  });
});

describe('announcements', () => {
  it('tell screen readers the new slide’s date and title, politely', async () => {
    const user = userEvent.setup();
    renderPresent({ selectedId: 'rome-statute-adopted' });
    expect(liveRegion()).toHaveTextContent(
      `Slide 3 of ${COUNT}: 17 July 1998, Rome Statute adopted`,
    );
    await user.keyboard('{ArrowRight}');
    const next = EVENTS[2];
    expect(liveRegion()).toHaveTextContent(
      `Slide 4 of ${COUNT}: ${next?.dateLabel}, ${next?.title}`,
    );
  });
});

describe('the timeline strip', () => {
  it('has one button per event, marked by data-slide-event and never data-event-id', () => {
    renderPresent({ selectedId: 'icc-afghanistan-probe' });
    const strip = screen.getByRole('navigation', { name: /All events/ });
    const buttons = within(strip).getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('data-slide-event'))).toEqual(EVENTS.map((e) => e.id));
    expect(strip.querySelectorAll('[data-event-id]')).toHaveLength(0);
    const current = within(strip).getAllByRole('button', { current: 'step' });
    expect(current).toHaveLength(1);
    expect(current[0]).toHaveAccessibleName(/ICC prosecutor|Afghanistan/);
    // One tab stop: the current event's button.
    expect(buttons.filter((b) => b.tabIndex === 0)).toEqual(current);
  });

  it('jumps to the slide of the event clicked, and gives the keys back to the presentation', async () => {
    const user = userEvent.setup();
    const { store } = renderPresent();
    const strip = screen.getByRole('navigation', { name: /All events/ });
    await user.click(within(strip).getByRole('button', { name: /Pompeo/ }));
    expect(store.getState().selectedId).toBe('pompeo-calls-icc-corrupt');
    expect(slideHeading()).toHaveTextContent(/Pompeo/);
    expect(document.activeElement).toHaveClass('present');
    await user.keyboard(' ');
    expect(store.getState().selectedId).toBe('biden-revokes-sanctions');
  });

  it('moves focus along with the slide while a strip button has it', async () => {
    const user = userEvent.setup();
    renderPresent({ selectedId: 'rome-statute-adopted' });
    const strip = screen.getByRole('navigation', { name: /All events/ });
    within(strip).getByRole('button', { current: 'step' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAttribute('data-slide-event', EVENTS[2]?.id);
    // Space on a focused button presses it (a jump to where we are), rather than moving on.
    await user.keyboard(' ');
    expect(document.activeElement).toHaveAttribute('data-slide-event', EVENTS[2]?.id);
  });
});

describe('switching modes', () => {
  it('Present opens the presentation at the selected event; Escape returns to it in browse mode', async () => {
    const user = userEvent.setup();
    const store = createSourcelineStore(TIMELINE, { selectedId: 'russia-invades-ukraine' });
    render(
      <SourcelineProvider store={store}>
        <ModeSwitch />
      </SourcelineProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Present' }));
    // Presentation mode is loaded on demand.
    const heading = await screen.findByRole('heading', { level: 1, name: /Russia/ });
    expect(heading).toHaveTextContent(/invasion|invades/i);
    expect(store.getState().mode).toBe('present');
    await waitFor(() => expect(document.activeElement).toHaveClass('present'));
    await user.keyboard('{Escape}');
    expect(store.getState().mode).toBe('browse');
    const button = document.querySelector('[data-event-id="russia-invades-ukraine"]');
    expect(button).toHaveAttribute('aria-current', 'true');
  });

  it('the browse toolbar offers Print handout, which opens the print dialog', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const store = createSourcelineStore(TIMELINE);
    render(
      <SourcelineProvider store={store}>
        <ModeSwitch />
      </SourcelineProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Print handout' }));
    // Once the handout's picture has loaded, so the handout opens with it.
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
  });
});

describe('the handout', () => {
  it('is built when printing starts: title, source, and every event with date, title, summary and quotes', async () => {
    const store = createSourcelineStore(TIMELINE);
    const { container } = render(
      <SourcelineProvider store={store}>
        <Handout />
      </SourcelineProvider>,
    );
    expect(container).toBeEmptyDOMElement();
    // Its contents load once the page is idle (or on Print): here, at once.
    await act(async () => {
      await loadHandoutBody();
    });
    // Ready, and still not built: only an empty marker until printing starts.
    expect(container.querySelector('.handout')).toBeNull();
    expect(container.querySelector('[data-handout-ready]')).not.toBeNull();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const handout = container.querySelector('.handout');
    if (!(handout instanceof HTMLElement)) throw new Error('no handout after beforeprint');
    // Hidden on screen; print.css shows it.
    expect(handout).not.toBeVisible();
    const inside = within(handout);
    expect(inside.getByRole('heading', { level: 1, hidden: true })).toHaveTextContent(
      TIMELINE.title,
    );
    expect(handout).toHaveTextContent('Source: “The International Criminal Court issued');
    const titles = inside.getAllByRole('heading', { level: 2, hidden: true });
    expect(titles.map((h) => h.textContent)).toEqual(EVENTS.map((e) => e.title));
    const items = handout.querySelectorAll('li');
    expect(items).toHaveLength(EVENTS.length);
    EVENTS.forEach((event, i) => {
      const item = items[i];
      expect(item).toHaveTextContent(event.dateLabel);
      expect(item).toHaveTextContent(event.summary);
      const quotes = [...(item?.querySelectorAll('blockquote') ?? [])].map((q) => q.textContent);
      expect(quotes).toEqual(event.citations.map((c) => c.exact));
    });
    // The handout is no second timeline: none of the browse view's public hooks.
    expect(handout.querySelectorAll('[data-event-id], mark, article')).toHaveLength(0);
  });
});
