import type { Page } from '@playwright/test';
import { chooseFromCardMenu, expect, readmeScreenshot, test } from './fixtures';

/** The step titles the builder lists for the routine being made. */
function stepTitles(page: Page) {
  return page
    .getByRole('list', { name: 'Steps in your routine' })
    .getByRole('heading', { level: 3 });
}

/** Opens a library card's "more actions" menu and follows one of its links, as a person would. */
test('Duplicate on a built-in routine opens the builder on a copy with its steps', async ({
  player,
}) => {
  await chooseFromCardMenu(player, 'Three-minute reset', 'Duplicate');

  await expect(player.getByRole('heading', { level: 1, name: 'Copy a routine' })).toBeVisible();
  await expect(player.getByRole('textbox', { name: 'Name' })).toHaveValue(
    'Copy of Three-minute reset',
  );
  await expect(stepTitles(player)).toHaveText([
    'Shoulder rolls',
    'Neck side stretch',
    'Seated turns',
    'Slow breathing',
  ]);
  await expect(player).toHaveURL(/#\/builder\/copy\/three-minute-reset$/);
});

test('Edit on a routine of the user’s own opens the builder on it, and saving replaces it', async ({
  player,
}) => {
  // A routine of the user's own, saved through main: two of Jaw release's steps, the last first.
  await player.evaluate(async () => {
    const jaw = await window.unknot.getRoutine({ id: 'jaw-release' });
    const steps = [jaw.steps[jaw.steps.length - 1]!, jaw.steps[0]!];
    await window.unknot.saveRoutine({
      routine: { ...jaw, id: 'my-jaw', title: 'My jaw, evenings', steps },
    });
  });
  await player.reload();
  await expect(
    player.getByRole('article', { name: 'My jaw, evenings' }).getByText('Yours'),
  ).toBeVisible();

  await chooseFromCardMenu(player, 'My jaw, evenings', 'Edit');

  await expect(player.getByRole('heading', { level: 1, name: 'Edit routine' })).toBeVisible();
  const name = player.getByRole('textbox', { name: 'Name' });
  await expect(name).toHaveValue('My jaw, evenings');
  await expect(stepTitles(player)).toHaveText(['Soft jaw breathing', 'Jaw rest position']);
  await expect(player).toHaveURL(/#\/builder\/edit\/my-jaw$/);

  // Editing keeps the routine's id: the save replaces it rather than adding another.
  await name.fill('My jaw, mornings');
  await player.getByRole('button', { name: 'Save routine' }).click();
  await expect(player).toHaveURL(/#\/player\/my-jaw$/);
  await expect(player.getByRole('heading', { level: 1, name: 'My jaw, mornings' })).toBeVisible();
  const own = await player.evaluate(async () =>
    (await window.unknot.listRoutines()).filter((routine) => !routine.builtIn),
  );
  expect(own.map((routine) => [routine.id, routine.title])).toEqual([
    ['my-jaw', 'My jaw, mornings'],
  ]);
});

test('while a routine plays, Details of another opens that one, and the library leads back rather than restarting', async ({
  player,
}) => {
  await player.evaluate(() => window.unknot.updateSettings({ countIn: false, checkIns: false }));
  await player.getByRole('button', { name: 'Start Three-minute reset' }).click();
  await expect(player.getByText(/^Step 1 of/)).toBeVisible();
  const nav = player.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Library' }).click();

  const last = player.getByRole('region', { name: 'Last routine' });
  await expect(last).toContainText('Playing now');
  await expect(last.getByRole('button', { name: 'Play again' })).toHaveCount(0);

  await player.getByRole('link', { name: 'Details of Jaw release' }).click();
  await expect(player.getByRole('heading', { level: 1, name: 'Jaw release' })).toBeVisible();
  const bar = player.getByRole('region', { name: 'Now playing' });
  await expect(bar).toContainText('Three-minute reset');

  await nav.getByRole('link', { name: 'Library' }).click();
  await last.getByRole('link', { name: 'Back to the player' }).click();
  await expect(player.getByText(/^Step 1 of/)).toBeVisible();
  const playing = await player.evaluate(async () => (await window.unknot.getPlayback()).status);
  expect(playing).toBe('playing');
});

test('a routine stopped partway is offered once, to continue from its step or start over', async ({
  player,
}) => {
  await player.evaluate(() => window.unknot.updateSettings({ countIn: false, checkIns: false }));
  await player.getByRole('button', { name: 'Start Neck and shoulders' }).click();
  await player.getByRole('button', { name: 'Next step' }).click();
  await player.getByRole('button', { name: 'Next step' }).click();
  await expect(player.getByText('Step 3 of 7')).toBeVisible();
  await player.getByRole('button', { name: 'Stop' }).click();
  await player.getByRole('dialog').getByRole('button', { name: 'Stop' }).click();
  await player.getByRole('link', { name: 'Done' }).click();

  const last = player.getByRole('region', { name: 'Last routine' });
  await expect(last).toContainText('You stopped at step 3');
  await expect(last).toContainText(/· \d+ min( \d+ s)? left/);
  await expect(player.getByRole('button', { name: 'Play again' })).toHaveCount(0);
  await expect(last.getByRole('button', { name: 'Start over' })).toBeVisible();
  await readmeScreenshot(player, 'continue');

  await last.getByRole('button', { name: 'Continue from step 3' }).click();
  await expect(
    player.getByRole('heading', { level: 1, name: 'Shoulder trigger point hold' }),
  ).toBeVisible();
  await expect(player.getByText('Step 3 of 7')).toBeVisible();
});
