// Lint: typescript-eslint with type-checked rules, React hooks rules, jsx-a11y, and the layer rule
// (docs/architecture.md): an import that climbs a layer fails. No warnings are allowed.
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The layers of src/, lowest first: each may import only those before it (and vendor/, styles/). */
export const LAYERS = [
  'model',
  'formats',
  'layout',
  'store',
  'components',
  'modes',
  'app',
  'studio',
];

/** Folders outside src/ that src/ never imports: they import it. */
const OUTSIDE = ['tests', 'scripts', 'build', 'bench'];

/**
 * One `no-restricted-imports` block per layer. A relative import names the top folder it climbs
 * into (`../../store/…`), so matching that name after the `../` steps finds every upward import.
 */
function layerRules() {
  const climb = (names) => `^(\\.\\./)+(${names.join('|')})(/|$)`;
  return LAYERS.map((layer, index) => {
    const above = LAYERS.slice(index + 1);
    return {
      files: [`src/${layer}/**/*.{ts,tsx}`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              ...(above.length > 0
                ? [
                    {
                      regex: climb(above),
                      message: `${layer}/ is below ${above.join(', ')}: import only downward (docs/architecture.md).`,
                    },
                  ]
                : []),
              {
                regex: `${climb(OUTSIDE)}|(^|/)main(\\.tsx)?$`,
                message: `src/ never imports main.tsx, tests, scripts, build or bench (docs/architecture.md).`,
              },
            ],
          },
        ],
      },
    };
  });
}

export default tseslint.config(
  { ignores: ['dist', 'dist-standalone', 'node_modules', 'bench/tmp', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.strict.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // Browser code sees browser globals only; everything else runs on Node (and tests drive both).
  { files: ['src/**/*.{ts,tsx}'], languageOptions: { globals: globals.browser } },
  {
    files: ['scripts/**', 'build/**', 'bench/**', 'tests/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Vitest's asymmetric matchers (expect.any, expect.stringContaining, …) are typed `any`.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  ...layerRules(),
  // Plain JavaScript (the embed script, this file) is not in a TypeScript project.
  {
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
