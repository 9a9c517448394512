/**
 * Browse mode of the built app in real Chromium: the two-way link between timeline and article,
 * deep links, keyboard use and zoom. Everything is found through the public surfaces of
 * docs/interfaces.md.
 */
import { describe, expect, it } from 'vitest';
import {
  activeMarkIds,
  currentIds,
  drawnIds,
  eventButton,
  eventButtons,
  eventParam,
  historyLength,
  idsInView,
  marksOf,
  visibleShare,
} from './support/app.ts';
import type { OpenedPage } from './support/browser.ts';
import { EVENTS, SOURCE_TEXT, knownEvent, squash } from './support/dataset.ts';
import { poll, appOpener } from './support/session.ts';

const open = appOpener();

/** The selected event's details: a named region whose level-2 heading is the title. */
function detailsOf(opened: OpenedPage, title: string) {
  const { page } = opened;
  return page
    .getByRole('region')
    .filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });
}

/** Asserts that `id`, and only it, is selected: button, marks, details and URL. */
async function expectSelected(opened: OpenedPage, id: string): Promise<void> {
  const { page } = opened;
  await poll(() => currentIds(page)).toEqual([id]);
  const active = await activeMarkIds(page);
  expect(active.length).toBeGreaterThan(0);
  for (const ids of active) expect(ids.split(' ')).toContain(id);
  expect(active.length).toBe(await marksOf(page, id).count());
  expect(await detailsOf(opened, knownEvent(id).title).count()).toBe(1);
  expect(await eventParam(page)).toBe(id);
}

describe('the default dataset', () => {
  it('draws every event as a button named with its title and displayed date', async () => {
    const { page } = await open();
    expect((await drawnIds(page)).sort()).toEqual(EVENTS.map((event) => event.id).sort());
    for (const [id, title, date] of [
      ['clinton-signs-rome-statute', 'Clinton signs the Rome Statute', '31 December 2000'],
      ['icc-warrant-putin', knownEvent('icc-warrant-putin').title, '17 March 2023'],
    ] as const) {
      const named = eventButton(page, id)
        .and(page.getByRole('button', { name: title }))
        .and(page.getByRole('button', { name: date }));
      expect(await named.count(), `${id} named with "${title}" and "${date}"`).toBe(1);
    }
    expect(await currentIds(page)).toEqual([]);
    expect(await activeMarkIds(page)).toEqual([]);
  });

  it('shows the source word for word, with a mark for every citation', async () => {
    const { page } = await open();
    const articles = page.locator('article');
    expect(await articles.count()).toBe(1);
    expect(squash(await articles.innerText())).toContain(squash(SOURCE_TEXT));
    const marks = await page.locator('article mark[data-event-ids]').evaluateAll((elements) =>
      elements.map((element) => ({
        ids: element.getAttribute('data-event-ids') ?? '',
        text: element.textContent ?? '',
      })),
    );
    for (const event of EVENTS) {
      expect(
        marks.some((mark) => mark.ids.split(' ').includes(event.id)),
        event.id,
      ).toBe(true);
    }
    for (const mark of marks) {
      // A passage cited by several events may be split into pieces; each lies within every quote.
      for (const id of mark.ids.split(' ')) {
        const quotes = knownEvent(id).quotes.map(squash);
        expect(
          quotes.some((quote) => quote.includes(squash(mark.text))),
          `${id}: ${mark.text}`,
        ).toBe(true);
      }
    }
  });
});

