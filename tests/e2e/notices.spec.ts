import { expect, SHORT_ROUTINE, test } from './fixtures';

test.use({ extraRoutines: [SHORT_ROUTINE] });

test('a notice raised while the app is open shows at once, and stays until dismissed', async ({
  app,
  player,
}) => {
  await expect(player.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  app.services.notify({
    id: 'journal-test',
    level: 'error',
    message: 'Could not record the session: the disk is full.',
  });
  const banner = player.getByRole('status').filter({ hasText: 'Could not record the session' });
  await expect(banner).toBeVisible();
  await player.getByRole('link', { name: 'History' }).first().click();
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner).toHaveCount(0);
});

test.describe('on the first run', () => {
  test.use({ firstRun: true });

  test('the welcome shows what main has to say, such as settings restored', async ({
    app,
    player,
  }) => {
    await expect(player.getByRole('heading', { level: 1 })).toBeVisible();
    app.services.notify({
      id: 'settings-restored-test',
      level: 'warning',
      message:
        'Your settings file was damaged (it is not valid JSON). Unknot set it aside and restored your last good settings.',
    });
    await expect(
      player.getByRole('status').filter({ hasText: 'settings file was damaged' }),
    ).toBeVisible();
  });
});

test.describe('with check-ins', () => {
  test.use({ checkIns: true });

  test('a pain score that cannot be saved never holds up the routine, and says so', async ({
    app,
    player,
  }) => {
    await player.evaluate(() => window.unknot.updateSettings({ countIn: false }));
    // Main refuses the score as a full disk would.
    app.services.handlers.checkIn = () => {
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    };
    await player.getByRole('button', { name: 'Start Short pause' }).click();
    const dialog = player.getByRole('dialog', { name: 'How much pain do you feel right now?' });
    await dialog.getByRole('radio', { name: '4' }).check();
    await dialog.getByRole('button', { name: 'Save and start' }).click();
    await expect(player.getByText('Step 1 of 3')).toBeVisible();
    await expect(
      player.getByRole('status').filter({ hasText: 'Your pain score could not be saved' }),
    ).toContainText('The routine goes on.');
  });
});
