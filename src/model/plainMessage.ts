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
      return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} the format does not know: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'is not one of the allowed forms';
    case 'invalid_value':
      return `should be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message;
  }
}
