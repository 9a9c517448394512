// What the fast checks' tests ask of every value: a fast check that answers gives exactly what
// zod gives, and answers only for values zod accepts.
import { expect } from 'vitest';

/** What the tests need of a zod schema. */
interface Schema {
  safeParse(value: unknown): { success: boolean; data?: unknown };
}

/**
 * A test of `fast` against `schema`: for a value, whether `fast` accepted it (it then expects zod
 * to accept it too, with a strictly equal output); false where `fast` declined.
 */
export function agreement(fast: (value: unknown) => unknown, schema: Schema) {
  return (value: unknown): boolean => {
    const answer = fast(value);
    if (answer === null) return false;
    const parsed = schema.safeParse(value);
    expect(parsed.success).toBe(true);
    expect(answer).toStrictEqual(parsed.data);
    return true;
  };
}
