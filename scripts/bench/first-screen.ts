/**
 * The first screen: how much code it loads (the entry chunk and its static imports) and how
 * long until the library is ready to use, each beside a bare React + Vite hello world built
 * by the same build with the same settings.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import type { Browser, BrowserContext } from 'playwright-core';
import { build } from 'vite';
import { rendererChunk } from '../renderer-chunks';

export const RUNS = 9;
export const READY_MARK = 'unknot:library-ready';

export const HELLO_HTML = `<!doctype html>
<html lang="en"><head><meta charset="UTF-8" /><title>Hello</title></head>
<body><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>
`;
export const HELLO_MAIN = `import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
function App() {
  const [count, setCount] = useState(0);
  useEffect(() => { performance.mark('${READY_MARK}'); }, []);
  return <button onClick={() => setCount(count + 1)}>Clicked {count} times</button>;
}
createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
`;

/** Both apps go through this one build: same plugin, same minifier, same target. */
export async function buildApp(
  appRoot: string,
  outDir: string,
  publicDir: string | false,
): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: appRoot,
    base: './',
    // Static files (clips, sounds) are copied, not bundled: they do not count as JS.
    publicDir,
    plugins: [react()],
    // As the app's own build: JSON (our catalogs; the hello world has none) as JSON.parse.
    json: { stringify: true },
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      target: 'chrome130',
      // As the app's own build (electron.vite.config.ts): the entry's static imports are
      // preloaded beside it, not found one after another. Chromium needs no polyfill.
      modulePreload: { polyfill: false },
      // Tells which chunks the first screen needs (the entry and what it imports statically).
      manifest: true,
      rollupOptions: { output: { manualChunks: rendererChunk } },
    },
  });
}

/**
 * Gzipped size of what the first screen loads: the entry chunk and the chunks it imports
 * statically. Chunks fetched later with import() (the other screens, the sound engine) do
 * not count; they load after the first screen is in use.
 */
export function entryGzipKb(dir: string): number {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(dir, '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, { file: string; isEntry?: boolean; imports?: string[] }>;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  let bytes = 0;
  for (const file of files) {
    if (file.endsWith('.js'))
      bytes += zlib.gzipSync(fs.readFileSync(path.join(dir, file)), { level: 9 }).length;
  }
  return Math.round((bytes / 1024) * 10) / 10;
}

/**
 * Tells the bench when the ready mark is set, through the console. The page is then read
 * without running anything in it while it starts: Playwright's `waitForFunction` first
 * evaluates its own script of some 7,000 lines in the page, and for a page whose load event
 * comes before its ready mark (ours: the data arrives in the page, the library draws after)
 * that evaluation landed between the first layout and the mark, 25–47 ms in our traces, a
 * cost the hello world, ready before its load event's answer comes back, never paid.
 */
const REPORT_READY = `new PerformanceObserver((list, observer) => {
  const mark = list.getEntriesByName(${JSON.stringify(READY_MARK)})[0];
  if (mark) {
    observer.disconnect();
    console.debug(${JSON.stringify(READY_MARK)} + ' ' + mark.startTime);
  }
}).observe({ type: 'mark' });`;

/** One page to time: its address, or how to prepare a context and name the address. */
export interface TimedPage {
  url: string;
  /** May name the address to open instead (the app's, which carries its data). */
  prepare?: (context: BrowserContext) => Promise<string | undefined>;
}

/**
 * Milliseconds from navigation start to the ready mark, in a fresh context each time, for
 * each page; the pages take turns, so a busy moment on the machine falls on all of them.
 */
export async function timeToInteractive(
  browser: Browser,
  pages: readonly TimedPage[],
): Promise<number[][]> {
  const times = pages.map((): number[] => []);
  for (let run = 0; run < RUNS; run++) {
    for (const [index, { url, prepare }] of pages.entries()) {
      const context = await browser.newContext();
      await context.addInitScript(REPORT_READY);
      const address = (await prepare?.(context)) ?? url;
      const page = await context.newPage();
      const ready = page.waitForEvent('console', {
        predicate: (message) => message.text().startsWith(`${READY_MARK} `),
        timeout: 60_000,
      });
      await page.goto(address);
      times[index]?.push(Number((await ready).text().slice(READY_MARK.length + 1)));
      await context.close();
    }
  }
  return times;
}
