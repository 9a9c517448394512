/**
 * The JSON Schema of the dataset format, generated from the zod schema the app validates with,
 * so editors can check and complete `timeline.json` files (`"$schema": "../schema.json"`).
 * JSON Schema cannot say everything zod checks (single-line text, real EDTF dates, quotes that
 * are in the source): `npm run validate` remains the full check.
 */
import { z } from 'zod';
import { datasetSchema } from './schema.ts';

/** The schema as a JSON value (what data/schema.json holds). */
export function datasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(datasetSchema, { target: 'draft-2020-12', io: 'input' });
  return {
    $schema: schema.$schema,
    title: 'Sourceline dataset',
    description:
      'A timeline whose events cite the exact words of a source text. Generated from src/model/schema.ts by `npm run schema`; do not edit by hand.',
    ...schema,
  };
}
