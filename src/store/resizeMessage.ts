/**
 * The messages an embed sends to its host page (docs/interfaces.md, Embedding), built here and
 * nowhere else. Its own message always, which `public/embed.js` accepts in exactly this shape;
 * with `childId`, Pym.js's height string too; with `amp=1`, AMP's embed-size message too.
 */

/** What the embed posts to `window.parent`. */
export interface ResizeMessage {
  type: 'sourceline:resize';
  /** Whole CSS pixels. */
  height: number;
}

/** AMP's resize request, for `<amp-iframe resizable>`. */
export interface AmpEmbedSizeMessage {
  sentinel: 'amp';
  type: 'embed-size';
  /** Whole CSS pixels. */
  height: number;
}

/** Which host protocols to speak besides our own. */
export interface HostProtocols {
  /** Pym.js's child id, or null for no Pym.js message. */
  childId: string | null;
  amp: boolean;
}

/** The message for a measured height, rounded up so the content is never cut by a fraction. */
export function resizeMessage(measured: number): ResizeMessage {
  return { type: 'sourceline:resize', height: Math.ceil(measured) };
}

/** Pym.js's height message for the child `childId`: `pymxPYMx<id>xPYMxheightxPYMx<px>`. */
export function pymHeightMessage(childId: string, measured: number): string {
  return ['pym', childId, 'height', String(Math.ceil(measured))].join('xPYMx');
}

/** AMP's embed-size message. */
export function ampEmbedSizeMessage(measured: number): AmpEmbedSizeMessage {
  return { sentinel: 'amp', type: 'embed-size', height: Math.ceil(measured) };
}

/** Every message to post for one measured height, ours first. */
export function hostMessages(
  measured: number,
  protocols: HostProtocols,
): (ResizeMessage | AmpEmbedSizeMessage | string)[] {
  return [
    resizeMessage(measured),
    ...(protocols.childId === null ? [] : [pymHeightMessage(protocols.childId, measured)]),
    ...(protocols.amp ? [ampEmbedSizeMessage(measured)] : []),
  ];
}
