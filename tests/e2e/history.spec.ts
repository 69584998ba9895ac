import fs from 'node:fs';
import path from 'node:path';
import { expect, expectScreen, goTo, readmeScreenshot, SHORT_ROUTINE, test } from './fixtures';

test.use({ extraRoutines: [SHORT_ROUTINE], checkIns: true });

test('a finished session with check-ins shows in history and in the stats', async ({ player }) => {
  test.setTimeout(90_000);
  await player.evaluate(() => window.unknot.updateSettings({ countIn: false }));
  await player.getByRole('button', { name: 'Start Short pause' }).click();
  const before = player.getByRole('dialog', { name: 'How much pain do you feel right now?' });
  await expect(before.getByRole('button', { name: 'Save and start' })).toBeDisabled();
  await before.getByRole('radio', { name: '6', exact: true }).check();
  await before.getByRole('button', { name: 'Save and start' }).click();
  await expect(player.getByText('Step 1 of 3')).toBeVisible();

  await expect(player.getByRole('heading', { level: 1, name: 'Routine complete' })).toBeVisible({
    timeout: 45_000,
  });
  // Short pause lasts well under a minute, so its length is written in seconds, on the end
  // screen and in History alike.
  const endLine = player.locator('.end-summary');
  await expect(endLine).toHaveText(/^You finished Short pause: \d+ s\.$/);
  const length = /(\d+ s)/.exec((await endLine.textContent()) ?? '')?.[1] ?? '';
  // The warm end: pain before → after, the week so far, and Done as the way on.
  await expect(player.getByLabel('Pain 6 before')).toBeVisible();
  await expect(player.getByTestId('week-goal')).toHaveText(/^This week: 1 of 3 days/);
  await expect(player.getByRole('link', { name: 'Done' })).toHaveClass(/primary/);
  const after = player.getByRole('form', { name: 'How is your pain now?' });
  await after.getByRole('radio', { name: '3', exact: true }).check();
  await after.getByRole('textbox', { name: /Note/ }).fill('Shoulders softer');
  await after.getByRole('button', { name: 'Save' }).click();
  await expect(player.getByText('Saved to your history.')).toBeVisible();
  await expect(player.getByLabel('Pain 6 before, 3 now')).toContainText('6 → 3');
  await readmeScreenshot(player, 'end');

  await player.getByRole('link', { name: 'History' }).first().click();
  const row = player.locator('.session-row').first();
  await expect(row).toContainText('Short pause');
  await expect(row).toContainText('Completed');
  await expect(row).toContainText(length);
  await expect(row).toContainText('6 → 3');
  await expect(player.getByRole('region', { name: 'This week' })).toContainText('1 session');
  await row.getByRole('button').first().click();
  await expect(row.getByRole('textbox', { name: 'Note' })).toHaveValue('Shoulders softer');
});

test('a session stopped halfway counts its time done', async ({ app, player }) => {
  await app.services.settings.update({ checkIns: false, countIn: false });
  await player.reload();
  await player.getByRole('button', { name: 'Start Short pause' }).click();
  await expect(player.getByText('Step 2 of 3')).toBeVisible({ timeout: 20_000 });
  await player.getByRole('button', { name: 'Stop' }).click();
  await player.getByRole('dialog').getByRole('button', { name: 'Stop' }).click();
  await expect(
    player.getByRole('heading', { level: 1, name: 'Stopped early, and that is fine' }),
  ).toBeVisible();

  const [session] = await player.evaluate(() => window.unknot.listSessions());
  expect(session?.status).toBe('stopped');
  expect(session!.completedSeconds).toBeGreaterThanOrEqual(7);
  expect(session!.completedSeconds).toBeLessThan(session!.plannedSeconds);
  expect(session!.stepsDone).toEqual(['settle']);
  await player.getByRole('link', { name: 'History' }).first().click();
  await expect(player.locator('.session-row').first()).toContainText('Stopped');
});

test('after a crash the session is interrupted, and it can be resumed', async ({ app, player }) => {
  await app.services.settings.update({ checkIns: false, countIn: false });
  await player.reload();
  await player.getByRole('button', { name: 'Start Short pause' }).click();
  await expect(player.getByText('Step 2 of 3')).toBeVisible({ timeout: 20_000 });

  await app.crashAndRestart();
  // One offer, on the library's first card: continue, or start over. Nothing else competes.
  const card = player.getByRole('region', { name: 'Last routine' });
  await expect(card).toContainText('Cut off at step 2 when the app closed');
  await expect(card.getByRole('button', { name: 'Start over' })).toBeVisible();
  await expect(player.getByRole('button', { name: /Play again|Resume/ })).toHaveCount(0);
  const [session] = await player.evaluate(() => window.unknot.listSessions());
  expect(session?.status).toBe('interrupted');

  await card.getByRole('button', { name: 'Continue from step 2' }).click();
  await expect(player.getByRole('heading', { level: 1, name: 'Rest the hands' })).toBeVisible();
  // The same plan, the same numbering: the user sees where they are in the whole routine.
  await expect(player.getByText('Step 2 of 3')).toBeVisible();
});

