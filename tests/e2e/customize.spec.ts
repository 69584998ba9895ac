import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectScreen, readmeScreenshot, test } from './fixtures';

const openRoutine = async (player: Page, title: string) => {
  await player.getByRole('link', { name: `Details of ${title}` }).click();
  await expect(player.getByRole('heading', { level: 1, name: title })).toBeVisible();
};

test('a 7-minute target plays a plan of 420 seconds', async ({ player }) => {
  await openRoutine(player, 'Neck and shoulders');
  await player.getByRole('slider', { name: /Length/ }).fill('7');
  await expect(player.locator('.target-length')).toContainText('7 min');
  await player.getByRole('button', { name: /^Play · 7 min$/ }).click();
  await expect(player.getByText(/^Starting|Step 1 of/)).toBeVisible();
  const total = await player.evaluate(
    async () => (await window.unknot.getPlayback()).plan!.totalSeconds,
  );
  expect(Math.abs(total - 420)).toBeLessThanOrEqual(1);
});

test('the length slider goes up to the longest plan the choices allow, and no further', async ({
  player,
}) => {
  await openRoutine(player, 'Three-minute reset');
  const slider = player.getByRole('slider', { name: /Length/ });
  const play = player.getByRole('button', { name: /^Play · / });
  // content/routines/three-minute-reset.json: the steps' seconds.max are 60, 120, 60 and 60,
  // and every step but the last (Slow breaths) is repeatable, so the longest plan plays the
  // first three twice: 2 × (60 + 120 + 60) + 60 = 540 s, 9 whole minutes.
  await expect(slider).toHaveAttribute('max', '9');
  await slider.focus();
  await player.keyboard.press('End');
  await expect(slider).toHaveValue('9');
  await player.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('9');
  await expect(slider).toHaveAttribute('aria-valuetext', '9 min');
  // The browser itself keeps the value within the maximum.
  expect(await slider.evaluate((el: HTMLInputElement) => ((el.value = '10'), el.value))).toBe('9');
  await expect(play).toHaveText('Play · 9 min');

  // Shoulder rolls held at 45 s is a fixed length, never repeated: 45 + 2 × (120 + 60) + 60 =
  // 465 s (7 min 45 s), so the slider tops out at 8 minutes, rounded up, and its last stop
  // asks for exactly 7 min 45 s.
  await player.getByRole('combobox', { name: 'Length of Shoulder rolls' }).selectOption('45 s');
  await expect(slider).toHaveAttribute('max', '8');
  await expect(slider).toHaveValue('8');
  await expect(slider).toHaveAttribute('aria-valuetext', '7 min 45 s');
  await slider.focus();
  await player.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('8');
  await expect(player.locator('.plan-summary')).not.toContainText('runs at most');
  await expect(play).toHaveText('Play · 7 min 45 s');
  await play.click();
  await expect(player.getByText(/^Starting|Step 1 of/)).toBeVisible();
  const total = await player.evaluate(
    async () => (await window.unknot.getPlayback()).plan!.totalSeconds,
  );
  expect(total).toBe(465);
});

test('avoiding the wrists and hands leaves out every step on them and says why', async ({
  player,
}) => {
  await openRoutine(player, 'Typing forearms and hands');
  const steps = player.locator('.step-row');
  const before = await steps.count();
  await player.getByRole('checkbox', { name: 'Wrists and hands' }).check();
  const omitted = player.locator('.step-row.omitted');
  await expect(omitted.first()).toBeVisible();
  await expect(omitted.first()).toContainText('an area you are avoiding');
  await expect(player.locator('.plan-summary')).toContainText(
    'Left out for the areas you are avoiding',
  );
  await player.getByRole('button', { name: /^Play/ }).click();
  const plan = await player.evaluate(async () => (await window.unknot.getPlayback()).plan!);
  expect(plan.steps.length).toBeLessThan(before);
  for (const step of plan.steps) expect(step.bodyAreas).not.toContain('wrists-hands');
});

test('the slider starts at the shortest plan: asking for less gets that, with one length on screen', async ({
  player,
}) => {
  await openRoutine(player, 'Evening heat wind-down');
  const slider = player.getByRole('slider', { name: /Length/ });
  const shortest = Number(await slider.getAttribute('min'));
  expect(shortest).toBeGreaterThan(2);
  await slider.fill('2');
  await expect(slider).toHaveValue(String(shortest));
  const summary = player.locator('.plan-summary');
  await expect(summary).not.toContainText('The nearest length is');
  await expect(summary.getByRole('button', { name: /^Use / })).toHaveCount(0);
  // The length beside the slider is the plan's, and the Play button says the same.
  const shown = (await player.locator('.target-length strong').textContent()) ?? '';
  await expect(player.getByRole('button', { name: /^Play · / })).toHaveText(`Play · ${shown}`);
});

