// The validator over data/, inside the test suite: every dataset folder must compile cleanly,
// and the article must stay byte for byte the one the project was created from.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileDatasetDir, listDatasets } from '../../../build/datasets.ts';
import { formatProblem } from '../../../src/model/problem.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const dataDir = join(root, 'data');

/** sha256 of the source article as given (see ../shared/source/README.md). */
const ARTICLE_SHA256 = '892e1ae3a60ff92194976fed87e148e821cee996e858ab8cea21f4e735597b10';

describe('datasets in data/', () => {
  const names = listDatasets(dataDir);

  it('include the default dataset', () => {
    expect(names).toContain('icc-putin-warrant');
  });

  it.each(names)('%s compiles with no problems', (name) => {
    const result = compileDatasetDir(join(dataDir, name));
    // Print the problems themselves, not just "false", when this fails.
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it('keep the article byte for byte as it was given', () => {
    const article = readFileSync(
      join(dataDir, 'icc-putin-warrant/icc-putin-warrant-2023-03-17.txt'),
    );
    expect(createHash('sha256').update(article).digest('hex')).toBe(ARTICLE_SHA256);
  });
});
