import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectScreen, goTo, readmeScreenshot, SCREENSHOT_DIR, test } from './fixtures';

test.use({ firstRun: true });

const TITLES = ['Welcome', 'Where does it hurt?', 'Ready when you are'] as const;

function heading(page: Page, step: 1 | 2 | 3) {
  return page.getByRole('heading', { level: 1, name: TITLES[step - 1] });
}

/** Each step's main button: the one a person presses to go on. */
function mainButton(page: Page, step: 1 | 2 | 3) {
  const name = step === 3 ? 'Start the three-minute reset' : 'Continue';
  return page.getByRole('button', { name, exact: true });
}

/** Through step 1 as a person would: tick the box, press Continue. */
async function pastSafety(page: Page): Promise<void> {
  await page.getByRole('checkbox', { name: /I have read this/ }).check();
  await mainButton(page, 1).click();
  await expect(heading(page, 2)).toBeVisible();
}

test.describe('with pain check-ins on', () => {
  // Check-ins are on, as for a new user: the first start must still not ask for a score.
  test.use({ checkIns: true });

  test('the first run walks three steps and lands in the player, playing the three-minute reset', async ({
    app,
    player,
  }) => {
    await expect(heading(player, 1)).toBeVisible();
    await expect(player.getByText('Step 1 of 3')).toBeVisible();
    const safety = player.getByRole('region', { name: /Before you start/ });
    await expect(safety).toContainText('blood clot');
    await expect(safety).toContainText('blood thinners');
    await expect(safety).toContainText('pregnant');

    // Continue too soon: it says why, and leads to the box.
    const confirm = player.getByRole('checkbox', { name: /I have read this/ });
    await mainButton(player, 1).click();
    await expect(confirm).toBeFocused();
    await expect(player.getByText('Please tick this box first.')).toBeVisible();
    await expect(heading(player, 1)).toBeVisible();
    await confirm.check();
    await mainButton(player, 1).click();

    await expect(heading(player, 2)).toBeFocused();
    await expect(player.getByText('Step 2 of 3')).toBeVisible();
    await player.getByRole('checkbox', { name: 'Wrists and hands' }).check();
    await player.getByRole('checkbox', { name: 'Lower back' }).check();
    await player
      .getByRole('group', { name: /weekly goal/ })
      .getByRole('radio', { name: '4' })
      .check();
    await mainButton(player, 2).click();

    await expect(heading(player, 3)).toBeFocused();
    await expect(player.getByText('Step 3 of 3')).toBeVisible();
    // Back finds the choices saved; forward again.
    await player.getByRole('button', { name: 'Back' }).click();
    await expect(heading(player, 2)).toBeFocused();
    await expect(player.getByRole('checkbox', { name: 'Wrists and hands' })).toBeChecked();
    await expect(player.getByRole('radio', { name: '4' })).toBeChecked();
    await mainButton(player, 2).click();
    await expect(heading(player, 3)).toBeVisible();

    await mainButton(player, 3).click();
    await expect(player.getByText('Three-minute reset', { exact: true })).toBeVisible();
    await expect(player.getByRole('timer')).toBeVisible();
    await expect(player.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect(player.getByRole('dialog')).toHaveCount(0);
    expect(new URL(player.url()).hash).toBe('#/player');
    // Past the count-in, the first step plays.
    await expect(player.getByRole('heading', { level: 1, name: 'Shoulder rolls' })).toBeVisible({
      timeout: 10_000,
    });
    await expect(player.getByText(/^Step 1 of \d+$/)).toBeVisible();
    await expect(player.getByRole('dialog')).toHaveCount(0);
    const playback = await player.evaluate(() => window.unknot.getPlayback());
    expect(playback.status).toBe('playing');
    expect(playback.plan?.routineId).toBe('three-minute-reset');
    expect(await player.evaluate(() => window.unknot.getSettings())).toMatchObject({
      firstRunDone: true,
      focusAreas: ['lower-back', 'wrists-hands'],
      weeklyGoalDays: 4,
      // Still on for later starts: only the first one skips the question.
      checkIns: true,
      checkInBeforeStart: true,
    });

    await app.restart();
    await expect(heading(player, 1)).toHaveCount(0);
    await goTo(player, 'Settings');
    await player.getByRole('button', { name: 'Show the welcome and safety notes again' }).click();
    await expect(heading(player, 1)).toBeVisible();
  });
});

test('in a 720×560 window each step has its main button in view without scrolling, at any text size', async ({
  player,
}) => {
  await player.setViewportSize({ width: 720, height: 560 });
  const inView = async (step: 1 | 2 | 3, shot: string) => {
    await expect(heading(player, step)).toBeVisible();
    const box = (await mainButton(player, step).boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(560);
    expect(box.x + box.width).toBeLessThanOrEqual(720);
    // The page itself never scrolls: only a step's content does, above the buttons.
    expect(
      await player.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight),
    ).toBe(true);
    await player.screenshot({ path: path.join(SCREENSHOT_DIR, `first-run-small-${shot}.png`) });
  };

  for (const scale of [1, 2]) {
    await player.evaluate((textScale) => window.unknot.updateSettings({ textScale }), scale);
    await inView(1, `${scale}x-1`);
    // The box to tick sits beside the button, in view too.
    const confirm = player.getByRole('checkbox', { name: /I have read this/ });
    const box = (await confirm.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(560);
    await confirm.check();
    await mainButton(player, 1).click();
    await inView(2, `${scale}x-2`);
    await mainButton(player, 2).click();
    await inView(3, `${scale}x-3`);
    // Back to the start for the next text size.
    await player.getByRole('button', { name: 'Back' }).click();
    await player.getByRole('button', { name: 'Back' }).click();
    await confirm.uncheck();
  }
});

test('Skip on step 2 leaves the areas and goal as they were, and Look around first opens the library', async ({
  player,
}) => {
  await pastSafety(player);
  await player.getByRole('checkbox', { name: 'Neck' }).check();
  await player.getByRole('radio', { name: '6' }).check();
  await player.getByRole('button', { name: 'Skip', exact: true }).click();
  await expect(heading(player, 3)).toBeFocused();
  expect(await player.evaluate(() => window.unknot.getSettings())).toMatchObject({
    focusAreas: [],
    weeklyGoalDays: 3,
    firstRunDone: false,
  });

  await player.getByRole('button', { name: 'Look around first' }).click();
  await expect(player.getByRole('link', { name: 'Library' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(heading(player, 1)).toHaveCount(0);
  expect(await player.evaluate(() => window.unknot.getSettings())).toMatchObject({
    firstRunDone: true,
  });
  expect((await player.evaluate(() => window.unknot.getPlayback())).status).not.toBe('playing');
});

for (const theme of ['light', 'dark'] as const) {
  test(
    `each step of the welcome looks as it did and has no accessibility violations in the ${theme} theme`,
    { tag: '@screens' },
    async ({ player }) => {
      await player.emulateMedia({ reducedMotion: 'reduce' });
      await player.evaluate((choice) => window.unknot.updateSettings({ theme: choice }), theme);
      const check = async (step: 1 | 2 | 3, name: string) => {
        await expect(heading(player, step)).toBeVisible();
        await expectScreen(player, `welcome-${theme}-${name}`, { fullPage: true });
        const result = await new AxeBuilder({ page: player })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
          .analyze();
        expect(result.violations.map((v) => v.id)).toEqual([]);
      };

      await check(1, '1');
      if (theme === 'light') await readmeScreenshot(player, 'first-run-1');
      // The folded health questions too, open.
      await player.getByText(/^Your health \(optional\)/).click();
      await expect(player.getByRole('group', { name: /A few questions/ })).toBeVisible();
      await check(1, '1-health');
      // Continue too soon, with its hint showing.
      await mainButton(player, 1).click();
      await check(1, '1-hint');

      await pastSafety(player);
      await player.getByRole('checkbox', { name: 'Shoulders' }).check();
      await check(2, '2');
      if (theme === 'light') await readmeScreenshot(player, 'first-run-2');
      await mainButton(player, 2).click();
      await check(3, '3');
      if (theme === 'light') await readmeScreenshot(player, 'first-run-3');
    },
  );
}

test('health answers on the first run make routines gentle and leave out what is unsafe, saying why', async ({
  player,
}) => {
  await player.getByText(/^Your health \(optional\)/).click();
  const questions = player.getByRole('group', { name: /A few questions/ });
  await questions.getByRole('checkbox', { name: /osteoporosis/ }).check();
  await expect(questions.getByRole('list', { name: 'What this changes' })).toContainText(
    'Routines start in gentle mode',
  );
  await questions.getByRole('checkbox', { name: /numb skin/ }).check();
  await expect(questions.getByRole('list', { name: 'What this changes' })).toContainText(
    'Heat steps are left out',
  );
  await player
    .getByRole('group', { name: /Areas to avoid/ })
    .getByRole('checkbox', { name: 'Wrists and hands' })
    .check();
  await pastSafety(player);
  await player.getByRole('button', { name: 'Skip', exact: true }).click();
  await player.getByRole('button', { name: 'Look around first' }).click();
  expect(await player.evaluate(() => window.unknot.getSettings())).toMatchObject({
    avoidAreas: ['wrists-hands'],
    healthAnswers: expect.arrayContaining(['osteoporosis']),
  });

  // Low back at the desk has a heat step and a ball step: both are left out, each with why.
  await player.getByRole('link', { name: 'Details of Low back at the desk' }).click();
  await expect(player.getByRole('radio', { name: 'Gentle' })).toBeChecked();
  const omitted = player.locator('.step-row.omitted');
  await expect(omitted.filter({ hasText: 'no heat on numb skin' })).toHaveCount(1);
  await expect(omitted.filter({ hasText: 'too firm for gentle mode' }).first()).toBeVisible();
  await expect(player.locator('.plan-summary')).toContainText(
    'Left out for what you told us about your health',
  );

  await player.getByRole('button', { name: /^Play/ }).click();
  const plan = await player.evaluate(async () => (await window.unknot.getPlayback()).plan!);
  for (const step of plan.steps) {
    expect(step.technique).not.toBe('heat');
    expect(['self-myofascial-rolling', 'trigger-point', 'deep-tissue']).not.toContain(
      step.technique,
    );
  }
});
