import type { Page } from '@playwright/test';
import { chooseFromCardMenu, expect, expectScreen, goTo, readmeScreenshot, test } from './fixtures';

const FROM = 'Desk mobility break';

/**
 * Opens the builder from the library as a person does: "New routine", or a card's Edit or
 * Duplicate.
 */
async function openBuilder(
  page: Page,
  from: { edit: string } | { duplicate: string } | 'new' = 'new',
): Promise<void> {
  await goTo(page, 'Library');
  if (from === 'new') await page.getByRole('link', { name: 'New routine' }).click();
  else if ('edit' in from) await chooseFromCardMenu(page, from.edit, 'Edit');
  else await chooseFromCardMenu(page, from.duplicate, 'Duplicate');
  await expect(page.getByRole('list', { name: 'Catalogue steps' })).toBeVisible();
}

/** Finds a step by searching, as a person would, and adds it. */
async function addFromCatalogue(page: Page, title: string, routineTitle = FROM): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search' }).fill(title);
  await page
    .getByRole('button', { name: `Add ${title} from ${routineTitle}`, exact: true })
    .click();
}

function stepTitles(page: Page) {
  return page
    .getByRole('list', { name: 'Steps in your routine' })
    .getByRole('heading', { level: 3 });
}

test('a routine built from three steps by drag and drop is saved, survives a restart and plays', async ({
  app,
  player,
}) => {
  await player.evaluate(() => window.unknot.updateSettings({ countIn: false }));
  await openBuilder(player);
  const save = player.getByRole('button', { name: 'Save routine' });
  // Nothing is marked wrong before the first try to save.
  await expect(player.getByText('Give the routine a name.')).toBeHidden();

  await player.getByRole('textbox', { name: 'Name' }).fill('Desk break, my way');
  await player.getByRole('textbox', { name: 'Description' }).fill('Up, around, and breathe.');
  await addFromCatalogue(player, 'Stand and reach');
  await addFromCatalogue(player, 'Hip circles');
  await addFromCatalogue(player, 'Three slow breaths');
  await expect(stepTitles(player)).toHaveText([
    'Stand and reach',
    'Hip circles',
    'Three slow breaths',
  ]);
  await expect(player.getByText('3 steps · 2 min 10 s in all')).toBeVisible();

  // Drag the last step above the first, in small moves as a hand would.
  await player
    .getByRole('heading', { name: 'Your routine' })
    .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  const handle = player.getByRole('button', { name: 'Drag to reorder Three slow breaths' });
  const first = player.locator('.draft-step').first();
  const from = (await handle.boundingBox())!;
  const to = (await first.boundingBox())!;
  await player.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await player.mouse.down();
  const steps = 12;
  for (let i = 1; i <= steps; i++) {
    const y = from.y + from.height / 2 + ((to.y + 8 - (from.y + from.height / 2)) * i) / steps;
    await player.mouse.move(from.x + from.width / 2, y);
  }
  await player.mouse.up();
  await expect(stepTitles(player)).toHaveText([
    'Three slow breaths',
    'Stand and reach',
    'Hip circles',
  ]);

  await expect(save).toBeEnabled();
  await save.click();
  await expect(player).toHaveURL(/#\/player\/desk-break-my-way$/);
  await expect(player.getByRole('heading', { level: 1, name: 'Desk break, my way' })).toBeVisible();

  await app.restart();
  await goTo(player, 'Library');
  const card = player.getByRole('article', { name: 'Desk break, my way' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Up, around, and breathe.');
  await card.getByRole('button', { name: 'Start Desk break, my way' }).click();
  await expect(player.getByText('Step 1 of 3')).toBeVisible();
  await expect(player.getByRole('heading', { level: 1, name: 'Three slow breaths' })).toBeVisible();
  await player.evaluate(() => window.unknot.controlPlayback({ command: 'stop' }));
});

test('saving with no name puts the message beside the name field and the focus in it', async ({
  player,
}) => {
  await openBuilder(player);
  const name = player.getByRole('textbox', { name: 'Name' });
  await player.getByRole('button', { name: 'Save routine' }).click();

  const message = player.getByText('Give the routine a name.', { exact: true });
  await expect(message).toBeVisible();
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription('Give the routine a name.');
  await player.screenshot({ path: test.info().outputPath('name-error.png') });
  await readmeScreenshot(player, 'builder-errors');
  // Beside the field: just under it, lined up with it, not in a list far away.
  const field = (await name.boundingBox())!;
  const said = (await message.boundingBox())!;
  expect(said.y).toBeGreaterThanOrEqual(field.y + field.height - 1);
  expect(said.y - (field.y + field.height)).toBeLessThan(24);
  expect(Math.abs(said.x - field.x)).toBeLessThan(24);
  // The missing steps are said beside the routine's steps, not beside the name.
  const steps = player.getByRole('region', { name: 'Your routine' });
  await expect(steps.getByText('Add at least one step.')).toBeVisible();
  await expect(player).toHaveURL(/#\/builder\/new$/);

  // Typing a name clears its message; saving again moves on to the steps.
  await name.fill('Evening wind-down');
  await expect(message).toBeHidden();
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  await player.getByRole('button', { name: 'Save routine' }).click();
  await expect(player.getByRole('heading', { name: 'Your routine' })).toBeFocused();
});

test('the catalogue is part of the page, with no box of its own to scroll', async ({ player }) => {
  await openBuilder(player);
  const list = player.getByRole('list', { name: 'Catalogue steps' });
  const scrolls = await list.evaluate((el) => {
    const style = getComputedStyle(el);
    return { overflowY: style.overflowY, inner: el.scrollHeight - el.clientHeight };
  });
  expect(scrolls).toEqual({ overflowY: 'visible', inner: 0 });
  const before = await list
    .getByRole('listitem')
    .filter({ has: player.locator('article') })
    .count();
  await player.getByRole('button', { name: /Show more steps/ }).click();
  expect(
    await list
      .getByRole('listitem')
      .filter({ has: player.locator('article') })
      .count(),
  ).toBeGreaterThan(before);
});

test('steps can be reordered with the keyboard buttons', async ({ player }) => {
  await openBuilder(player);
  await addFromCatalogue(player, 'Stand and reach');
  await addFromCatalogue(player, 'Hip circles');
  await addFromCatalogue(player, 'Three slow breaths');

  const up = player.getByRole('button', { name: 'Move Hip circles up' });
  await up.click();
  await expect(stepTitles(player)).toHaveText([
    'Hip circles',
    'Stand and reach',
    'Three slow breaths',
  ]);
  // At the top "up" is disabled, so the focus stays on the step, on its other arrow.
  await expect(up).toBeDisabled();
  const down = player.getByRole('button', { name: 'Move Hip circles down' });
  await expect(down).toBeFocused();
  await player.keyboard.press('Enter');
  await player.keyboard.press('Enter');
  await expect(stepTitles(player)).toHaveText([
    'Stand and reach',
    'Three slow breaths',
    'Hip circles',
  ]);
  await expect(up).toBeFocused();

  await player.getByRole('button', { name: 'Remove Stand and reach' }).click();
  await expect(stepTitles(player)).toHaveText(['Three slow breaths', 'Hip circles']);

  // The drag handle works from the keyboard too: space to lift, an arrow, space to drop.
  await player.getByRole('button', { name: 'Drag to reorder Hip circles' }).focus();
  // Each key waits for the spoken announcement, which is also what a screen reader hears.
  const announced = player.locator('[id^="DndLiveRegion"]');
  await player.keyboard.press('Space');
  await expect(announced).toHaveText('Hip circles is over position 2 of 2.');
  // dnd-kit takes the list's measures over the frames after the lift; a person's next key
  // comes later than that, a test's can come sooner (seen on a loaded machine).
  await player.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await player.keyboard.press('ArrowUp');
  await expect(announced).toHaveText('Hip circles is over position 1 of 2.');
  await player.keyboard.press('Space');
  await expect(announced).toHaveText('Hip circles dropped at position 1 of 2.');
  await expect(stepTitles(player)).toHaveText(['Hip circles', 'Three slow breaths']);

  // The same step twice is told apart by its place, and saved with distinct ids.
  await addFromCatalogue(player, 'Hip circles');
  await expect(player.getByRole('button', { name: 'Move Hip circles (step 3) up' })).toBeVisible();
  await player.getByRole('textbox', { name: 'Name' }).fill('Circles twice');
  await player.getByRole('button', { name: 'Save routine' }).click();
  await expect(player).toHaveURL(/#\/player\/circles-twice$/);
  const saved = await player.evaluate(() => window.unknot.getRoutine({ id: 'circles-twice' }));
  const [once, breaths, twice] = saved.steps.map((step) => step.id);
  expect(breaths).toBe('three-slow-breaths');
  expect(twice).toBe(`${once}-2`);
});

test('an own step is saved and says it has no recorded voice', async ({ player }) => {
  await player.evaluate(() => window.unknot.updateSettings({ countIn: false }));
  await openBuilder(player);
  await player.getByRole('button', { name: 'Write a step' }).click();
  await expect(
    player.getByText(
      'Your own steps are spoken by your system voice if you allow it in Settings, otherwise shown as captions.',
    ),
  ).toBeVisible();

  const form = player.locator('.own-step-form');
  await form.getByRole('button', { name: 'Add my step' }).click();
  // Each message sits under its own field, and the first of them gets the focus.
  await expect(form.getByRole('textbox', { name: 'Title' })).toBeFocused();
  await expect(form.getByRole('textbox', { name: 'Title' })).toHaveAccessibleDescription(
    'Give the step a title.',
  );
  await expect(form.getByRole('textbox', { name: 'Opening line' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await player.screenshot({ path: test.info().outputPath('own-step-errors.png') });

  await form.getByRole('textbox', { name: 'Title' }).fill('Palm press');
  await form.getByRole('combobox', { name: 'Technique' }).selectOption({ label: 'Stretching' });
  await form.getByRole('combobox', { name: 'Sides' }).selectOption('each');
  await form.getByRole('checkbox', { name: 'Wrists and hands' }).check();
  await form.getByRole('textbox', { name: 'Opening line' }).fill('Press your palms together.');
  await form
    .getByRole('textbox', { name: 'Middle cue (optional)' })
    .fill('Keep the shoulders soft.');
  await form.getByRole('textbox', { name: 'Closing line' }).fill('Let your hands rest.');
  // Stretching is 15 s to 2 min a side, so each side in turn allows 30 s to 4 min.
  const length = form.getByRole('combobox', { name: 'Length' });
  await expect(length.locator('option').first()).toHaveText('30 s');
  await expect(length.locator('option').last()).toHaveText('4 min');
  await length.selectOption({ label: '1 min' });
  await form.getByRole('button', { name: 'Add my step' }).click();

  const item = player.locator('.draft-step', { hasText: 'Palm press' });
  await expect(item).toContainText('No recorded voice');
  await expect(item.getByRole('combobox', { name: 'Length of Palm press' })).toHaveValue('60');
  await addFromCatalogue(player, 'Three slow breaths');
  await expect(player.locator('.draft-step', { hasText: 'Three slow breaths' })).not.toContainText(
    'No recorded voice',
  );

  await player.getByRole('textbox', { name: 'Name' }).fill('Hands and breath');
  await player.getByRole('button', { name: 'Save routine' }).click();
  await expect(player).toHaveURL(/#\/player\/hands-and-breath$/);
  const saved = await player.evaluate(() => window.unknot.getRoutine({ id: 'hands-and-breath' }));
  expect(saved.cautions).toEqual([
    'Stop if anything hurts, feels sharp, or causes numbness or tingling.',
  ]);
  expect(saved.steps[0]).toMatchObject({
    id: 'palm-press',
    technique: 'stretching',
    sides: 'each',
    bodyAreas: ['wrists-hands'],
    seconds: { min: 30, default: 60, max: 240 },
    narration: { intro: 'Press your palms together.', outro: 'Let your hands rest.' },
  });

  await player.getByRole('button', { name: /^Play/ }).click();
  await expect(player.getByRole('heading', { level: 1, name: 'Palm press' })).toBeVisible();
  await expect(player.getByTestId('caption')).toHaveText('Press your palms together.');
  await player.evaluate(() => window.unknot.controlPlayback({ command: 'stop' }));

  // Opened again for editing, the own step still says so and the library step still does not.
  await openBuilder(player, { edit: 'Hands and breath' });
  await expect(player.locator('.draft-step', { hasText: 'Palm press' })).toContainText(
    'No recorded voice',
  );
  await expect(player.locator('.draft-step', { hasText: 'Three slow breaths' })).not.toContainText(
    'No recorded voice',
  );
});

test('a copy starts from the original, and main’s refusal is shown as it is', async ({
  player,
}) => {
  await openBuilder(player, { duplicate: 'Three-minute reset' });
  await expect(player.getByRole('textbox', { name: 'Name' })).toHaveValue(
    'Copy of Three-minute reset',
  );
  await expect(stepTitles(player).first()).toHaveText('Shoulder rolls');
  await player.getByRole('button', { name: 'Save routine' }).click();
  await expect(player).toHaveURL(/#\/player\/copy-of-three-minute-reset$/);

  // Editing keeps the id, and main will not let a built-in routine be replaced. No link
  // offers to edit a built-in routine, so only a typed address gets here: the test types it.
  await player.goto(player.url().replace(/#.*$/, '#/builder/edit/three-minute-reset'));
  await expect(player.getByRole('textbox', { name: 'Name' })).toHaveValue('Three-minute reset');
  await player.getByRole('button', { name: 'Save routine' }).click();
  await expect(player.getByRole('alert')).toContainText('built-in routine');
  await expect(player).toHaveURL(/#\/builder\/edit\/three-minute-reset$/);
});

test('the builder looks as it did, in both themes', { tag: '@screens' }, async ({ player }) => {
  await player.emulateMedia({ reducedMotion: 'reduce' });
  await openBuilder(player);
  await player.getByRole('textbox', { name: 'Name' }).fill('Desk break, my way');
  await addFromCatalogue(player, 'Stand and reach');
  await addFromCatalogue(player, 'Hip circles');
  await player.getByRole('button', { name: 'Write a step' }).click();
  const form = player.locator('.own-step-form');
  await form.getByRole('textbox', { name: 'Title' }).fill('Palm press');
  await form.getByRole('checkbox', { name: 'Wrists and hands' }).check();
  await form.getByRole('textbox', { name: 'Opening line' }).fill('Press your palms together.');
  await form.getByRole('textbox', { name: 'Closing line' }).fill('Let your hands rest.');
  await form.getByRole('button', { name: 'Add my step' }).click();
  await player.getByRole('searchbox', { name: 'Search' }).fill('');
  // No hover or focus ring caught in the picture.
  await player.mouse.move(0, 0);
  await player.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  // Nothing inside the scrolling catalogue may stretch the page beyond its content.
  const heights = await player.evaluate(() => [
    document.documentElement.scrollHeight,
    document.body.scrollHeight,
  ]);
  expect(heights[0]).toBe(heights[1]);
  // A window as tall as the page, so the whole builder is in the picture with the sidebar
  // drawn as it is on screen (a full-page capture would stop it at the first screen).
  for (let i = 0; i < 3; i++) {
    const height = await player.evaluate(() => document.documentElement.scrollHeight);
    await player.setViewportSize({ width: 1200, height });
  }
  for (const theme of ['light', 'dark'] as const) {
    await player.evaluate((choice) => window.unknot.updateSettings({ theme: choice }), theme);
    await expect(player.locator('html')).toHaveAttribute('data-theme', theme);
    await expectScreen(player, `builder-${theme}`);
  }
});
