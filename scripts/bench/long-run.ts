/**
 * An hour of playback in the player window: the built-in routines one after another, as a
 * long day's use would play them, with real sound events in the page. The routine clock
 * runs SPEED times faster than real time (its timers fire sooner, its clock reads ahead), so
 * an hour takes a few minutes; everything in the page runs as it would. The JS heap after a
 * forced garbage collection and the DOM node count are read once the first routine is under
 * way and again at the end, and scaled to an hour of playback.
 */
import type { CDPSession } from 'playwright-core';
import type { PlaybackSnapshot } from '../../electron/common/playback-schema';
import type { ClockScheduler } from '../../electron/playback/clock-scheduler';
import { round } from './figures';
import { startBenchApp, type BenchTarget } from './bench-app';

const SPEED = Number(process.env.BENCH_HOUR_SPEED ?? 20);
const HOUR_MS = 3600_000;
/** Playback before the first reading: every screen and clip path has been used once. */
const WARM_UP_MS = 5 * 60_000;
const ROUTINES = [
  'neck-and-shoulders',
  'typing-forearms-and-hands',
  'flare-up-breathing',
  'upper-back',
  'jaw-release',
  'low-back-at-the-desk',
  'body-scan',
  'desk-mobility-break',
  'hips-for-sitters',
  'tension-headache',
];

/** Real timers, SPEED times sooner; a clock that reads SPEED times ahead. */
function fastScheduler(): ClockScheduler {
  const origin = performance.now();
  const now = () => origin + (performance.now() - origin) * SPEED;
  return {
    now,
    // Stamps stay in real time: the page measures what it shows against its own clock.
    wallNow: () => Date.now(),
    setTimeout: (fn, ms) => setTimeout(fn, ms / SPEED),
    clearTimeout: (handle) => clearTimeout(handle as Parameters<typeof clearTimeout>[0]),
  };
}

async function reading(cdp: CDPSession): Promise<{ heapMb: number; nodes: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? 0;
  return { heapMb: metric('JSHeapUsedSize') / 2 ** 20, nodes: metric('Nodes') };
}

export interface GrowthFigures {
  renderer_heap_growth_mb_per_hour: number;
  dom_nodes_growth_per_hour: number;
}

export async function measureHourOfPlayback(target: BenchTarget): Promise<GrowthFigures> {
  const scheduler = fastScheduler();
  let status: string | null = null;
  const { context, app } = await startBenchApp(target, {
    clockScheduler: scheduler,
    observe: (event, payload) => {
      if (event === 'playbackChanged') status = (payload as PlaybackSnapshot).status;
    },
  });
  app.services.settings.update({ firstRunDone: true, checkIns: false });
  const page = await app.openPage('library');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.enable');

  const playedMs = () => scheduler.now() - startedAt;
  const startedAt = scheduler.now();
  // Both readings are taken on the same screen (a routine's end screen), so what they
  // compare is what an hour of use left behind, not which screen was up.
  let first: { heapMb: number; nodes: number; at: number } | null = null;
  for (let k = 0; !first || playedMs() < first.at + HOUR_MS; k++) {
    const routineId = ROUTINES[k % ROUTINES.length] ?? 'neck-and-shoulders';
    status = null;
    await page.evaluate((id) => window.unknot.startRoutine({ routineId: id }), routineId);
    if (k === 0) await page.evaluate(() => (window.location.hash = '#/player'));
    while (status !== 'finished') await page.waitForTimeout(250);
    // The end screen, as a person would see it, before the next routine.
    await page.waitForTimeout(500);
    if (!first && playedMs() >= WARM_UP_MS) first = { ...(await reading(cdp)), at: playedMs() };
  }
  const last = { ...(await reading(cdp)), at: playedMs() };
  if (!first) throw new Error('The hour of playback ended before its first reading');
  const start = first;
  app.dispose();
  await context.close();
  const hours = (last.at - start.at) / HOUR_MS;
  return {
    renderer_heap_growth_mb_per_hour: round((last.heapMb - start.heapMb) / hours, 2),
    dom_nodes_growth_per_hour: round((last.nodes - start.nodes) / hours, 0),
  };
}
