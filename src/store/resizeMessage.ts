/**
 * The one message an embed sends to its host page (docs/interfaces.md, Embedding). `public/embed.js`
 * accepts exactly this shape and nothing else.
 */

/** What the embed posts to `window.parent`. */
export interface ResizeMessage {
  type: 'sourceline:resize';
  /** Whole CSS pixels. */
  height: number;
}

/** The message for a measured height, rounded up so the content is never cut by a fraction. */
export function resizeMessage(measured: number): ResizeMessage {
  return { type: 'sourceline:resize', height: Math.ceil(measured) };
}