test('a customized routine resumed after a crash keeps its plan and stays one session', async ({
  app,
  player,
}) => {
  test.setTimeout(90_000);
  await app.services.settings.update({ checkIns: false, countIn: false });
  await player.reload();
  // Leave out the middle step, as a person does on the routine screen.
  await player.getByRole('link', { name: 'Details of Short pause' }).click();
  await player.locator('.step-row', { hasText: 'Rest the hands' }).getByRole('checkbox').uncheck();
  await player.getByRole('button', { name: /^Play/ }).click();
  await expect(player.getByText('Step 2 of 2')).toBeVisible({ timeout: 20_000 });
  await expect(
    player.getByRole('heading', { level: 1, name: 'Let the shoulders drop' }),
  ).toBeVisible();

  await app.crashAndRestart();
  // The window comes back on the routine's own screen; the offer waits in the library.
  await goTo(player, 'Library');
  const card = player.getByRole('region', { name: 'Last routine' });
  await card.getByRole('button', { name: 'Continue from step 2' }).click();
  // The step it was on, and the step left out stays out.
  await expect(
    player.getByRole('heading', { level: 1, name: 'Let the shoulders drop' }),
  ).toBeVisible();
  await expect(player.getByText('Step 2 of 2')).toBeVisible();
  await expect(player.getByRole('heading', { level: 1, name: 'Routine complete' })).toBeVisible({
    timeout: 30_000,
  });

  await player.getByRole('link', { name: 'History' }).first().click();
  const rows = player.locator('.session-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Completed');
  const sessions = await player.evaluate(() => window.unknot.listSessions());
  expect(sessions).toHaveLength(1);
  expect(sessions[0]!.stepsDone).not.toContain('hands');
});

test('history exports as CSV, one row per session', async ({ app, player }) => {
  await app.services.settings.update({ checkIns: false, countIn: false });
  for (let i = 0; i < 2; i++) {
    await player.evaluate(() => window.unknot.startRoutine({ routineId: 'e2e-short-pause' }));
    await player.evaluate(() => window.unknot.controlPlayback({ command: 'stop' }));
  }
  await player.getByRole('link', { name: 'History' }).first().click();
  const download = player.waitForEvent('download');
  await player.getByRole('button', { name: 'Export CSV' }).click();
  const csv = fs
    .readFileSync(await (await download).path(), 'utf8')
    .trim()
    .split(/\r?\n/);
  expect(csv[0]).toMatch(/^date,time,routine,status/);
  expect(csv).toHaveLength(3);
  expect(csv[1]).toContain('Short pause');
  expect(csv[1]).toContain('stopped');
});

test('history looks as it did, in both themes', { tag: '@screens' }, async ({ app, player }) => {
  await app.services.settings.update({ checkIns: false, countIn: false });
  // A few weeks of practice, recorded through the journal as the clock would.
  const journal = app.services.journal;
  // One session today, the rest every two and a half days back from this week's Monday: the
  // weeks, their figures and the streak come out the same whichever day the test runs.
  const day = 24 * 3600 * 1000;
  const today = new Date();
  today.setHours(0, 1, 0, 0);
  const monday = new Date(today);
  monday.setDate(today.getDate() - ((today.getDay() + 6) % 7));
  monday.setHours(9, 0, 0, 0);
  for (let i = 0; i < 14; i++) {
    const at = i === 0 ? today.getTime() : monday.getTime() - i * 2.5 * day;
    const sessionId = `seed-${i}`;
    journal.started({
      sessionId,
      routineId: 'neck-and-shoulders',
      title: 'Neck and shoulders',
      plannedSeconds: 600,
      startedAt: at,
    });
    journal.ended({
      sessionId,
      status: 'completed',
      stepIndex: 6,
      stepsDone: [],
      completedSeconds: 600,
      at: at + 600_000,
    });
    journal.checkIn(sessionId, 'before', 6 - (i % 3));
    journal.checkIn(sessionId, 'after', 3 - (i % 2));
  }
  await player.emulateMedia({ reducedMotion: 'reduce' });
  await goTo(player, 'History');
  await expect(player.getByRole('heading', { name: /What helps you/ })).toBeVisible();
  await expect(player.getByText('Meaningful relief')).toBeVisible();
  for (const theme of ['light', 'dark'] as const) {
    await player.evaluate((choice) => window.unknot.updateSettings({ theme: choice }), theme);
    await expect(player.locator('html')).toHaveAttribute('data-theme', theme);
    // Dates, week labels, the charts' axes and the calendar's squares move with the day the
    // test runs; everything else is compared.
    await expectScreen(player, `history-${theme}`, {
      fullPage: true,
      mask: [
        player.locator('.session-date'),
        player.locator('.week-header'),
        player.locator('.chart-grid .card > :not(h2)'),
        player.getByRole('region', { name: 'The last six months' }).locator(':scope > :not(h2)'),
      ],
    });
    if (theme === 'light') await readmeScreenshot(player, 'history');
  }
});

