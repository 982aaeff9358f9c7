import { defineConfig } from 'vitest/config';
import { FIXTURE_CONTENT } from './tests/support/project.ts';

export default defineConfig({
  test: {
    // The JSON report is what .ci/run counts for its closing "N passed, N failed" line.
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/test-results.json' },
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        // The staff desk (src/desk): its pure logic, its server and its page in Chromium, each on a temporary
        // copy of the fixture project; the server tests build and publish for real.
        test: { name: 'desk', include: ['tests/desk/**/*.test.ts'], testTimeout: 600_000, hookTimeout: 300_000 },
      },
      {
        // Tests of the built site: the site is built once, for real, before they run.
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/build-site.ts'],
          // The site's settings the tests compare against are the fixture site's, as built (src/site.config.ts).
          env: { CONTENT_DIR: FIXTURE_CONTENT },
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
