import fs from 'node:fs';
import path from 'node:path';
import { expect, readmeScreenshot, SCREENSHOT_DIR, test } from './fixtures';

const routineCount = fs.readdirSync('content/routines').filter((f) => f.endsWith('.json')).length;

test('the library lists every routine with its length, body areas and techniques', async ({
  player,
}) => {
  const cards = player.getByRole('article');
  await expect(cards).toHaveCount(routineCount);
  await expect(player.getByText(`${routineCount} routines`)).toBeVisible();

  const reset = player.getByRole('article', { name: 'Three-minute reset' });
  await expect(reset.getByText(/^\d+ min$/)).toBeVisible();
  await expect(
    reset.getByRole('list', { name: 'Techniques' }).getByRole('listitem').first(),
  ).toBeVisible();
  await expect(
    reset.getByRole('list', { name: 'Body areas' }).getByRole('listitem').first(),
  ).toBeVisible();
  await expect(reset.getByRole('button', { name: 'Start Three-minute reset' })).toBeVisible();
  await expect(reset.getByRole('link', { name: 'Details of Three-minute reset' })).toBeVisible();
});

test('filtering by body area shows only routines that work on it', async ({ player }) => {
  await player.getByRole('combobox', { name: 'Body area' }).selectOption({ label: 'Feet' });
  const cards = player.getByRole('article');
  const count = await cards.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(routineCount);
  for (let i = 0; i < count; i++) {
    await expect(cards.nth(i).getByRole('list', { name: 'Body areas' })).toContainText('Feet');
  }
  await player.getByRole('combobox', { name: 'Body area' }).selectOption({ label: 'All areas' });
  await expect(cards).toHaveCount(routineCount);
});

test('a routine’s details show its cautions and steps before playing', async ({ player }) => {
  await player.getByRole('link', { name: 'Details of Three-minute reset' }).click();
  await expect(player.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  await expect(player.getByRole('button', { name: /^Play · 3 min$/ })).toBeVisible();
  await expect(player.getByRole('heading', { level: 1, name: 'Three-minute reset' })).toBeVisible();
  await expect(
    player
      .getByRole('list')
      .filter({ has: player.locator('.step-row') })
      .getByRole('listitem'),
  ).toHaveCount(4);
  await player.getByRole('link', { name: 'Library' }).first().click();
  await expect(player.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
});

test('screenshots: the library in both themes', async ({ player }) => {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // No colour transitions caught half-way in a screenshot.
  await player.emulateMedia({ reducedMotion: 'reduce' });
  for (const theme of ['light', 'dark'] as const) {
    await player.evaluate((choice) => window.unknot.updateSettings({ theme: choice }), theme);
    await expect(player.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(player.getByRole('article').first()).toBeVisible();
    await player.screenshot({ path: path.join(SCREENSHOT_DIR, `library-${theme}.png`) });
    if (theme === 'light') await readmeScreenshot(player, 'library');
  }
});
