/**
 * A whole message with elements in it ("{next} or {pageDown} next", each key a <kbd>): the message
 * is translated whole with a marker at each element's placeholder (`slots`), then split there
 * (`withElements`), so no sentence is ever put together from translated fragments. Only the
 * lazily loaded parts of the app use it.
 */
import { Fragment } from 'react';
import type { ReactNode } from 'react';

// Private-use characters around an element's name: never in a message or a dataset's text.
const MARKER = /\uE000(\w+)\uE001/;

/** The values that put a marker at each named placeholder, for `t()`. */
export function slots(...names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, `\uE000${name}\uE001`]));
}

/** A translated message made with `slots`, with each marker replaced by its element. */
export function withElements(text: string, elements: Readonly<Record<string, ReactNode>>) {
  // split() with a group alternates text and the captured names.
  return text
    .split(MARKER)
    .map((piece, i) => <Fragment key={i}>{i % 2 === 0 ? piece : elements[piece]}</Fragment>);
}
