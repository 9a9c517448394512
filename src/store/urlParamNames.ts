/**
 * The names of every URL parameter of the page (docs/interfaces.md), for everything in store/ and
 * above that reads or writes them. Those the citation needs too live in model/urlParamNames.ts,
 * the lowest layer, and are re-exported here unchanged; the embed's own (host protocols and render
 * flags), which nothing below the store uses, are defined here. Each name is written once.
 */
import { PARAM as MODEL_PARAM } from '../model/urlParamNames.ts';

/** The parameters that only an embed (`embed=1`) reads. */
export const EMBED_PARAM = {
  /** Pym.js's child id: also post Pym.js's height message. Pym.js's parent adds it itself. */
  childId: 'childId',
  /** `amp=1`: also post AMP's embed-size message (amp-iframe resizable). */
  amp: 'amp',
  /** `plain=1`: no chrome but the timeline and the selected event's details. */
  plain: 'plain',
  /** `transparent=1`: no page background, for coloured or dark article pages. */
  transparent: 'transparent',
  /** `static=1`: a still picture of the whole timeline and a link to the full view. */
  static: 'static',
} as const;

/** Every parameter name, the model's and the embed's. */
export const PARAM = { ...MODEL_PARAM, ...EMBED_PARAM } as const;
