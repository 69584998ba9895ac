import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/harness/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Every page runs under V8's precise coverage (tests/harness/page-coverage.ts), which
  // slows its scripts about 1.5 times: axe over a whole screen takes 10 s or more.
  timeout: 60_000,
  reporter: [['list']],
  // Screens compared by expectScreen (tests/e2e/fixtures.ts); missing or changed pictures fail
  // the run and are written only by `npm run test:screens:update`.
  snapshotPathTemplate: '{testDir}/screens/{arg}{ext}',
  updateSnapshots: 'none',
  expect: {
    toHaveScreenshot: {
      animations: 'disabled',
      caret: 'hide',
      // Antialiasing can shade a few edge pixels differently between runs; one changed
      // letter changes more than 100 of them, so a change in any label shows.
      threshold: 0.2,
      maxDiffPixels: 100,
    },
  },
  use: {
    browserName: 'chromium',
    viewport: { width: 1200, height: 800 },
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
});
