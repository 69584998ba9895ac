/**
 * `npm run bench`: the performance figures (docs/architecture.md, "Measured") as one JSON
 * object, each beside its bar. The first screen is measured beside a bare React + Vite hello
 * world, built and loaded in the same run, with the same settings, in the same headless
 * Chromium. The parts live in scripts/bench/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { buildBridgeScript } from '../tests/harness/build-bridge';
import { AppHarness } from '../tests/harness/app-harness';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/harness/chromium';
import { serveStatic } from '../tests/harness/static-server';
import { median, round } from './bench/figures';
import {
  buildApp,
  entryGzipKb,
  HELLO_HTML,
  HELLO_MAIN,
  RUNS,
  timeToInteractive,
} from './bench/first-screen';
import { measureHistory } from './bench/history';
import { measureHourOfPlayback } from './bench/long-run';
import { measureNarrationStartNoCountIn } from './bench/narration-start';
import { measureTimerView } from './bench/timer-view';
import { root } from './bench/bench-app';
import { ipcRoundTrip, measurePlayback } from './bench/playback';

const benchDir = path.join(root, '.bench');

async function main(): Promise<void> {
  const helloSrc = path.join(benchDir, 'hello-src');
  fs.mkdirSync(helloSrc, { recursive: true });
  fs.writeFileSync(path.join(helloSrc, 'index.html'), HELLO_HTML);
  fs.writeFileSync(path.join(helloSrc, 'main.tsx'), HELLO_MAIN);
  const helloOut = path.join(benchDir, 'hello');
  const oursOut = path.join(benchDir, 'unknot');
  await buildApp(helloSrc, helloOut, false);
  await buildApp(path.join(root, 'renderer'), oursOut, path.join(root, 'assets'));

  const bundle = entryGzipKb(oursOut);
  const baselineBundle = entryGzipKb(helloOut);

  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const helloServer = await serveStatic(helloOut);
  const oursServer = await serveStatic(oursOut);
  const bridgeScript = await buildBridgeScript(root);
  const dataDirs: string[] = [];
  try {
    const [baselineTimes = [], ourTimes = []] = await timeToInteractive(browser, [
      { url: `${helloServer.origin}/index.html` },
      {
        url: `${oursServer.origin}/index.html#/library`,
        prepare: async (context) => {
          const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'unknot-bench-'));
          dataDirs.push(dataDir);
          const app = await AppHarness.start({
            context,
            origin: oursServer.origin,
            dataDir,
            contentDir: path.join(root, 'content'),
            bridgeScript,
          });
          // A returning user: the first-run welcome is done.
          app.services.settings.update({ firstRunDone: true });
          return app.pageUrl('library');
        },
      },
    ]);
    const target = { browser, origin: oursServer.origin, bridgeScript, dataDirs };
    const ipc = await ipcRoundTrip(target);
    const playback = await measurePlayback(target);
    const noCountIn = await measureNarrationStartNoCountIn(target);
    const timerView = await measureTimerView(target);
    const growth = await measureHourOfPlayback(target);
    const history = measureHistory();
    const tti = median(ourTimes);
    const baselineTti = median(baselineTimes);
    const figures = {
      bundle_gzip_kb: bundle,
      baseline_bundle_gzip_kb: baselineBundle,
      bundle_gzip_ratio: round(bundle / baselineBundle, 2),
      bundle_gzip_bar: 2.5,
      tti_ms: round(tti),
      baseline_tti_ms: round(baselineTti),
      tti_ratio: round(tti / baselineTti, 2),
      tti_bar: 1.5,
      tti_runs: RUNS,
      // The e2e bridge (a Playwright binding) stands in for Electron IPC here; the library
      // waits on one such call, so its cost is part of tti_ms but not of the real app's.
      harness_ipc_roundtrip_ms: round(ipc),
      clock_max_boundary_error_ms: playback.clock_max_boundary_error_ms,
      clock_boundary_bar_ms: 25,
      narration_start_ms_p95: playback.narration_start_ms_p95,
      narration_start_bar_ms: 100,
      narration_start_no_countin_ms_p95: noCountIn,
      narration_start_no_countin_bar_ms: 100,
      playback_cpu_pct: playback.playback_cpu_pct,
      playback_cpu_bar_pct: 2,
      timer_view_cpu_pct: timerView,
      timer_view_cpu_bar_pct: 1,
      renderer_heap_growth_mb_per_hour: growth.renderer_heap_growth_mb_per_hour,
      renderer_heap_growth_bar_mb: 5,
      dom_nodes_growth_per_hour: growth.dom_nodes_growth_per_hour,
      dom_nodes_growth_bar: 50,
      idle_raf_loops: playback.idle_raf_loops,
      idle_raf_bar: 0,
      record_session_ms_p95_with_20000: history.record_ms_p95,
      record_session_bar_ms: 25,
      stats_ms_over_20000: history.stats_ms,
      stats_bar_ms: 50,
    };
    console.log(JSON.stringify(figures, null, 2));
  } finally {
    await browser.close();
    await helloServer.close();
    await oursServer.close();
    for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