test('a full backup restores only after saying what it will do', async ({ app, player }) => {
  await app.services.settings.update({ checkIns: false, countIn: false, weeklyGoalDays: 6 });
  await player.evaluate(() => window.unknot.startRoutine({ routineId: 'e2e-short-pause' }));
  await player.evaluate(() => window.unknot.controlPlayback({ command: 'stop' }));
  await player.getByRole('link', { name: 'Settings' }).click();

  const download = player.waitForEvent('download');
  await player.getByRole('button', { name: 'Back up everything' }).click();
  const backup = fs.readFileSync(await (await download).path());

  await player.evaluate(() => window.unknot.updateSettings({ weeklyGoalDays: 2 }));
  await player.getByLabel('Restore from a backup file').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: backup,
  });
  const dialog = player.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText('1 session of history and your settings');
  await expect(dialog).toContainText('nothing is lost');
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(player.getByRole('status').filter({ hasText: 'Restored' })).toBeVisible();
  expect((await player.evaluate(() => window.unknot.getSettings())).weeklyGoalDays).toBe(6);

  await player.getByLabel('Restore from a backup file').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"not": "a backup"}'),
  });
  await expect(player.getByRole('alert')).toHaveText(
    'This is not an Unknot backup file. Nothing was changed.',
  );
});

test('a backup holding a routine that cannot be restored is refused in the preview, and nothing on disk changes', async ({
  app,
  player,
}) => {
  const backup = JSON.parse(app.services.backup.create().text) as { routines: unknown[] };
  const jaw = app.services.library.get('jaw-release');
  // A routine of the user's that would take the place of a built-in one.
  backup.routines.push({ ...jaw, title: 'My jaw' });
  const files = (): Record<string, string> => {
    const seen: Record<string, string> = {};
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else seen[path.relative(app.dataDir, full)] = fs.readFileSync(full, 'base64');
      }
    };
    walk(app.dataDir);
    return seen;
  };
  const before = files();

  await player.getByRole('link', { name: 'Settings' }).click();
  await player.getByLabel('Restore from a backup file').setInputFiles({
    name: 'unknot-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  await expect(player.getByRole('alert')).toHaveText(
    'This backup cannot be restored: the routine “My jaw” has the id of a built-in routine (jaw-release). Nothing was changed.',
  );
  await expect(player.getByRole('dialog')).toHaveCount(0);
  expect(files()).toEqual(before);
});

test('the data folder moves into a synced folder and the app carries on there', async ({
  app,
  player,
}) => {
  await app.services.settings.update({ checkIns: false, countIn: false, weeklyGoalDays: 4 });
  const synced = path.join(app.dataDir, '..', `${path.basename(app.dataDir)}-sync`, 'Unknot');
  app.nextPickedFolder = synced;
  await player.getByRole('link', { name: 'Settings' }).click();
  await player.getByRole('button', { name: 'Move…' }).click();
  await expect(player.getByRole('status').filter({ hasText: 'Your data is now in' })).toBeVisible();
  await expect.poll(() => app.restartRequested).toBe(true);

  await app.restart();
  await expect(player.locator('.data-folder code')).toHaveText(synced);
  expect((await player.evaluate(() => window.unknot.getSettings())).weeklyGoalDays).toBe(4);
  await player.evaluate(() => window.unknot.startRoutine({ routineId: 'e2e-short-pause' }));
  await player.evaluate(() => window.unknot.controlPlayback({ command: 'stop' }));
  expect(fs.readdirSync(path.join(synced, 'history')).some((f) => f.endsWith('.jsonl'))).toBe(true);
  fs.rmSync(path.dirname(synced), { recursive: true, force: true });
});

