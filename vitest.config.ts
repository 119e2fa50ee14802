import { defineConfig } from 'vitest/config';

// Unit tests in Node, on real temporary folders: shared/ and main/services/.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/packaging/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
