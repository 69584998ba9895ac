import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { CoverageReport } from 'monocart-coverage-reports';
import { rawOptions } from '../coverage/coverage-options';

/**
 * The renderer's V8 coverage from every window a test opens: started before the page loads,
 * kept across navigations (a restart reloads the page), taken when the window closes or the
 * test ends, and added to the e2e run's raw data (coverage/e2e/.cache, one per worker).
 * The built bundle's source map (written beside it, never referenced from the app) maps it
 * back to the files under renderer/.
 */
export class PageCoverage {
  private readonly watched = new Set<Page>();
  private readonly report = new CoverageReport(rawOptions('e2e'));

  constructor(private readonly builtDir: string) {}

  async start(page: Page): Promise<void> {
    await page.coverage.startJSCoverage({ resetOnNavigation: false });
    this.watched.add(page);
  }

  /** Takes a window's coverage; once per window, and before it closes. */
  async take(page: Page): Promise<void> {
    if (!this.watched.delete(page) || page.isClosed()) return;
    const entries = await page.coverage.stopJSCoverage();
    const ours = entries.flatMap((entry) => {
      const file = path.join(this.builtDir, new URL(entry.url).pathname);
      if (!entry.url.startsWith('http://127.0.0.1') || !fs.existsSync(`${file}.map`)) return [];
      return [{ ...entry, sourceMap: JSON.parse(fs.readFileSync(`${file}.map`, 'utf8')) }];
    });
    if (ours.length > 0) await this.report.add(ours);
  }

  async takeAll(): Promise<void> {
    for (const page of [...this.watched]) await this.take(page);
  }
}
