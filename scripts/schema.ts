/**
 * `npm run schema`: writes data/schema.json, the JSON Schema of the dataset format, generated
 * from the zod schema in src/model/schema.ts. A unit test fails when the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { datasetJsonSchema } from '../src/model/datasetJsonSchema.ts';

const file = fileURLToPath(new URL('../data/schema.json', import.meta.url));
// Formatted as Prettier would, so `npm run format:check` accepts the generated file.
const options = (await resolveConfig(file)) ?? {};
const text = await format(JSON.stringify(datasetJsonSchema()), { ...options, filepath: file });
writeFileSync(file, text);
console.log(`wrote ${file}`);
