/**
 * Clicks on the built-in page's controls before the app had run. The prerendered page is painted
 * before the app's script is even asked for (loading/prefetch.js), and until the app has hydrated
 * it, its buttons ("Read more", "Present", the zoom buttons…) and the events in its list have no
 * handlers, and its disclosures ("Export and cite", "Legend", the list of events) open natively,
 * but empty: the app makes a disclosure's panel when it sees it open, and it was not there to
 * see. prefetch.js keeps each button, `<summary>` and listed event clicked, in order; once the
 * app's handlers are attached, a button is clicked again, a summary's disclosure, already open or
 * closed as the reader left it, is told it has toggled, so the app reads its state, and the drawn
 * event that a listed one names is clicked, which selects it (the drawing replaces the list). A
 * button or summary is the element clicked, since hydration keeps the page's elements; one the
 * app has replaced (a page drawn afresh, in another language) is no longer in the page and is
 * left alone rather than guessed at, as is an event drawn only inside a cluster.
 */

declare global {
  interface Window {
    /** The controls clicked so far; `null` once the app has taken them, which stops keeping. */
    __sourcelineClicks?: Element[] | null | undefined;
  }
}

/**
 * Takes the controls clicked so far and stops prefetch.js keeping more: from now on React sees
 * every click itself. Returns what acts on them, each in a task of its own as the reader's clicks
 * were (so React has drawn one before the next: "Read more" clicked twice ends closed), and once
 * only (strict mode runs an effect twice in development); it is run once the app's handlers are
 * on the page.
 */
export function takeEarlyClicks(): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const clicked = window.__sourcelineClicks ?? [];
  window.__sourcelineClicks = null;
  const actOnNext = () => {
    const control = clicked.shift();
    if (control) actOn(control);
    if (clicked.length > 0) setTimeout(actOnNext);
  };
  // The first too: the render that draws the timeline at its measured width comes after the
  // first commit's effects, in the same task (components/ui/useElementWidth.ts).
  let started = false;
  return () => {
    if (started || clicked.length === 0) return;
    started = true;
    setTimeout(actOnNext);
  };
}

/**
 * Clicks a button again; tells a summary's disclosure that it has toggled (it has, natively);
 * clicks the drawn event that a prerendered list item names, if it is drawn on its own.
 */
function actOn(control: Element) {
  if (!(control instanceof HTMLElement)) return;
  const { event } = control.dataset;
  if (event !== undefined) drawnEvent(event)?.click();
  else if (!control.isConnected) return;
  else if (control.localName !== 'summary') control.click();
  else if (control.parentElement?.localName === 'details')
    control.parentElement.dispatchEvent(new Event('toggle'));
}

/** The timeline's element for the event `id` (docs/interfaces.md), not a cluster holding it. */
function drawnEvent(id: string): HTMLElement | undefined {
  return [...document.querySelectorAll<HTMLElement>('[data-event-id]')].find(
    (element) => element.dataset.eventId === id && element.matches('button, [role="button"]'),
  );
}
