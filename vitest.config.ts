import { defineConfig } from 'vitest/config';

// .ci/run sets this to collect a JSON report it can count; a person running the tests sees only the default.
const reportDir = process.env.PAGERLAB_REPORT_DIR;

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // Properties stop and fail after two minutes, shrinking included (test/fastCheckSetup.ts).
    setupFiles: ['test/fastCheckSetup.ts'],
    reporters: reportDir ? ['default', ['json', { outputFile: `${reportDir}/vitest.json` }]] : ['default'],
  },
});
