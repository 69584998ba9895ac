import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, readmeScreenshot, SHORT_ROUTINE, test } from './fixtures';

test.use({ extraRoutines: [SHORT_ROUTINE], checkIns: true });

const DAY = 86_400_000;

test('check in with two areas, see them in History, and take a report of the last four weeks to a clinician', async ({
  app,
  player,
}) => {
  test.setTimeout(120_000);
  // Three earlier sessions of the neck routine in the last four weeks, each from 6 to 3 with
  // the neck marked: enough for History to say what helps the neck.
  for (const daysAgo of [3, 10, 17]) {
    const sessionId = `earlier-${daysAgo}`;
    const startedAt = Date.now() - daysAgo * DAY;
    app.services.journal.started({
      sessionId,
      routineId: 'neck-and-shoulders',
      title: 'Neck and shoulders',
      plannedSeconds: 600,
      startedAt,
    });
    app.services.journal.ended({
      sessionId,
      status: 'completed',
      completedSeconds: 600,
      stepsDone: ['a', 'b'],
      stepIndex: 1,
      at: startedAt + 600_000,
    });
    app.services.journal.checkIn(sessionId, 'before', 6, ['neck']);
    app.services.journal.checkIn(sessionId, 'after', 3, ['neck']);
  }
  await player.evaluate(() => window.unknot.updateSettings({ countIn: false }));
  await player.reload();

  // Before: a score, the neck tapped on the map, the shoulders ticked by name.
  await player.getByRole('button', { name: 'Start Short pause' }).click();
  const before = player.getByRole('dialog', { name: 'How much pain do you feel right now?' });
  await before.getByRole('radio', { name: '6', exact: true }).check();
  await before.locator('.pain-areas-figures [data-area="neck"]').first().click();
  await before.getByRole('checkbox', { name: 'Shoulders' }).check();
  await expect(before.getByRole('checkbox', { name: 'Neck' })).toBeChecked();
  await before.getByRole('button', { name: 'Save and start' }).click();

  await expect(player.getByRole('heading', { level: 1, name: 'Routine complete' })).toBeVisible({
    timeout: 45_000,
  });
  const after = player.getByRole('form', { name: 'How is your pain now?' });
  await after.getByRole('radio', { name: '3', exact: true }).check();
  await after.getByRole('checkbox', { name: 'Neck' }).check();
  await after.getByRole('textbox', { name: /Note/ }).fill('Neck eased after the short pause');
  await after.getByRole('button', { name: 'Save' }).click();
  await expect(player.getByText('Saved to your history.')).toBeVisible();

  // History: pain by area, the neck first (four sessions), then the shoulders (one).
  await player.getByRole('link', { name: 'History' }).first().click();
  const areas = player.getByRole('region', { name: 'Where it hurts' });
  const neck = areas.locator('.area-row[data-area="neck"]');
  await expect(neck).toContainText('4 sessions');
  await expect(neck).toContainText('before 6.0 · after 3.0');
  await expect(neck).toContainText('Helps most: Neck and shoulders');
  await expect(areas.locator('.area-row[data-area="shoulders"]')).toContainText('1 session');
  await expect(areas.locator('.area-row').first()).toHaveAttribute('data-area', 'neck');

  await areas.scrollIntoViewIfNeeded();
  await readmeScreenshot(player, 'history-areas');

  // The report: last four weeks, with the note the user ticks.
  const target = path.join(app.dataDir, 'for-my-physio.pdf');
  app.nextReportPath = target;
  await player.getByRole('button', { name: 'Make a report' }).click();
  const dialog = player.getByRole('dialog', { name: 'Make a report for your clinician' });
  await expect(dialog.getByRole('combobox', { name: 'Period' })).toHaveValue('4w');
  await dialog.getByRole('checkbox', { name: /Neck eased after the short pause/ }).check();
  await dialog.getByRole('button', { name: 'Save PDF…' }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    /^Saved for-my-physio\.pdf \([12] pages?\)\.$/,
  );
  const said = Number(
    /\((\d) page/.exec((await dialog.getByRole('status').textContent()) ?? '')?.[1],
  );

  // The file: as many pages as the app said, one or two, and the figures History shows.
  expect(fs.existsSync(target)).toBe(true);
  const info = execFileSync('pdfinfo', [target], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  expect(pages).toBe(said);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
  const text = execFileSync('pdftotext', ['-layout', target, '-'], { encoding: 'utf8' });
  expect(text).toContain('Self-care record');
  expect(text).toMatch(/4 sessions \(4 completed\)/);
  expect(text).toMatch(/Average pain before: 6\.0 · after: 3\.0/);
  // Pain by area: the same sessions and averages as History's rows.
  expect(text).toMatch(/Neck\s+4\s+6\.0\s+3\.0\s+Neck and shoulders/);
  expect(text).toMatch(/Shoulders\s+1\s+6\.0\s+–/);
  expect(text).toContain('Neck eased after the short pause');
  expect(text).toContain('It is not a diagnosis or medical advice');

  if (process.env.UPDATE_README_SCREENSHOTS) {
    const out = path.resolve('assets/screenshots/report');
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '70',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      target,
      out,
    ]);
  }
});
