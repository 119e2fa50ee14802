import { defineConfig } from 'vitest/config';

// Unit tests in Node, on real temporary folders: shared/ and main/services/; and the publishing
// tests against a real WordPress on loopback (tests/wordpress/, which start it themselves).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/packaging/**/*.test.ts', 'tests/wordpress/**/*.test.ts'],
    globalSetup: ['tests/support/wordpress/globalSetup.ts'],
    environment: 'node',
    // A guard against hangs, not a speed check: CLI and exiftool tests start real processes on a shared 2-core machine.
    testTimeout: 90_000,
    hookTimeout: 90_000, // set-ups that make real pictures, for the same reason
    pool: 'forks',
  },
});
