// Unit and component tests. Pure code runs in Node's environment (fast); only code that needs a
// DOM runs in jsdom. Coverage (V8) is measured over src/ with floors at today's level, so it
// cannot silently fall. End-to-end tests have their own config: vitest.e2e.config.ts.
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

/** Unit tests that need a DOM: the embed script (iframes), the SVG export and the embed snippet (DOMParser). */
const DOM_UNIT_TESTS = [
  'tests/unit/embed/embedScript.test.ts',
  'tests/unit/layout/exportSvg.test.ts',
  'tests/unit/store/embedSnippet.test.ts',
];

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      env: { TZ: 'UTC' },
      // Headroom for a loaded two-core machine; no test asserts a time.
      testTimeout: 20_000,
      hookTimeout: 30_000,
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            include: ['tests/unit/**/*.test.{ts,tsx}'],
            exclude: DOM_UNIT_TESTS,
            environment: 'node',
          },
        },
        {
          extends: true,
          test: {
            name: 'dom',
            include: ['tests/component/**/*.test.{ts,tsx}', ...DOM_UNIT_TESTS],
            environment: 'jsdom',
            setupFiles: ['tests/setup.ts'],
          },
        },
      ],
      coverage: {
        provider: 'v8',
        include: ['src/**/*.{ts,tsx}'],
        exclude: ['src/**/*.d.ts', 'src/main.tsx'],
        reporter: ['text-summary', 'html'],
        // Today's level, rounded down a little (measured: statements 90.3 %, branches 81.6 %,
        // functions 92.2 %, lines 92.5 %). Raise them as coverage grows; never lower them.
        thresholds: { statements: 88, branches: 79, functions: 90, lines: 90 },
      },
    },
  }),
);
