// End-to-end tests: the built app (dist/) in the system's headless Chromium, driven by Playwright.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/globalSetup.ts'],
    // One test file (so one Chromium) at a time: the machines have two cores.
    fileParallelism: false,
    // Generous, because a loaded CI machine is slow; tests never assert timings themselves.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { TZ: 'UTC' },
  },
});
