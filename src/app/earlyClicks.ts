/**
 * Clicks on the built-in page's controls before the app had run. The prerendered page is painted
 * before the app's script is even asked for (loading/prefetch.js), and until the app has hydrated
 * it, its buttons ("Read more", "Present", the zoom buttons…) have no handlers, and its
 * disclosures ("Export and cite", "Legend", the list of events) open natively, but empty: the app
 * makes a disclosure's panel when it sees it open, and it was not there to see. prefetch.js keeps
 * each button and `<summary>` clicked, in order; once the app's handlers are attached, a button
 * is clicked again, and a summary's disclosure, already open or closed as the reader left it, is
 * told it has toggled, so the app reads its state. Hydration keeps the page's own elements, so
 * the control acted on is the one clicked; one the app has replaced (a page drawn afresh, in
 * another language) is no longer in the page and is left alone rather than guessed at.
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
    if (control?.isConnected) actOn(control);
    if (clicked.length > 0) setTimeout(actOnNext);
  };
  return actOnNext;
}

/** Clicks a button again; tells a summary's disclosure that it has toggled (it has, natively). */
function actOn(control: Element) {
  const disclosure = control.parentElement;
  if (control.localName === 'summary') {
    if (disclosure?.localName === 'details') disclosure.dispatchEvent(new Event('toggle'));
  } else if (control instanceof HTMLElement) control.click();
}
