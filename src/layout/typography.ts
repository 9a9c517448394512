/**
 * The type the timeline is set and measured in: one home for the font stack and label size, read
 * by the label measurer, the export pictures and (as CSS custom properties, set at start-up by
 * src/app/designTokens.ts) the style sheets. System fonts only: nothing is loaded from elsewhere.
 */

/** The app's font stack. */
export const FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** Size of an event's label, in CSS pixels. */
export const LABEL_FONT_SIZE = 13;
