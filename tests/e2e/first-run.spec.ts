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
