// The layer rule of eslint.config.js, run through ESLint's Node API on code that is not on disk:
// an import that climbs a layer fails lint, an import downward does not.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../../eslint.config.js';

// The layer rule needs no types; the files below do not exist, so no TypeScript project has them.
const eslint = new ESLint({ overrideConfig: tseslint.configs.disableTypeChecked });

async function layerErrors(filePath: string, from: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${from}';\nexport const y = x;\n`, {
    filePath,
  });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('the layer rule', () => {
  it('fails an import from model up to the store', async () => {
    const errors = await layerErrors('src/model/x.ts', '../store/createSourcelineStore.ts');
    expect(errors).toEqual([expect.stringContaining('import only downward')]);
  });

  it('fails every upward import, from a folder or a sub-folder, and passes every downward one', async () => {
    for (const [low, lower] of LAYERS.entries()) {
      for (const [high, higher] of LAYERS.entries()) {
        if (low === high) continue;
        const upward = low < high;
        for (const [file, prefix] of [
          [`src/${lower}/x.ts`, '../'],
          [`src/${lower}/sub/x.tsx`, '../../'],
        ] as const) {
          const errors = await layerErrors(file, `${prefix}${higher}/y.ts`);
          expect({ file, higher, failed: errors.length > 0 }).toEqual({
            file,
            higher,
            failed: upward,
          });
        }
      }
    }
  });

  it('lets any layer import vendor/ and styles/, and within its own folder', async () => {
    expect(await layerErrors('src/model/x.ts', '../vendor/visxText.tsx')).toEqual([]);
    expect(await layerErrors('src/layout/a/x.ts', '../../styles/base.css')).toEqual([]);
    expect(await layerErrors('src/layout/a/x.ts', '../b/y.ts')).toEqual([]);
    expect(await layerErrors('src/components/a/x.tsx', './y.ts')).toEqual([]);
  });

  it('keeps src/ from importing main.tsx, tests or scripts', async () => {
    expect(await layerErrors('src/app/x.ts', '../main.tsx')).toHaveLength(1);
    expect(await layerErrors('src/model/x.ts', '../../tests/support/synthetic.ts')).toHaveLength(1);
    expect(await layerErrors('src/store/a/x.ts', '../../../scripts/cite.ts')).toHaveLength(1);
  });

  it('lets scripts and tests import src', async () => {
    expect(await layerErrors('scripts/x.ts', '../src/app/App.tsx')).toEqual([]);
    expect(await layerErrors('tests/unit/x.ts', '../../src/modes/BrowseMode.tsx')).toEqual([]);
  });
});
