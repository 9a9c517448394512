/**
 * The checks the fast paths (fastEvent.ts, fastDataset.ts) are made of: schema.ts's rules for one
 * value, written out by hand. Each gives what zod would give, or undefined when it is not sure
 * (the caller then leaves the value to zod).
 */
import { KEBAB } from './datasetRules.ts';
import { hasVisibleText } from './invisibleText.ts';

/** A parsed JSON object's fields. */
export type Fields = Record<string, unknown>;

/**
 * `value` when it is a plain object whose keys are all in `keys` and none is undefined (zod would
 * keep such a key in its output); otherwise undefined. `for…in`, as zod's strict objects use.
 */
export function strict(value: unknown, keys: ReadonlySet<string>): Fields | undefined {
  // An array is never an object to zod, even one whose prototype has been taken away.
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return undefined;
  const fields = value as Fields;
  for (const key in fields) {
    if (!keys.has(key) || fields[key] === undefined) return undefined;
  }
  return fields;
}

/** `z.string().trim().min(1).max(max)`: the trimmed text, or undefined. */
export function trimmed(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  // zod counts code points; text that fits in UTF-16 units fits in code points, the rest is zod's.
  return text.length >= 1 && text.length <= max ? text : undefined;
}

/** schema.ts's `prose(max)`: trimmed, 1 to `max` long, something visible. */
export function prose(value: unknown, max: number): string | undefined {
  const text = trimmed(value, max);
  return text !== undefined && hasVisibleText(text) ? text : undefined;
}

/** schema.ts's `line(max)`: `prose(max)` on one line. */
export function line(value: unknown, max: number): string | undefined {
  const text = prose(value, max);
  // Two searches for a character cost half what one pattern does, on a long dataset's every line.
  return text !== undefined && !text.includes('\n') && !text.includes('\r') ? text : undefined;
}

export function isKebab(value: unknown): value is string {
  return typeof value === 'string' && KEBAB.test(value);
}

/** An array of at most `max` items, each passed by `check`, or undefined. */
export function list<T>(value: unknown, max: number, check: (item: unknown) => T | undefined) {
  if (!Array.isArray(value) || value.length > max) return undefined;
  const items = value as unknown[];
  const checked: T[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = check(items[i]);
    if (item === undefined) return undefined;
    checked.push(item);
  }
  return checked;
}

/**
 * schema.ts's `z.url({ protocol: /^https?$/ })`, for the plain case only: an http(s) address with
 * no white space or control character in it, which zod gives back unchanged. Anything else (text
 * zod would trim or strip of tabs and line breaks, or reject) is zod's to judge.
 */
export function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
  if (!/^https?:\/\/[^\s\u0000-\u001f\u007f]+$/i.test(value)) return undefined;
  return URL.canParse(value) ? value : undefined;
}
