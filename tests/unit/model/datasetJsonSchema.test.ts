// data/schema.json is generated (npm run schema); this fails when it no longer matches the zod
// schema, so the published JSON Schema cannot go stale.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema } from '../../../src/model/datasetJsonSchema.ts';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '../../../data');

describe('data/schema.json', () => {
  const committed: unknown = JSON.parse(readFileSync(join(dataDir, 'schema.json'), 'utf8'));

  it('equals the schema generated from src/model/schema.ts (run npm run schema if not)', () => {
    expect(committed).toEqual(datasetJsonSchema());
  });

  it('describes the fields a dataset needs', () => {
    expect(committed).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      required: expect.arrayContaining(['title', 'events']),
      properties: { events: { items: { required: expect.arrayContaining(['id', 'date']) } } },
    });
  });

  it('is what the datasets point at', () => {
    for (const name of ['icc-putin-warrant', 'icc-in-brief']) {
      const dataset = JSON.parse(readFileSync(join(dataDir, name, 'timeline.json'), 'utf8')) as {
        $schema?: string;
      };
      expect(dataset.$schema).toBe('../schema.json');
    }
  });
});
