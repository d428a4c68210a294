import { defineConfig } from 'vitest/config';

// Unit, integration and CLI tests. The UI suite (Chromium) has its own config: vitest.ui.config.ts.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/ui/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
