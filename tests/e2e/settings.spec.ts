import fs from 'node:fs';
import path from 'node:path';
import { expect, expectScreen, goTo, test } from './fixtures';

test('the chosen theme is stored and survives a restart', async ({ app, player }) => {
  await player.getByRole('link', { name: 'Settings' }).click();
  await player.getByRole('radio', { name: 'Dark' }).check();
  await expect(player.locator('html')).toHaveAttribute('data-theme', 'dark');

  const file = JSON.parse(fs.readFileSync(path.join(app.dataDir, 'settings.json'), 'utf8'));
  expect(file.theme).toBe('dark');

  await app.restart();
  await expect(player.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(player.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('voice volume is kept across a restart', async ({ app, player }) => {
  await goTo(player, 'Settings');
  const slider = player.getByRole('slider', { name: /Voice volume/ });
  await slider.fill('40');
  await expect(player.getByText('40%')).toBeVisible();
  await app.restart();
  await expect(player.getByRole('slider', { name: /Voice volume/ })).toHaveValue('40');
});

test('a damaged settings file is set aside and the last good settings come back, with a notice', async ({
  app,
  player,
}) => {
  await player.evaluate(() => window.unknot.updateSettings({ theme: 'dark' }));
  await app.restart(); // a successful start keeps the backup
  fs.writeFileSync(path.join(app.dataDir, 'settings.json'), '{"theme": "dark", "voiceVol');
  await app.restart();

  await expect(player.getByRole('status')).toContainText('Your settings file was damaged');
  await expect(player.locator('html')).toHaveAttribute('data-theme', 'dark');
  const aside = fs.readdirSync(app.dataDir).filter((name) => name.startsWith('settings.corrupt-'));
  expect(aside).toHaveLength(1);
  expect(fs.readFileSync(path.join(app.dataDir, aside[0]!), 'utf8')).toContain('voiceVol');

  await player.getByRole('button', { name: 'Dismiss' }).click();
  await expect(player.getByRole('status')).toHaveCount(0);
});

test('settings look as they did, in both themes', { tag: '@screens' }, async ({ player }) => {
  // No colour transitions caught half-way in a screenshot.
  await player.emulateMedia({ reducedMotion: 'reduce' });
  await goTo(player, 'Settings');
  for (const theme of ['Light', 'Dark'] as const) {
    await player.getByRole('radio', { name: theme }).check();
    await expect(player.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
    // The data folder is a new temporary folder each run.
    await expectScreen(player, `settings-${theme.toLowerCase()}`, {
      fullPage: true,
      mask: [player.locator('.data-folder code')],
    });
  }
});

test('a reminder is set for chosen days and time, and kept across a restart', async ({
  app,
  player,
}) => {
  await player.getByRole('link', { name: 'Settings' }).click();
  await player.getByRole('button', { name: 'Add a reminder' }).click();
  const reminder = player.getByRole('listitem', { name: 'Reminder 1' });
  await reminder.getByLabel('Time').fill('14:30');
  await reminder.getByRole('checkbox', { name: 'Saturday' }).check();
  await reminder.getByRole('checkbox', { name: 'Monday' }).uncheck();
  await reminder.getByRole('combobox', { name: 'Routine' }).selectOption({ label: 'Jaw release' });
  await player.getByRole('checkbox', { name: 'Only during my working hours' }).check();
  await player.getByRole('combobox', { name: 'Nudge me after sitting for' }).selectOption('45');

  await app.restart();
  const settings = await player.evaluate(() => window.unknot.getSettings());
  expect(settings.reminders).toEqual([
    expect.objectContaining({
      enabled: true,
      time: '14:30',
      days: [2, 3, 4, 5, 6],
      routineId: 'jaw-release',
    }),
  ]);
  expect(settings.workingHours.enabled).toBe(true);
  expect(settings.sittingNudgeMinutes).toBe(45);
  await expect(player.getByRole('listitem', { name: 'Reminder 1' }).getByLabel('Time')).toHaveValue(
    '14:30',
  );
});

test('"Cues only" narration speaks the switches and safety cues, not the intros', async ({
  player,
}) => {
  await player.getByRole('link', { name: 'Settings' }).click();
  await player.getByRole('radio', { name: 'Cues only' }).check();
  await player.getByRole('link', { name: 'Library' }).first().click();
  await player.getByRole('link', { name: 'Details of Neck and shoulders' }).click();
  await player.getByRole('button', { name: /^Play/ }).click();
  const plan = await player.evaluate(async () => (await window.unknot.getPlayback()).plan!);
  const kinds = new Set(plan.steps.flatMap((step) => step.cues.map((cue) => cue.kind)));
  expect(kinds.has('intro')).toBe(false);
  expect(kinds.has('guidance')).toBe(false);
  expect(kinds.has('switch-sides')).toBe(true);
  expect(kinds.has('ease-pressure')).toBe(true);
  for (const step of plan.steps) expect(step.outroAtSeconds).toBeNull();
});

test('gentle by default is kept, and the routine screen starts gentle', async ({ player }) => {
  await player.getByRole('link', { name: 'Settings' }).click();
  await player.getByRole('checkbox', { name: /Start routines in gentle mode/ }).check();
  await player.getByRole('link', { name: 'Library' }).first().click();
  await player.getByRole('link', { name: 'Details of Upper back' }).click();
  await expect(player.getByRole('radio', { name: 'Gentle' })).toBeChecked();
  await expect(
    player.locator('.step-row.omitted').filter({ hasText: 'too firm for gentle mode' }).first(),
  ).toBeVisible();
});

test('a shortcut is changed by pressing the new keys; one that would catch typing is refused', async ({
  app,
  player,
}) => {
  await goTo(player, 'Settings');
  const field = player.getByRole('textbox', { name: 'Pause or resume from anywhere' });
  await expect(field).toHaveValue('Ctrl+Alt+P');
  await field.click();
  await player.keyboard.press('Alt+Shift+K');
  await expect(field).toHaveValue('Alt+Shift+K');
  await expect(player.getByText('Saved. Unknot answers the new keys now.')).toBeVisible();

  await player.keyboard.press('Shift+J');
  await expect(player.getByRole('alert')).toHaveText(
    'Shift+J: That shortcut cannot be used. Add Ctrl, Alt or another modifier besides Shift, so typing is not caught.',
  );
  await expect(field).toHaveValue('Alt+Shift+K');
  // Tab still leaves the field: the keyboard is never trapped in it.
  await player.keyboard.press('Tab');
  await expect(field).not.toBeFocused();

  const file = JSON.parse(fs.readFileSync(path.join(app.dataDir, 'settings.json'), 'utf8'));
  expect(file.shortcuts).toEqual({
    togglePlayback: 'Alt+Shift+K',
    toggleTimer: 'CommandOrControl+Alt+T',
  });
});

test('keeping Unknot in the tray and hiding the timer from shares are on by default and kept', async ({
  app,
  player,
}) => {
  await goTo(player, 'Settings');
  const tray = player.getByRole('checkbox', { name: /Keep Unknot in the tray/ });
  const share = player.getByRole('checkbox', { name: /Hide the floating timer/ });
  await expect(tray).toBeChecked();
  await expect(share).toBeChecked();
  await tray.uncheck();
  await app.restart();
  await expect(player.getByRole('checkbox', { name: /Keep Unknot in the tray/ })).not.toBeChecked();
});