test('the step list is the plan: the gentle version named, a left-out step unticked with why', async ({
  player,
}) => {
  await openRoutine(player, 'Neck and shoulders');
  await player.getByRole('radio', { name: 'Gentle' }).check();
  const list = player.getByRole('list', { name: 'Steps as planned' });
  await expect(list.getByText('Gentle version').first()).toBeVisible();
  const left = list.locator('.step-row.omitted');
  await expect(left.first()).toContainText('Left out:');
  await expect(left.first().getByRole('checkbox')).not.toBeChecked();
  // "N steps" counts what will play: every row not left out.
  const playing = await list.locator('.step-row:not(.omitted)').count();
  await expect(player.locator('.plan-summary')).toContainText(`${playing} steps`);
});
test('a step turned off or shortened is played that way, and a preset keeps the choices', async ({
  player,
}) => {
  await openRoutine(player, 'Three-minute reset');
  const first = player.locator('.step-row').first();
  const firstTitle = (await first.locator('.step-name').textContent()) ?? '';
  await first.getByRole('checkbox').uncheck();
  await player.getByRole('radio', { name: 'Slower' }).check();

  await player.getByRole('button', { name: 'Save as preset' }).click();
  const dialog = player.getByRole('dialog', { name: 'Save as preset' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Quick reset, slow');
  await dialog.getByRole('button', { name: 'Save preset' }).click();
  await expect(player.getByText('Saved “Quick reset, slow”')).toBeVisible();

  await player.getByRole('link', { name: 'Library' }).first().click();
  const presets = player.getByRole('region', { name: 'Your presets' });
  await presets.getByRole('button', { name: /^Quick reset, slow ·/ }).click();
  await expect(player.getByText(/^Starting|Step 1 of/)).toBeVisible();
  const plan = await player.evaluate(async () => (await window.unknot.getPlayback()).plan!);
  expect(plan.steps.map((step) => step.title)).not.toContain(firstTitle);
  expect(plan.omitted.map((step) => step.reason)).toContain('turned-off');
});

test('a broken import gets one clear message and stores nothing', async ({ app, player }) => {
  const count = await player.evaluate(async () => (await window.unknot.listRoutines()).length);
  const input = player.getByLabel('Import a routine file');
  const cases: [string, string | Buffer, RegExp][] = [
    ['notes.json', 'this is not json', /not valid JSON/],
    ['wrong.json', JSON.stringify({ hello: 'world' }), /no "format": 1/],
    ['junk.json', Buffer.alloc(10 * 1024 * 1024, 'x'), /10\.0 MB/],
  ];
  for (const [name, content, message] of cases) {
    await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    await expect(player.getByRole('alert')).toHaveText(message);
  }
  expect(await player.evaluate(async () => (await window.unknot.listRoutines()).length)).toBe(
    count,
  );
  expect(
    fs.existsSync(path.join(app.dataDir, 'routines'))
      ? fs.readdirSync(path.join(app.dataDir, 'routines'))
      : [],
  ).toEqual([]);
});

test('an exported routine imports back as the same routine', async ({ player }) => {
  // A routine of the user's own: a copy of a built-in one, saved through main.
  await player.evaluate(async () => {
    const routine = await window.unknot.getRoutine({ id: 'jaw-release' });
    await window.unknot.saveRoutine({ routine: { ...routine, id: 'my-jaw', title: 'My jaw' } });
  });
  await player.reload();
  const card = player.getByRole('article', { name: 'My jaw' });
  await expect(card.getByText('Yours')).toBeVisible();

  await card.getByLabel('More actions for My jaw').click();
  const download = player.waitForEvent('download');
  await card.getByRole('button', { name: 'Export as a file' }).click();
  const file = await (await download).path();
  const exported = fs.readFileSync(file, 'utf8');

  await card.getByLabel('More actions for My jaw').click();
  await card.getByRole('button', { name: 'Delete' }).click();
  await player.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(player.getByRole('article', { name: 'My jaw' })).toHaveCount(0);

  await player.getByLabel('Import a routine file').setInputFiles({
    name: 'my-jaw.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exported),
  });
  await expect(player.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported “My jaw”.',
  );
  const back = await player.evaluate(() => window.unknot.getRoutine({ id: 'my-jaw' }));
  expect(back).toEqual(JSON.parse(exported));
});

test('a built-in routine can be hidden and shown again, not deleted', async ({ player }) => {
  const card = player.getByRole('article', { name: 'Jaw release' });
  await card.getByLabel('More actions for Jaw release').click();
  await expect(card.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await card.getByRole('button', { name: 'Hide' }).click();
  await expect(player.getByRole('article', { name: 'Jaw release' })).toHaveCount(0);
  await player.getByRole('checkbox', { name: /Show hidden routines/ }).check();
  const hidden = player.getByRole('article', { name: 'Jaw release' });
  await hidden.getByLabel('More actions for Jaw release').click();
  await hidden.getByRole('button', { name: 'Show in the library' }).click();
  await expect(hidden.getByText('Hidden')).toHaveCount(0);
});

test(
  'the routine screen looks as it did, in both themes',
  { tag: '@screens' },
  async ({ player }) => {
    await player.emulateMedia({ reducedMotion: 'reduce' });
    await openRoutine(player, 'Neck and shoulders');
    await player.getByRole('slider', { name: /Length/ }).fill('6');
    for (const theme of ['light', 'dark'] as const) {
      await player.evaluate((choice) => window.unknot.updateSettings({ theme: choice }), theme);
      await expect(player.locator('html')).toHaveAttribute('data-theme', theme);
      await expectScreen(player, `routine-${theme}`, { fullPage: true });
      if (theme === 'light') await readmeScreenshot(player, 'routine');
    }
  },
);
