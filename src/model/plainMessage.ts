/**
 * Schema problems in plain words. zod's defaults ("Invalid input: expected string, received
 * number") are written for programmers; authors and readers get "should be text, not a number".
 */
import type { core } from 'zod';

const NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
  undefined: 'missing',
};

/** Unknown fields named in a message; the rest are counted. */
const MAX_KEYS_NAMED = 3;

/** A value quoted in a message, cut to `max` characters so a message never repeats the input. */
export function clipValue(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** "a, b, c and 99,997 more": a few unknown field names, each clipped, and a count of the rest. */
function namedKeys(keys: readonly string[]): string {
  const named = keys.slice(0, MAX_KEYS_NAMED).map((key) => JSON.stringify(clipValue(key, 40)));
  const rest = keys.length - named.length;
  return rest > 0 ? `${named.join(', ')} and ${rest} more` : named.join(', ');
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return NAMES[typeof value] ?? typeof value;
}

/** A plain-words message for one schema issue; our own refinement messages pass through. */
export function plainMessage(issue: core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = NAMES[issue.expected] ?? issue.expected;
      return input === undefined
        ? `is missing (it should be ${expected})`
        : `should be ${expected}, not ${describe(input)}`;
    }
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'a field' : `${issue.keys.length} fields`} the format does not know: ${namedKeys(issue.keys)}`;
    case 'invalid_union':
      return 'is not one of the allowed forms';
    case 'invalid_value':
      return `should be one of: ${issue.values.map((v) => clipValue(String(JSON.stringify(v)))).join(', ')}`;
    default:
      return clipValue(issue.message, 300);
  }
}
