import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import { expect, SCREENSHOT_DIR, test } from './fixtures';

test.use({ firstRun: true });

test('the first run shows the red flags, asks to confirm, and starts the three-minute reset', async ({
  app,
  player,
}) => {
  await expect(player.getByRole('heading', { level: 1, name: 'Welcome' })).toBeVisible();
  const safety = player.getByRole('region', { name: /Before you start/ });
  await expect(safety).toContainText('blood clot');
  await expect(safety).toContainText('blood thinners');
  await expect(safety).toContainText('pregnant');
  const start = player.getByRole('button', { name: 'Start the three-minute reset' });
  await expect(start).toBeDisabled();

  await player.getByRole('checkbox', { name: 'Wrists and hands' }).check();
  await player.getByRole('combobox', { name: /weekly goal/ }).selectOption('4');
  await player.getByRole('checkbox', { name: /I have read this/ }).check();
  await start.click();
  await expect(player.getByText(/^Starting|Step 1 of/)).toBeVisible();
  expect(await player.evaluate(() => window.unknot.getSettings())).toMatchObject({
    firstRunDone: true,
    avoidAreas: ['wrists-hands'],
    weeklyGoalDays: 4,
  });

  await app.restart();
  await expect(player.getByRole('heading', { level: 1, name: 'Welcome' })).toHaveCount(0);
  await player.goto(player.url().replace(/#.*$/, '#/settings'));
  await player.getByRole('button', { name: 'Show the welcome and safety notes again' }).click();
  await expect(player.getByRole('heading', { level: 1, name: 'Welcome' })).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`the welcome has no accessibility violations in the ${theme} theme`, async ({ player }) => {
    await player.emulateMedia({ reducedMotion: 'reduce' });
    await player.evaluate((choice) => window.unknot.updateSettings({ theme: choice }), theme);
    await expect(player.getByRole('heading', { level: 1, name: 'Welcome' })).toBeVisible();
    await player.screenshot({
      path: path.join(SCREENSHOT_DIR, `welcome-${theme}.png`),
      fullPage: true,
    });
    const result = await new AxeBuilder({ page: player })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
      .analyze();
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
}

test('health answers on the first run make routines gentle and leave out what is unsafe, saying why', async ({
  player,
}) => {
  const questions = player.getByRole('group', { name: /A few questions/ });
  await questions.getByRole('checkbox', { name: /osteoporosis/ }).check();
  await expect(questions.getByRole('list', { name: 'What this changes' })).toContainText(
    'Routines start in gentle mode',
  );
  await questions.getByRole('checkbox', { name: /numb skin/ }).check();
  await expect(questions.getByRole('list', { name: 'What this changes' })).toContainText(
    'Heat steps are left out',
  );
  await player.getByRole('checkbox', { name: /I have read this/ }).check();
  await player.getByRole('button', { name: 'Go to the library' }).click();

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
