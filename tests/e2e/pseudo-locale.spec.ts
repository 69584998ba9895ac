import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { routineStrings, techniqueStrings } from '../../content/content-strings';
import { loadBuiltInContent } from '../../electron/routines/content-files';
import { expect, test } from './fixtures';

/**
 * The pseudo-language shows every catalog line accented and 40 % longer, in brackets. A line
 * of plain English on screen is then one a translator never sees, and a label that spills
 * out of its box is one that German (often longer) would break.
 */
const { routines, techniques } = loadBuiltInContent('content');
// What comes from the content, not the catalogs, is English here (a translation per language
// lives in content/locales and is tested there).
const CONTENT = new Set([
  ...routines.flatMap((r) => Object.values(routineStrings(r))),
  ...Object.values(techniqueStrings(techniques)),
]);
const PSEUDO_MARK = /[[\]~áéíóúçñýÁÉÍÓÚÇÑÝ]/;

async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('[hidden], .visually-hidden, svg, script, style')) continue;
      const box = parent.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      out.push(text);
    }
    return out;
  })()`);
}

/** Plain English words that no catalog line produced. */
async function englishLeft(page: Page): Promise<string[]> {
  return (await visibleTexts(page)).filter(
    (text) =>
      /[A-Za-z]{2,}/.test(text) &&
      !PSEUDO_MARK.test(text) &&
      !CONTENT.has(text) &&
      // The data folder's path and key names are the system's, not words.
      !text.includes('/') &&
      !/^(Ctrl|Alt|Shift|Cmd|Meta|Super)(\+\w+)+$/.test(text),
  );
}

/** Controls, headings and labels whose text is wider than their box. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const out = [];
    for (const el of document.querySelectorAll('button, a, label, legend, h1, h2, h3, th, .segment, .nav-link, .chip')) {
      const box = el.getBoundingClientRect();
      // Text kept for screen readers only is clipped on purpose.
      if (box.width === 0 || el.closest('.visually-hidden')) continue;
      // 2 px: a range input's own margins reach past its label by that much in Chromium.
      if (el.scrollWidth > el.clientWidth + 2) out.push(el.textContent.trim().slice(0, 60));
    }
    return out;
  })()`);
}

async function check(page: Page, screen: string): Promise<void> {
  expect(await englishLeft(page), `${screen}: English left`).toEqual([]);
  expect(await overflowing(page), `${screen}: text wider than its box`).toEqual([]);
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    axe.violations.map((v) => v.id),
    `${screen}: accessibility`,
  ).toEqual([]);
}

test.use({ pseudo: true, viewport: { width: 1200, height: 800 } });

test('every screen is translated, fits at 1200×800 and stays accessible', async ({ player }) => {
  test.setTimeout(120_000);
  await expect(player.locator('.routine-card, article').first()).toBeVisible();
  await check(player, 'library');

  // A card's Details link, as a person finds it: the first one on the page.
  await player
    .getByRole('link', { name: /^\[D.t.íls/ })
    .first()
    .click();
  await expect(player.getByRole('heading', { level: 1 })).toBeVisible();
  await check(player, 'routine');

  await player.getByRole('navigation').getByRole('link').nth(1).click();
  await expect(player.getByRole('heading', { level: 1 })).toBeVisible();
  await check(player, 'history');

  await player.getByRole('navigation').getByRole('link').nth(2).click();
  await expect(player.getByRole('heading', { level: 1 })).toBeVisible();
  await check(player, 'settings');
});

test.describe('on the first run', () => {
  test.use({ firstRun: true });

  test('the welcome is translated, fits and stays accessible', async ({ player }) => {
    await expect(player.getByRole('heading', { level: 1 })).toBeVisible();
    await check(player, 'welcome');
  });
});
