import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { RoutineSchema, type Routine } from '../../content/schema';
import { AppHarness } from '../harness/app-harness';
import { PageCoverage } from '../harness/page-coverage';
import { serveStatic, type StaticServer } from '../harness/static-server';
import { BRIDGE_FILE } from './global-setup';

export const SCREENSHOT_DIR = path.resolve('tests/e2e/screenshots');

/**
 * `UPDATE_README_SCREENSHOTS=1 npm run test:e2e` also writes the README's pictures to
 * assets/screenshots/ (committed); a normal run leaves them alone.
 */
export async function readmeScreenshot(page: Page, name: string): Promise<void> {
  if (!process.env.UPDATE_README_SCREENSHOTS) return;
  const dir = path.resolve('assets/screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

/**
 * Compares a screen with its committed picture in tests/e2e/screens/, so it cannot change
 * unseen. No pointer or focus ring in the picture; what changes from run to run (a clock, a
 * temp folder, today's date) is masked. `npm run test:screens:update` accepts a change
 * after you have looked at it.
 */
export async function expectScreen(
  page: Page,
  name: string,
  options: { fullPage?: boolean; mask?: Locator[] } = {},
): Promise<void> {
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await expect(page).toHaveScreenshot(`${name}.png`, options);
}

/** Goes to a main screen as a person does: by its link in the side navigation. */
export async function goTo(page: Page, screen: 'Library' | 'History' | 'Settings' | 'Player') {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: screen }).click();
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
}

/** Opens a library card's "More actions" menu and follows one of its links. */
export async function chooseFromCardMenu(page: Page, title: string, action: string) {
  const card = page.getByRole('article', { name: title });
  await card.getByLabel(`More actions for ${title}`).click();
  await card
    .getByRole('group', { name: `Actions for ${title}` })
    .getByRole('link', { name: action, exact: true })
    .click();
}

interface WorkerFixtures {
  server: StaticServer;
  coverage: PageCoverage;
  bridgeScript: string;
}
interface TestFixtures {
  /** Pain check-ins before and after a session; off unless a test is about them. */
  checkIns: boolean;
  /** The first-run welcome; already done unless a test is about it. */
  firstRun: boolean;
  /** Every window in the pseudo-language, to find English left and text that overflows. */
  pseudo: boolean;
  /** Routines the app gets besides the built-in ones (set with test.use). */
  extraRoutines: Routine[];
  dataDir: string;
  app: AppHarness;
  /** The main (player) window, open on the library. */
  player: Page;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    async ({}, use) => {
      const server = await serveStatic(path.resolve('out/renderer'));
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  coverage: [
    async ({}, use) => use(new PageCoverage(path.resolve('out/renderer'))),
    { scope: 'worker' },
  ],
  bridgeScript: [async ({}, use) => use(fs.readFileSync(BRIDGE_FILE, 'utf8')), { scope: 'worker' }],
  dataDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unknot-e2e-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  extraRoutines: [[], { option: true }],
  checkIns: [false, { option: true }],
  firstRun: [false, { option: true }],
  pseudo: [false, { option: true }],
  app: async (
    {
      context,
      server,
      coverage,
      bridgeScript,
      dataDir,
      extraRoutines,
      checkIns,
      firstRun,
      locale,
      pseudo,
    },
    use,
  ) => {
    const app = await AppHarness.start({
      context,
      // The system's language is the browser's (test.use({ locale })), as Electron's would be.
      ...(locale ? { systemLanguages: [locale] } : {}),
      pseudo,
      origin: server.origin,
      dataDir,
      contentDir: path.resolve('content'),
      bridgeScript,
      extraRoutines,
      coverage,
    });
    if (!checkIns) app.services.settings.update({ checkIns: false });
    if (!firstRun) app.services.settings.update({ firstRunDone: true });
    await use(app);
    await coverage.takeAll();
    app.dispose();
  },
  player: async ({ app }, use) => {
    await use(await app.openPage('library'));
  },
});

export { expect };

/** Three seven-second steps spoken with real clips: a whole routine in about twenty seconds. */
export const SHORT_ROUTINE: Routine = RoutineSchema.parse(
  JSON.parse(fs.readFileSync('tests/e2e/data/short-routine.json', 'utf8')),
);
