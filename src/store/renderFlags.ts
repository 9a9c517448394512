/**
 * The embed's render flags (`plain=1`, `transparent=1`, `static=1`; docs/interfaces.md), parsed
 * from the address. Apart from urlParams.ts because only embed mode and the Embed dialog need
 * them, and both load on demand: the first download of every page stays without them.
 */
import { EMBED_PARAM } from './urlParamNames.ts';

/** The render flags' names, in the order the Embed dialog offers them. */
export const RENDER_FLAGS = [
  EMBED_PARAM.plain,
  EMBED_PARAM.transparent,
  EMBED_PARAM.static,
] as const;

/** One of the render flags. */
export type RenderFlag = (typeof RENDER_FLAGS)[number];

/** Which render flags are on. */
export type RenderFlags = Readonly<Record<RenderFlag, boolean>>;

/** Every flag off: the embed as it is by default. */
export const NO_FLAGS: RenderFlags = { plain: false, transparent: false, static: false };

/** The flags of `search` (`location.search`): each is on only as `=1`; anything else is off. */
export function parseRenderFlags(search: string): RenderFlags {
  const params = new URLSearchParams(search);
  const on = (name: RenderFlag) => params.get(name) === '1';
  return { plain: on('plain'), transparent: on('transparent'), static: on('static') };
}
