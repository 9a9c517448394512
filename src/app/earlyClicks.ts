/**
 * Clicks on the built-in page's buttons before the app had run. The prerendered page is painted
 * before the app's script is even asked for (loading/prefetch.js), and until the app has hydrated
 * it, its buttons ("Read more", "Present", the zoom buttons…) have no handlers: prefetch.js keeps
 * each button clicked, in order, and the app clicks them again once its handlers are attached.
 * Hydration keeps the page's own elements, so the button clicked is the one clicked again; one the
 * app has replaced (a page drawn afresh, in another language) is no longer in the page and is
 * left alone rather than guessed at.
 */

declare global {
  interface Window {
    /** The buttons clicked so far; `null` once the app has taken them, which stops the keeping. */
    __sourcelineClicks?: Element[] | null | undefined;
  }
}

/**
 * Takes the buttons clicked so far and stops prefetch.js keeping more: from now on React sees
 * every click itself. Returns what clicks them again, each in a task of its own as the reader's
 * clicks were (so React has drawn one before the next: "Read more" clicked twice ends closed),
 * and once only (strict mode runs an effect twice in development); it is run once the app's
 * handlers are on the page.
 */
export function takeEarlyClicks(): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const clicked = window.__sourcelineClicks ?? [];
  window.__sourcelineClicks = null;
  const clickNext = () => {
    const button = clicked.shift();
    if (button?.isConnected && button instanceof HTMLElement) button.click();
    if (clicked.length > 0) setTimeout(clickNext);
  };
  return clickNext;
}