test('a check-in saved without touching the scale records no score', async ({ player }) => {
  test.setTimeout(90_000);
  await player.evaluate(() => window.unknot.updateSettings({ countIn: false }));
  await player.getByRole('button', { name: 'Start Short pause' }).click();
  const before = player.getByRole('dialog', { name: 'How much pain do you feel right now?' });
  // Nothing is chosen, so there is nothing to save: only Skip starts without a score.
  await expect(before.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(before.getByRole('button', { name: 'Save and start' })).toBeDisabled();
  await before.getByRole('button', { name: 'Skip and start' }).click();
  await expect(player.getByRole('heading', { level: 1, name: 'Routine complete' })).toBeVisible({
    timeout: 45_000,
  });
  const after = player.getByRole('form', { name: 'How is your pain now?' });
  await expect(after.getByRole('radio', { checked: true })).toHaveCount(0);
  await after.getByRole('textbox', { name: /Note/ }).fill('Just a note');
  await after.getByRole('button', { name: 'Save' }).click();
  await expect(player.getByText('Saved to your history.')).toBeVisible();
  const [session] = await player.evaluate(() => window.unknot.listSessions());
  expect(session?.painBefore ?? null).toBeNull();
  expect(session?.painAfter ?? null).toBeNull();
  expect(session?.note).toBe('Just a note');
});

test('"Don\'t ask before starting" is kept, and the routine starts at once next time', async ({
  player,
}) => {
  await player.evaluate(() => window.unknot.updateSettings({ countIn: false }));
  await player.getByRole('button', { name: 'Start Short pause' }).click();
  const before = player.getByRole('dialog', { name: 'How much pain do you feel right now?' });
  await before.getByRole('checkbox', { name: /Don't ask before starting/ }).check();
  await before.getByRole('button', { name: 'Skip and start' }).click();
  await expect(player.getByText('Step 1 of 3')).toBeVisible();
  expect(await player.evaluate(() => window.unknot.getSettings())).toMatchObject({
    checkIns: true,
    checkInBeforeStart: false,
  });
  await player.evaluate(() => window.unknot.controlPlayback({ command: 'stop' }));
  await player.getByRole('link', { name: 'Library' }).first().click();
  await player.getByRole('button', { name: 'Start Short pause' }).click();
  await expect(before).toBeHidden();
  await expect(player.getByText('Step 1 of 3')).toBeVisible();
});

test('sessions are listed under "This week", and "Start again" plays that routine', async ({
  app,
  player,
}) => {
  await app.services.settings.update({ countIn: false, checkInBeforeStart: false });
  await player.evaluate(() => window.unknot.startRoutine({ routineId: 'e2e-short-pause' }));
  await player.evaluate(() => window.unknot.controlPlayback({ command: 'stop' }));
  // Check-ins back on: starting again asks first, as starting from the library does.
  await app.services.settings.update({ checkInBeforeStart: true });

  await player.getByRole('link', { name: 'History' }).first().click();
  const week = player.getByRole('group', { name: 'This week' });
  await expect(week).toContainText('1 session');
  const row = week.locator('.session-row').filter({ hasText: 'Short pause' });
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: 'Start again' }).click();
  const before = player.getByRole('dialog', { name: 'How much pain do you feel right now?' });
  await before.getByRole('button', { name: 'Skip and start' }).click();
  await expect(player).toHaveURL(/#\/player$/);
  await expect(player.getByRole('heading', { level: 1, name: 'Settle' })).toBeVisible();
  await expect(player.getByText('Step 1 of 3')).toBeVisible();
  await player.evaluate(() => window.unknot.controlPlayback({ command: 'stop' }));
});

test('weeks are labelled and counted, and earlier weeks wait behind a button', async ({
  app,
  player,
}) => {
  await app.services.settings.update({ checkIns: false, countIn: false, weeklyGoalDays: 2 });
  const journal = app.services.journal;
  const day = 24 * 3600 * 1000;
  // One session every five days for ten weeks: every week has one or two.
  for (let i = 0; i < 14; i++) {
    const at = Date.now() - i * 5 * day;
    journal.started({
      sessionId: `weeks-${i}`,
      routineId: 'neck-and-shoulders',
      title: 'Neck and shoulders',
      plannedSeconds: 300,
      startedAt: at,
    });
    journal.ended({
      sessionId: `weeks-${i}`,
      status: 'completed',
      stepIndex: 6,
      stepsDone: [],
      completedSeconds: 300,
      at: at + 300_000,
    });
  }
  await player.getByRole('link', { name: 'History' }).first().click();
  const weeks = player.getByRole('region', { name: 'Sessions' }).getByRole('group');
  await expect(weeks).toHaveCount(3);
  await expect(weeks.first()).toHaveAccessibleName('This week');
  await expect(weeks.nth(1)).toHaveAccessibleName('Last week');
  await expect(weeks.nth(2)).toHaveAccessibleName(/^Week of \S+ \S+$/);
  // The length in words, the same as everywhere else in the app.
  await expect(weeks.first().locator('.session-row').first()).toContainText('5 min');
  await expect(weeks.first()).toContainText(/\d of 2 days/);

  await player.getByRole('button', { name: /Show earlier weeks/ }).click();
  await expect(weeks).toHaveCount(7);
  expect(await player.locator('.session-row').count()).toBeLessThan(14);
});
