import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, goTo, SHORT_ROUTINE, test } from './fixtures';

test.use({ extraRoutines: [SHORT_ROUTINE] });

async function violations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')})`,
  );
}

/** Each screen, opened as a person opens it: by the navigation and the links on screen. */
const open: Record<string, (page: Page) => Promise<void>> = {
  library: (page) => goTo(page, 'Library'),
  routine: async (page) => {
    await goTo(page, 'Library');
    await page.getByRole('link', { name: 'Details of Neck and shoulders' }).click();
  },
  settings: (page) => goTo(page, 'Settings'),
  history: (page) => goTo(page, 'History'),
  builder: async (page) => {
    await goTo(page, 'Library');
    await page.getByRole('link', { name: 'New routine' }).click();
  },
};

const screens: [string, (page: Page) => Promise<void>][] = [
  ['library', async (page) => void (await expect(page.getByRole('article').first()).toBeVisible())],
  [
    'routine',
    async (page) =>
      void (await expect(page.getByRole('heading', { name: 'Fit it to your time' })).toBeVisible()),
  ],
  [
    'settings',
    async (page) => {
      await expect(page.getByRole('heading', { name: 'Your data' })).toBeVisible();
      // With a reminder and working hours shown, so their controls are checked too.
      await page.getByRole('button', { name: 'Add a reminder' }).click();
      await page.getByRole('checkbox', { name: 'Only during my working hours' }).check();
      await expect(page.getByRole('listitem', { name: 'Reminder 1' })).toBeVisible();
    },
  ],
  [
    'history',
    async (page) =>
      void (await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible()),
  ],
  [
    'builder',
    async (page) => void (await expect(page.getByRole('heading', { level: 1 })).toBeVisible()),
  ],
];

for (const theme of ['light', 'dark'] as const) {
  for (const [name, ready] of screens) {
    test(`the ${name} screen has no accessibility violations in the ${theme} theme`, async ({
      player,
    }) => {
      await player.emulateMedia({ reducedMotion: 'reduce' });
      await player.evaluate((choice) => window.unknot.updateSettings({ theme: choice }), theme);
      await open[name]!(player);
      await ready(player);
      expect(await violations(player)).toEqual([]);
    });
  }

  test(`the player and the timer have no accessibility violations in the ${theme} theme`, async ({
    app,
    player,
  }) => {
    await player.emulateMedia({ reducedMotion: 'reduce' });
    await player.evaluate(
      (choice) => window.unknot.updateSettings({ theme: choice, countIn: false }),
      theme,
    );
    await player.getByRole('button', { name: 'Start Neck and shoulders' }).click();
    await expect(player.getByText(/^Step 1 of/)).toBeVisible();
    await player
      .getByRole('button', { name: /^Pause/ })
      .first()
      .click();
    expect(await violations(player)).toEqual([]);
    await player.getByRole('button', { name: 'Show timer' }).click();
    const timer = await app.timerWindow();
    await expect(timer.getByRole('timer')).toBeVisible();
    expect(await violations(timer)).toEqual([]);
  });
}

test('keyboard only: choose a routine, set its length, play, pause and stop', async ({
  player,
}) => {
  // Every Tab is a round trip to the page: on a busy machine the walk takes a while.
  test.setTimeout(60_000);
  await player.evaluate(() => window.unknot.updateSettings({ countIn: false }));
  await player.locator('body').focus();
  // Tab to the routine's details link, as a keyboard user would.
  const details = player.getByRole('link', { name: 'Details of Short pause' });
  for (
    let i = 0;
    i < 200 && !(await details.evaluate((el) => el === document.activeElement));
    i++
  ) {
    await player.keyboard.press('Tab');
  }
  await expect(details).toBeFocused();
  await player.keyboard.press('Enter');
  await expect(player.getByRole('heading', { level: 1, name: 'Short pause' })).toBeVisible();

  // Short pause is three steps of at most 30 s, none repeatable: it runs at most 90 s, so
  // there is no length to choose and no slider to offer one; the screen says so.
  await expect(player.getByText('this routine has one length with these choices')).toBeVisible();
  await expect(player.getByRole('slider', { name: /Length/ })).toHaveCount(0);

  // The button names the planned length once the plan is ready; only then is it tabbed to.
  const play = player.getByRole('button', { name: /^Play · / });
  await expect(play).toBeEnabled();
  for (let i = 0; i < 80 && !(await play.evaluate((el) => el === document.activeElement)); i++) {
    await player.keyboard.press('Tab');
  }
  await expect(play).toBeFocused();
  await player.keyboard.press('Enter');
  await expect(player.getByText('Step 1 of 3')).toBeVisible();

  await player.keyboard.press('Space');
  await expect(player.getByText('Paused', { exact: true })).toBeVisible();
  await player.keyboard.press('Escape');
  const dialog = player.getByRole('dialog', { name: 'Stop this routine?' });
  await expect(dialog).toBeVisible();
  await player.keyboard.press('Tab');
  await player.keyboard.press('Enter');
  await expect(
    player.getByRole('heading', { level: 1, name: 'Stopped early, and that is fine' }),
  ).toBeVisible();
});

test('the accessibility check really looks: an unlabelled button is caught', async ({ player }) => {
  await expect(player.getByRole('article').first()).toBeVisible();
  await player.evaluate(() =>
    document.querySelector('main')?.append(document.createElement('button')),
  );
  expect((await violations(player)).join('\n')).toContain('button-name');
});

test('text at 200% keeps every screen within the window', async ({ player }) => {
  await player.evaluate(() => window.unknot.updateSettings({ textScale: 2 }));
  for (const [name, opened] of Object.entries(open)) {
    await opened(player);
    await expect(player.locator('h1').first()).toBeVisible();
    const overflow = await player.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, name).toBeLessThanOrEqual(0);
  }
});
