// End-to-end tests in real Chromium (Debian's /usr/bin/chromium: Playwright's own browser download is
// not reachable from the project's machines). Each test starts its own browser host (random port and
// token, see test/e2e/fixtures.ts), so there is no webServer entry here. `npm test` builds first.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/e2e',
  // Every test starts its own host on its own port with its own folders, so tests run in parallel.
  fullyParallel: true,
  workers: 2,
  // One retry on CI: a test that passes only on its retry is still listed as flaky in the output.
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: process.env.STUDIO_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // The tests run inside a private keychain session (scripts/with-keychain.sh): the browser keeps
        // its own data out of it.
        '--password-store=basic',
      ],
    },
    trace: 'retain-on-failure',
  },
});
