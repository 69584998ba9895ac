import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, readmeScreenshot, test } from './fixtures';

/**
 * The player fits every window from the smallest the app allows, at every text size it
 * offers: the controls stay in view, the countdown stays in its ring, nothing spills sideways.
 */

const WINDOWS = [
  { width: 1200, height: 800 },
  { width: 900, height: 700 },
  // The main window's minimum size.
  { width: 720, height: 560 },
];
const TEXT_SIZES = [1, 1.5, 2];

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  expect(found, 'element has a box').not.toBeNull();
  return found!;
}

async function expectInViewport(page: Page, locator: Locator, what: string) {
  const { width, height } = page.viewportSize()!;
  const b = await box(locator);
  expect(b.x, `${what} left edge`).toBeGreaterThanOrEqual(0);
  expect(b.y, `${what} top edge`).toBeGreaterThanOrEqual(0);
  expect(b.x + b.width, `${what} right edge`).toBeLessThanOrEqual(width + 0.5);
  expect(b.y + b.height, `${what} bottom edge`).toBeLessThanOrEqual(height + 0.5);
}

for (const size of WINDOWS) {
  for (const scale of TEXT_SIZES) {
    test(`at ${size.width}×${size.height} and ${scale * 100}% text every player control is in view and the countdown in its ring`, async ({
      player,
    }) => {
      await player.setViewportSize(size);
      await player.evaluate(
        (textScale) => window.unknot.updateSettings({ countIn: false, textScale }),
        scale,
      );
      // Neck and shoulders works one side at a time, so the side badge shows too.
      await player.getByRole('button', { name: 'Start Neck and shoulders' }).click();
      const controls = player.getByRole('group', { name: 'Player controls' });
      await expect(controls).toBeVisible();
      await player.getByRole('button', { name: 'Pause' }).click();
      await expect(player.getByText('Paused', { exact: true })).toBeVisible();

      for (const name of [
        'Previous step',
        'Restart step',
        'Resume',
        'Add 30 seconds',
        'Next step',
        'Stop',
      ]) {
        await expectInViewport(player, controls.getByRole('button', { name }), name);
      }

      const timer = player.getByRole('timer');
      const ring = player.locator('.player-ring');
      const t = await box(timer);
      const r = await box(ring);
      expect(t.x).toBeGreaterThanOrEqual(r.x);
      expect(t.x + t.width).toBeLessThanOrEqual(r.x + r.width);
      expect(t.y).toBeGreaterThanOrEqual(r.y);
      expect(t.y + t.height).toBeLessThanOrEqual(r.y + r.height);

      // Nothing spills sideways out of the window or out of the player.
      const overflow = await player.evaluate(() => ({
        page: document.documentElement.scrollWidth - window.innerWidth,
        player: [...document.querySelectorAll('.now-playing *')].filter((el) => {
          const box = el.getBoundingClientRect();
          return box.width > 0 && box.right > window.innerWidth + 0.5;
        }).length,
      }));
      expect(overflow).toEqual({ page: 0, player: 0 });

      await player.screenshot({
        path: test.info().outputPath(`player-${size.width}x${size.height}-${scale * 100}.png`),
      });
      if (size.width === 720 && scale === 2) await readmeScreenshot(player, 'player-small');
      const axe = await new AxeBuilder({ page: player })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
    });
  }
}
