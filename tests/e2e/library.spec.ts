import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { formatLength } from '../../content/format-length';
import { defaultRoutineSeconds, RoutineSchema } from '../../content/schema';
import { expect, readmeScreenshot, expectScreen, test } from './fixtures';

const routineFiles = fs.readdirSync('content/routines').filter((f) => f.endsWith('.json'));
const routineCount = routineFiles.length;
const builtIn = routineFiles.map((f) =>
  RoutineSchema.parse(JSON.parse(fs.readFileSync(path.join('content/routines', f), 'utf8'))),
);

/** A card's length in seconds, read from what it says ("4 min 30 s"). */
function secondsOf(text: string): number {
  const [, min = '0', sec = '0'] = /^(?:(\d+) min)? ?(?:(\d+) s)?$/.exec(text.trim()) ?? [];
  return Number(min) * 60 + Number(sec);
}

async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(' | ')})`,
  );
}

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

test('typing in the search box shows the matching routines as you type', async ({ player }) => {
  const search = player.getByRole('searchbox', { name: 'Search routines' });
  const cards = player.getByRole('article');
  await search.fill('neck');
  await expect(cards.first()).toHaveAccessibleName('Neck and shoulders');
  await expect(player.getByText(/^\d+ of \d+ routines$/)).toBeVisible();
  const count = await cards.count();
  expect(count).toBeLessThan(routineCount);
  for (let i = 0; i < count; i++) {
    await expect(cards.nth(i).getByRole('list', { name: 'Body areas' })).toContainText('Neck');
  }
  // A person types one letter at a time; the list follows each one.
  await search.clear();
  await search.pressSequentially('trigger');
  await expect(cards.first()).toBeVisible();
  const triggers = await cards.count();
  expect(triggers).toBeGreaterThan(0);
  for (let i = 0; i < triggers; i++) {
    await expect(cards.nth(i).getByRole('list', { name: 'Techniques' })).toContainText(
      'Trigger point',
    );
  }
});

test('the For you row offers the three-minute reset and the user’s own areas, and steps aside for a search', async ({
  player,
}) => {
  const forYou = player.getByRole('region', { name: 'For you' });
  await expect(forYou.getByRole('link', { name: 'Three-minute reset' })).toBeVisible();
  await expect(forYou.getByText(/Three minutes, anywhere/)).toBeVisible();

  // Where it hurts is chosen at first run, or later in Settings, as here.
  await player.getByRole('link', { name: 'Settings' }).click();
  await player
    .getByRole('group', { name: 'Where it hurts most' })
    .getByRole('checkbox', { name: 'Feet' })
    .check();
  await player.getByRole('link', { name: 'Library' }).click();
  const feet = forYou.getByRole('listitem').filter({ hasText: 'Feet under the desk' });
  await expect(feet).toContainText('For your feet');
  await expect(forYou.getByRole('listitem')).toHaveCount(3);

  await player.getByRole('searchbox', { name: 'Search routines' }).fill('jaw');
  await expect(forYou).toHaveCount(0);
  await player.getByRole('button', { name: 'Clear filters' }).click();
  await expect(forYou).toBeVisible();

  await forYou.getByRole('button', { name: 'Start now: Three-minute reset' }).click();
  await expect(player.getByText(/^Step 1 of/)).toBeVisible();
});

test('"Up to 5 min" keeps every card that says 5 min or less', async ({ player }) => {
  await player.getByRole('combobox', { name: 'Length' }).selectOption({ label: 'Up to 5 min' });
  const expected = builtIn.filter((r) => secondsOf(formatLength(defaultRoutineSeconds(r))) <= 300);
  const cards = player.getByRole('article');
  await expect(cards).toHaveCount(expected.length);
  for (const routine of expected) {
    const card = player.getByRole('article', { name: routine.title, exact: true });
    const length = await card.locator('.length').innerText();
    expect(secondsOf(length)).toBeLessThanOrEqual(300);
  }
});

test('a filter that leaves nothing says so, and Clear filters brings every routine back', async ({
  player,
}) => {
  await player
    .getByRole('combobox', { name: 'Technique' })
    .selectOption({ label: 'Trigger point' });
  await player.getByRole('combobox', { name: 'Length' }).selectOption({ label: 'Up to 5 min' });
  await expect(player.getByRole('article')).toHaveCount(0);
  await expect(player.getByText('No routines match.')).toBeVisible();
  await expect(player.getByText(`0 of ${routineCount} routines`)).toBeVisible();

  await player.getByRole('button', { name: 'Clear filters' }).click();
  await expect(player.getByRole('article')).toHaveCount(routineCount);
  await expect(player.getByText(`${routineCount} routines`, { exact: true })).toBeVisible();
  await expect(player.getByRole('combobox', { name: 'Technique' })).toHaveValue('any');
  await expect(player.getByRole('button', { name: 'Clear filters' })).toHaveCount(0);
});

test('"No equipment" leaves out the routines that need a heat pack, a ball or a bath', async ({
  player,
}) => {
  await expect(player.getByRole('article', { name: 'Evening heat wind-down' })).toBeVisible();
  await player.getByRole('checkbox', { name: 'No equipment' }).check();
  await expect(player.getByRole('article', { name: 'Evening heat wind-down' })).toHaveCount(0);
  await expect(player.getByRole('article', { name: 'Warm bath wind-down' })).toHaveCount(0);
  await expect(player.getByRole('article', { name: 'Three-minute reset' })).toBeVisible();
  await expect(player.getByRole('article').getByText(/You.ll need/)).toHaveCount(0);
  await expect(player.getByRole('button', { name: 'Clear filters' })).toBeVisible();
});

test('a card and the routine’s details say what you’ll need', async ({ player }) => {
  const heat = player.getByRole('article', { name: 'Evening heat wind-down' });
  await expect(heat.getByRole('list', { name: /You.ll need/ })).toContainText(
    'Heat pack or hot water bottle',
  );
  const reset = player.getByRole('article', { name: 'Three-minute reset' });
  await expect(reset.getByText(/You.ll need/)).toHaveCount(0);

  await player.getByRole('link', { name: 'Details of Low back at the desk' }).click();
  await expect(player.getByRole('list', { name: /You.ll need/ })).toContainText(
    'Tennis or massage ball',
  );
});

test('the list view shows every routine in one row each, and is remembered', async ({ player }) => {
  await player.getByRole('radio', { name: 'List' }).check();
  const rows = player.getByRole('list', { name: 'Routines' }).getByRole('listitem');
  await expect(rows).toHaveCount(routineCount);
  const low = player.getByRole('article', { name: 'Low back at the desk' });
  await expect(low).toContainText(/You.ll need: heat pack or hot water bottle/);
  await expect(low).toContainText('Lower back');
  await expect(low.getByRole('button', { name: 'Start Low back at the desk' })).toBeVisible();
  await expect(low.getByRole('link', { name: 'Details of Low back at the desk' })).toBeVisible();

  // Every row fits in two screens of the default window.
  const height = await player
    .getByRole('list', { name: 'Routines' })
    .evaluate((el) => el.scrollHeight);
  expect(height).toBeLessThan(2 * 800);

  await low.getByRole('link', { name: 'Details of Low back at the desk' }).click();
  await player.getByRole('link', { name: 'Library' }).first().click();
  await expect(player.getByRole('radio', { name: 'List' })).toBeChecked();
  await expect(rows).toHaveCount(routineCount);
});

for (const theme of ['light', 'dark'] as const) {
  test(`search, filters and the list view have no accessibility violations in the ${theme} theme`, async ({
    player,
  }) => {
    await player.emulateMedia({ reducedMotion: 'reduce' });
    await player.evaluate((choice) => window.unknot.updateSettings({ theme: choice }), theme);
    await expect(player.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(player.getByRole('region', { name: 'For you' })).toBeVisible();
    expect(await axeViolations(player)).toEqual([]);

    await player.getByRole('radio', { name: 'List' }).check();
    await player.getByRole('searchbox', { name: 'Search routines' }).fill('back');
    await player.getByRole('checkbox', { name: 'No equipment' }).check();
    await expect(player.getByRole('button', { name: 'Clear filters' })).toBeVisible();
    expect(await axeViolations(player)).toEqual([]);

    await player.getByRole('searchbox', { name: 'Search routines' }).fill('zzzz');
    await expect(player.getByText('No routines match.')).toBeVisible();
    expect(await axeViolations(player)).toEqual([]);
  });
}

test('the library looks as it did, in both themes', { tag: '@screens' }, async ({ player }) => {
  // No colour transitions caught half-way in a screenshot.
  await player.emulateMedia({ reducedMotion: 'reduce' });
  for (const theme of ['light', 'dark'] as const) {
    await player.evaluate((choice) => window.unknot.updateSettings({ theme: choice }), theme);
    await expect(player.locator('html')).toHaveAttribute('data-theme', theme);
    await player.getByRole('radio', { name: 'Cards' }).check();
    await expect(player.getByRole('article').first()).toBeVisible();
    await player.evaluate(() => window.scrollTo(0, 0));
    await expectScreen(player, `library-${theme}`);
    if (theme === 'light') await readmeScreenshot(player, 'library');

    await player.getByRole('radio', { name: 'List' }).check();
    await expect(player.getByRole('list', { name: 'Routines' })).toBeVisible();
    // The list's point is how much fits: the picture starts at the search box.
    await player
      .getByRole('region', { name: 'Find a routine' })
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expectScreen(player, `library-list-${theme}`);
    if (theme === 'light') await readmeScreenshot(player, 'library-list');
  }
});
