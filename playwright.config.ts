import { defineConfig } from '@playwright/test';

// Helpers working side by side each build into their own folder and serve it on their own port.
const PORT = Number(process.env.PAGERLAB_E2E_PORT ?? 4173);
const DIST = process.env.PAGERLAB_DIST ?? 'dist';
// .ci/run sets this to collect a JSON report it can count; a person running the tests sees only the list.
const reportDir = process.env.PAGERLAB_REPORT_DIR;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: reportDir ? [['list'], ['json', { outputFile: `${reportDir}/playwright.json` }]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    // Debian's Chromium: Playwright never downloads a browser of its own here.
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  // The production build (npm run test:e2e builds it first), served as `npm start` serves it.
  webServer: {
    command: `npx vite preview --outDir ${DIST} --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