describe('linking timeline and article', () => {
  it('selecting an event activates its marks and scrolls the first into view', async () => {
    const opened = await open();
    const { page } = opened;
    const before = await historyLength(page);
    // The event whose first passage is lowest in the article, so that showing it needs a scroll.
    const marks = await page.locator('article mark[data-event-ids]').evaluateAll((elements) =>
      elements.map((element) => ({
        ids: (element.getAttribute('data-event-ids') ?? '').split(' '),
        top: element.getBoundingClientRect().top,
      })),
    );
    let lowest = { id: '', top: -Infinity };
    for (const event of EVENTS) {
      const first = marks.find((mark) => mark.ids.includes(event.id));
      if (first && first.top > lowest.top) lowest = { id: event.id, top: first.top };
    }
    expect(lowest.id).not.toBe('');
    await eventButton(page, lowest.id).click();
    await expectSelected(opened, lowest.id);
    const firstActive = page.locator('article mark[data-active="true"]').first();
    await poll(
      () => visibleShare(firstActive, 'both'),
      `share of ${lowest.id}'s first active mark visible in the window (inside its scroll box and the viewport)`,
    ).toBeGreaterThan(0);
    expect(await historyLength(page)).toBe(before);
  });

  it('clicking a mark selects the first event it lists and shows it on the timeline', async () => {
    const opened = await open();
    const { page } = opened;
    const before = await historyLength(page);
    // Prefer a passage cited by several events: only then does "the first it lists" matter.
    const shared = page.locator('article mark[data-event-ids*=" "]');
    const mark =
      (await shared.count()) > 0
        ? shared.first()
        : page.locator('article mark[data-event-ids]').last();
    const first = ((await mark.getAttribute('data-event-ids')) ?? '').split(' ')[0] ?? '';
    await mark.click();
    await expectSelected(opened, first);
    await poll(() => visibleShare(eventButton(page, first), 'x')).toBeGreaterThan(0.5);
    expect(await historyLength(page)).toBe(before);
  });

  it('Enter on a focused mark selects the first event it lists', async () => {
    const opened = await open('?event=icc-warrant-putin');
    const { page } = opened;
    const mark = marksOf(page, 'clinton-signs-rome-statute').first();
    const first = ((await mark.getAttribute('data-event-ids')) ?? '').split(' ')[0] ?? '';
    expect(first, 'a mark of another event than the one selected').not.toBe('icc-warrant-putin');
    await mark.focus();
    expect(await mark.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expectSelected(opened, first);
  });
});

describe('the URL', () => {
  it('?event= opens with that event selected', async () => {
    const opened = await open('?event=clinton-signs-rome-statute');
    await expectSelected(opened, 'clinton-signs-rome-statute');
    expect(await detailsOf(opened, 'Clinton signs the Rome Statute').isVisible()).toBe(true);
  });

  it('keeps ?event= current without adding history entries', async () => {
    const { page } = await open('?event=rome-statute-adopted');
    const before = await historyLength(page);
    for (const id of ['bush-withdraws-signature', 'trump-sanctions-icc', 'icc-warrant-putin']) {
      await eventButton(page, id).click();
      await poll(() => eventParam(page)).toBe(id);
    }
    expect(await historyLength(page)).toBe(before);
  });

  it('an unknown ?event= selects nothing and says so in a visible polite message', async () => {
    const { page } = await open('?event=nope');
    const messages = page.getByRole('status').filter({ hasText: /\S/ });
    await poll(async () => (await messages.all()).length).toBeGreaterThan(0);
    const shown = await Promise.all((await messages.all()).map((message) => message.isVisible()));
    expect(shown).toContain(true);
    expect(await currentIds(page)).toEqual([]);
    expect(await activeMarkIds(page)).toEqual([]);
  });
});

describe('keyboard', () => {
  it('ArrowRight and ArrowLeft move focus in time order; Enter and Space select', async () => {
    const { page } = await open();
    const earliest = EVENTS[0];
    if (!earliest) throw new Error('The dataset has no events');
    await eventButton(page, earliest.id).focus();
    const focusedId = () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null);
    const visited = [await focusedId()];
    for (let step = 1; step < EVENTS.length; step += 1) {
      await page.keyboard.press('ArrowRight');
      visited.push(await focusedId());
    }
    // Every event once, and dates never go backwards (same-day events may come in any order).
    expect([...visited].sort()).toEqual(EVENTS.map((event) => event.id).sort());
    const starts = visited.map((id) => knownEvent(id ?? '').start);
    expect(starts).toEqual([...starts].sort());

    await page.keyboard.press('ArrowLeft');
    const previous = visited[visited.length - 2] ?? '';
    expect(await focusedId()).toBe(previous);
    await page.keyboard.press('Enter');
    await poll(() => currentIds(page)).toEqual([previous]);

    await page.keyboard.press('ArrowLeft');
    const beforeThat = visited[visited.length - 3] ?? '';
    expect(await focusedId()).toBe(beforeThat);
    await page.keyboard.press('Space');
    await poll(() => currentIds(page)).toEqual([beforeThat]);
  });
});

describe('zoom', () => {
  it('Zoom in hides some events; choosing a hidden one in the article brings it into view', async () => {
    const opened = await open();
    const { page } = opened;
    const atStart = await idsInView(page);
    expect(atStart.length).toBeGreaterThan(0);
    const zoomIn = page.getByRole('button', { name: 'Zoom in', exact: true });
    for (let click = 0; click < 4; click += 1) await zoomIn.click();
    await poll(async () => (await idsInView(page)).length).toBeLessThan(EVENTS.length);
    const zoomed = await idsInView(page);

    // A hidden event that some passage lists first, so clicking that passage selects it.
    const hidden = EVENTS.map((event) => event.id).filter((id) => !zoomed.includes(id));
    const marks = page.locator('article mark[data-event-ids]');
    const firstIds = await marks.evaluateAll((elements) =>
      elements.map((element) => (element.getAttribute('data-event-ids') ?? '').split(' ')[0]),
    );
    const target = hidden.find((id) => firstIds.includes(id));
    if (target === undefined)
      throw new Error(`No passage lists a hidden event first: ${hidden.join(', ')}`);
    await marks.nth(firstIds.indexOf(target)).click();
    await expectSelected(opened, target);
    await poll(() => visibleShare(eventButton(page, target), 'x')).toBeGreaterThanOrEqual(0.5);

    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await poll(async () => (await idsInView(page)).length).toBeGreaterThanOrEqual(
      Math.max(atStart.length, zoomed.length + 1),
    );
    await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
    expect(await eventButtons(page).count()).toBeGreaterThan(0);
  });
});

describe('a cluster no zoom can part', () => {
  it('lists its events in a dialog; choosing one selects it and shows its details', async () => {
    const opened = await open('?data=fixtures/same-year.json');
    const { page } = opened;
    const cluster = page.getByRole('button', {
      name: /^60 events, all beginning 1850\. List them\.$/,
    });
    await cluster.click();
    const dialog = page.getByRole('dialog', { name: '60 events in Parliament' });
    await dialog.waitFor();
    expect(await dialog.getByRole('listitem').count()).toBe(60);
    // Modal: the page behind is inert while the dialog is open.
    expect(await page.evaluate(() => document.querySelector('dialog')?.matches(':modal'))).toBe(
      true,
    );

    await dialog.getByRole('button', { name: 'Factory Act 1850' }).click();
    await dialog.waitFor({ state: 'detached' });
    await poll(() => eventParam(page)).toBe('act-3');
    expect(await detailsOf(opened, 'Factory Act').count()).toBe(1);
    // Focus goes back to the cluster, where the reader was.
    expect(await cluster.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('closes with Escape, selecting nothing', async () => {
    const { page } = await open('?data=fixtures/same-year.json');
    await page.getByRole('button', { name: /List them/ }).click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await eventParam(page)).toBeNull();
  });
});
