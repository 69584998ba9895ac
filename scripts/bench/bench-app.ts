/**
 * One place that starts the app for a bench part: a fresh browser context, a fresh data
 * folder (removed when the bench ends), the real services behind the harness.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { AppHarness, type HarnessOptions } from '../../tests/harness/app-harness';

export const root = path.resolve(import.meta.dirname, '..', '..');

/** Where the bench runs: the browser, the served build, the bridge, the folders to clean. */
export interface BenchTarget {
  browser: Browser;
  origin: string;
  bridgeScript: string;
  dataDirs: string[];
}

export async function startBenchApp(
  target: BenchTarget,
  options: Pick<HarnessOptions, 'extraRoutines' | 'observe' | 'clockScheduler'> = {},
) {
  const context = await target.browser.newContext();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'unknot-bench-'));
  target.dataDirs.push(dataDir);
  const app = await AppHarness.start({
    context,
    origin: target.origin,
    dataDir,
    contentDir: path.join(root, 'content'),
    bridgeScript: target.bridgeScript,
    ...options,
  });
  return { context, app };
}
