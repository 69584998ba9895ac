import type { Page } from '@playwright/test';
import { RoutineSchema } from '../../content/schema';
import { timerSizeFor } from '../../electron/desk/window-options';
import { expect, readmeScreenshot, SHORT_ROUTINE, test } from './fixtures';

/** The timer window's size when it first opens (electron/desk/window-options.ts TIMER_SIZE). */
const WINDOW = { width: 260, height: 148 };
const LONG_TITLE = 'Wrist circles and slow finger spreads, one hand at a time';

/** One step done on each side, with a title too long for one line of the timer. */
const SIDED = RoutineSchema.parse({
  ...SHORT_ROUTINE,
  id: 'e2e-timer-sides',
  title: 'Timer sides',
  steps: [
    {
      ...SHORT_ROUTINE.steps[1],
      id: 'wrist-circles',
      title: LONG_TITLE,
      sides: 'each',
      seconds: { min: 20, default: 40, max: 60 },
    },
  ],
});

// Wrapped once more: a two-item array would be read as [value, fixture options].
test.use({ extraRoutines: [[SHORT_ROUTINE, SIDED], { scope: 'test' }] });

async function openTimer(app: { timerWindow(): Promise<Page> }, player: Page): Promise<Page> {
  await player.getByRole('button', { name: 'Show timer' }).click();
  const timer = await app.timerWindow();
  await timer.setViewportSize(WINDOW);
  await timer.emulateMedia({ reducedMotion: 'reduce' });
  await expect(timer.getByRole('timer')).toBeVisible();
  return timer;
}

/** The countdown, title, status and buttons that reach outside the window, with their boxes. */
async function outsideWindow(timer: Page, window = WINDOW): Promise<string[]> {
  const named = {
    countdown: timer.getByRole('timer'),
    title: timer.locator('.timer-title'),
    pause: timer.getByRole('button', { name: /^(Pause|Resume)$/ }),
    next: timer.getByRole('button', { name: 'Next step' }),
    close: timer.getByRole('button', { name: 'Hide timer' }),
    status: timer.locator('.timer-status'),
  };
  const outside: string[] = [];
  for (const [name, locator] of Object.entries(named)) {
    const box = (await locator.boundingBox())!;
    const inside =
      box.x >= 0 &&
      box.y >= 0 &&
      box.x + box.width <= window.width + 0.5 &&
      box.y + box.height <= window.height + 0.5;
    if (!inside) outside.push(`${name} ${JSON.stringify(box)}`);
  }
  return outside;
}

/** The font size of every element with text of its own, largest first. */
async function fontSizes(timer: Page): Promise<{ className: string; size: number }[]> {
  return timer.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((el) =>
        [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()),
      )
      .map((el) => ({
        className: String(el.className),
        size: parseFloat(getComputedStyle(el).fontSize),
      }))
      .sort((a, b) => b.size - a.size),
  );
}

test('at 100 %, 150 % and 200 % text the whole timer fits its window, countdown largest', async ({
  app,
  player,
}) => {
  await player.evaluate(() => window.unknot.updateSettings({ countIn: false }));
  await player.evaluate(() => window.unknot.startRoutine({ routineId: 'e2e-timer-sides' }));
  const timer = await openTimer(app, player);
  await expect(timer.getByText('Left side')).toBeVisible();
  // Cut to two lines on screen, whole in the tooltip and for screen readers.
  const title = timer.locator('.timer-title');
  await expect(title).toHaveText(LONG_TITLE);
  await expect(title).toHaveAttribute('title', LONG_TITLE);
  const lineHeight = await title.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  expect((await title.boundingBox())!.height).toBeLessThanOrEqual(lineHeight * 2 + 1);

  for (const scale of [1, 1.5, 2]) {
    await player.evaluate((textScale) => window.unknot.updateSettings({ textScale }), scale);
    await expect(timer.locator('html')).toHaveCSS('font-size', `${16 * scale}px`);
    expect(await outsideWindow(timer), `text at ${scale * 100}%`).toEqual([]);
    await timer.screenshot({ path: test.info().outputPath(`timer-${scale * 100}.png`) });
    const sizes = await fontSizes(timer);
    expect(sizes[0]?.className, `text at ${scale * 100}%`).toContain('timer-countdown');
    expect(sizes[0]!.size).toBeGreaterThan(sizes[1]!.size * 2);
  }
  // Paused at 200 %: "Paused" and the side share the footer, still inside the window.
  await player.evaluate(() => window.unknot.controlPlayback({ command: 'pause' }));
  await expect(timer.getByText('Paused', { exact: true })).toBeVisible();
  await expect(timer.getByText('Left side')).toBeVisible();
  expect(await outsideWindow(timer), 'paused at 200%').toEqual([]);
  await timer.screenshot({ path: test.info().outputPath('timer-paused-200.png') });
  await player.evaluate(() => window.unknot.controlPlayback({ command: 'stop' }));
});

test('larger text opens a larger timer, and its countdown grows with it', async ({
  app,
  player,
}) => {
  await player.evaluate(() => window.unknot.updateSettings({ countIn: false }));
  await player.evaluate(() => window.unknot.startRoutine({ routineId: 'e2e-timer-sides' }));
  const timer = await openTimer(app, player);
  const countdownSize = () =>
    timer.getByRole('timer').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const atOne = await countdownSize();
  await player.evaluate(() => window.unknot.updateSettings({ textScale: 2 }));
  // The size the app gives a new timer at 200 % text (electron/desk/window-options.ts).
  const size = timerSizeFor(2);
  await timer.setViewportSize(size);
  expect(await outsideWindow(timer, size)).toEqual([]);
  expect(await countdownSize()).toBeGreaterThan(atOne * 1.5);
  await player.evaluate(() => window.unknot.controlPlayback({ command: 'stop' }));
});

test('paused shows "Paused" and a dimmed countdown; resuming takes both away', async ({
  app,
  player,
}) => {
  await player.evaluate(() => window.unknot.updateSettings({ countIn: false }));
  await player.evaluate(() => window.unknot.startRoutine({ routineId: 'e2e-short-pause' }));
  const timer = await openTimer(app, player);
  const countdown = timer.getByRole('timer');
  const playingColour = await countdown.evaluate((el) => getComputedStyle(el).color);

  await timer.getByRole('button', { name: 'Pause' }).click();
  await expect(timer.getByText('Paused', { exact: true })).toBeVisible();
  await expect(timer.getByRole('button', { name: 'Resume' })).toBeVisible();
  expect(await countdown.evaluate((el) => getComputedStyle(el).color)).not.toBe(playingColour);

  await timer.getByRole('button', { name: 'Resume' }).click();
  await expect(timer.getByText('Paused', { exact: true })).toBeHidden();
  expect(await countdown.evaluate((el) => getComputedStyle(el).color)).toBe(playingColour);
  await player.evaluate(() => window.unknot.controlPlayback({ command: 'stop' }));
});

test('screenshot: the timer for the README', async ({ app, player }) => {
  await player.evaluate(() => window.unknot.updateSettings({ countIn: false, theme: 'dark' }));
  await player.evaluate(() => window.unknot.startRoutine({ routineId: 'e2e-timer-sides' }));
  const timer = await openTimer(app, player);
  await expect(timer.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(timer.getByText('Left side')).toBeVisible();
  await readmeScreenshot(timer, 'timer');
  await player.evaluate(() => window.unknot.controlPlayback({ command: 'stop' }));
});
