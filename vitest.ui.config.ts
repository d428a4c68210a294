import { defineConfig } from 'vitest/config';

// The UI suite: the built renderer (npm run build:renderer) in headless Chromium, against the
// real HTTP bridge and a loopback fixture site, or against a fake preload for the 10,000-row grid.
export default defineConfig({
  test: {
    include: ['test/ui/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // One Chromium at a time: the machine is shared.
    fileParallelism: false,
  },
});
