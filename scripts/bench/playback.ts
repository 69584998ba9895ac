/**
 * One real minute of playback in the page: the clock's boundaries, the first word of each
 * step, the renderer's main-thread time, and nothing animating while paused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { RoutineSchema, type Routine } from '../../content/schema';
import { CHIME_ROOM_SECONDS } from '../../content/step-timeline';
import type { ClockEvent, PlaybackSnapshot } from '../../electron/common/playback-schema';
import type { Page } from 'playwright-core';
import { root, startBenchApp, type BenchTarget } from './bench-app';
import { median, percentile, round } from './figures';

/** Median time of one listRoutines call through the test bridge, page to services and back. */
export async function ipcRoundTrip(target: BenchTarget): Promise<number> {
  const { context } = await startBenchApp(target);
  const page = await context.newPage();
  await page.goto(`${target.origin}/index.html#/library`);
  const times = await page.evaluate(async () => {
    const samples: number[] = [];
    for (let i = 0; i < 21; i++) {
      const start = performance.now();
      await window.unknot.listRoutines();
      samples.push(performance.now() - start);
    }
    return samples;
  });
  await context.close();
  return median(times);
}

/**
 * Six ten-second steps, each opening with one of the shortest pre-rendered lines (read from
 * the narration manifest, so the bench follows the content): one minute of playback. Ten
 * seconds holds the chime's room, the intro and the outro whole.
 */
export function minuteRoutine(): Routine {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(root, 'assets', 'narration', 'manifest.json'), 'utf8'),
  ) as { clips: Record<string, { seconds: number; text: string }> };
  const short = Object.values(manifest.clips)
    .filter((clip) => clip.seconds <= 3)
    .sort((a, b) => a.seconds - b.seconds || a.text.localeCompare(b.text))
    .map((clip) => clip.text);
  const intros = short.slice(-7, -1);
  const outro = short[short.length - 1] ?? 'Rest.';
  return RoutineSchema.parse({
    format: 1,
    id: 'bench-minute',
    title: 'Bench minute',
    summary: 'One minute of short steps for measuring playback.',
    conditions: [],
    intensity: 'gentle',
    cautions: ['For measurement only.'],
    steps: Array.from({ length: 6 }, (_, i) => ({
      id: `step-${i + 1}`,
      title: `Step ${i + 1}`,
      technique: 'movement',
      bodyAreas: ['whole-body'],
      narration: { intro: intros[i % intros.length], cues: [], outro },
      caption: 'A short step.',
      seconds: { min: 10, default: 10, max: 10 },
      sides: 'both',
      illustration: 'seated-rest',
      optional: false,
      priority: 1,
    })),
  });
}

/** Until the page has fetched the player's code and the sound engine, and then a second. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const files = performance.getEntriesByType('resource').map((entry) => entry.name);
    return ['/PlayerScreen-', '/audio-engine-'].every((chunk) =>
      files.some((file) => file.includes(chunk)),
    );
  });
  await page.waitForTimeout(1000);
}

export interface PlaybackFigures {
  clock_max_boundary_error_ms: number;
  narration_start_ms_p95: number;
  playback_cpu_pct: number;
  idle_raf_loops: number;
}

/**
 * Plays one real minute in the page: the clock's step boundaries are timed in main (against
 * plan), each step's first voice 'play' in the page (against the intro's planned moment, the
 * boundary plus the chime's room, wall clock), the
 * renderer's main-thread time over the minute from the DevTools Performance metrics, and,
 * once paused, how many animation frames the page still asks for.
 */
export async function measurePlayback(target: BenchTarget): Promise<PlaybackFigures> {
  const boundaries: { stepIndex: number; monotonic: number; wall: number }[] = [];
  let startedAt = 0;
  let plannedStarts: number[] = [];
  let markFinished = () => {};
  const finished = new Promise<void>((resolve) => {
    markFinished = resolve;
  });
  const { context, app } = await startBenchApp(target, {
    extraRoutines: [minuteRoutine()],
    observe: (event, payload) => {
      if (event === 'playbackChanged') {
        const snapshot = payload as PlaybackSnapshot;
        if (snapshot.status === 'playing' && startedAt === 0 && snapshot.plan) {
          startedAt = performance.now() - snapshot.stepElapsedMs;
          plannedStarts = snapshot.plan.steps.map((step) => step.start * 1000);
        }
        if (snapshot.status === 'finished') markFinished();
      }
      if (event === 'playbackEvent' && (payload as ClockEvent).type === 'step-start') {
        const { stepIndex } = payload as Extract<ClockEvent, { type: 'step-start' }>;
        boundaries.push({ stepIndex, monotonic: performance.now(), wall: Date.now() });
      }
    },
  });
  await context.addInitScript(() => {
    // Counts animation frames the app asks for, to prove nothing animates while paused.
    const counter = window as unknown as { __rafCalls: number };
    counter.__rafCalls = 0;
    const original = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => {
      counter.__rafCalls += 1;
      return original(callback);
    };
  });
  app.services.settings.update({ firstRunDone: true, checkIns: false });
  // Opened through the harness, like a window of the app: it hears main's broadcasts.
  const page = await app.openPage('library');
  await page.evaluate(() => {
    const plays: { text: string; wall: number }[] = [];
    (window as unknown as { __plays: typeof plays }).__plays = plays;
    document.addEventListener('unknot:audio', (event) => {
      const detail = (
        event as CustomEvent<{ type: string; channel: string; text?: string; at: number }>
      ).detail;
      if (detail.type === 'play' && detail.channel === 'voice' && detail.text) {
        plays.push({ text: detail.text, wall: performance.timeOrigin + detail.at });
      }
    });
  });
  // As a person has it: the app has settled (the other screens and the sound engine fetched,
  // as they are a moment after the library shows) before Start is pressed.
  await settled(page);
  // Default settings, count-in included: it is also when the first step's clips preload.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0;
  };
  // The player screen, as a user would have it, while the routine plays.
  await page.evaluate(() => window.unknot.startRoutine({ routineId: 'bench-minute' }));
  await page.goto(app.pageUrl('player'));
  const cpuStart = await taskSeconds();
  const wallStart = performance.now();
  await finished;
  const cpuEnd = await taskSeconds();
  const wallEnd = performance.now();

  // Paused mid-routine: count animation frames over two seconds.
  await page.evaluate(() => window.unknot.startRoutine({ routineId: 'bench-minute' }));
  await page.waitForTimeout(1500);
  await page.evaluate(() => window.unknot.controlPlayback({ command: 'pause' }));
  await page.waitForTimeout(300);
  const rafBefore = await page.evaluate(
    () => (window as unknown as { __rafCalls: number }).__rafCalls,
  );
  await page.waitForTimeout(2000);
  const rafAfter = await page.evaluate(
    () => (window as unknown as { __rafCalls: number }).__rafCalls,
  );
  await page.evaluate(() => window.unknot.controlPlayback({ command: 'stop' }));

  const plays = await page.evaluate(
    () => (window as unknown as { __plays: { text: string; wall: number }[] }).__plays,
  );
  app.dispose();
  await context.close();

  // Only the first, full run counts; the second start above is just for the pause check.
  const firstRun = boundaries.slice(0, plannedStarts.length);
  const errors = firstRun.map((b) =>
    Math.abs(b.monotonic - startedAt - (plannedStarts[b.stepIndex] ?? 0)),
  );
  const intros = minuteRoutine().steps.map((step) => step.narration.intro);
  // The intro is planned CHIME_ROOM_SECONDS after the boundary (the chime rings alone
  // first): the latency is from that planned moment to the voice.
  const latencies = firstRun.map((b) => {
    const intro = intros[b.stepIndex];
    const due = b.wall + CHIME_ROOM_SECONDS * 1000;
    const heard = plays.find((play) => play.text === intro && play.wall >= b.wall - 5);
    return heard ? heard.wall - due : Number.POSITIVE_INFINITY;
  });
  return {
    clock_max_boundary_error_ms: round(Math.max(...errors), 2),
    narration_start_ms_p95: round(percentile(latencies, 95)),
    playback_cpu_pct: round(((cpuEnd - cpuStart) / ((wallEnd - wallStart) / 1000)) * 100, 2),
    idle_raf_loops: round((rafAfter - rafBefore) / 2, 1),
  };
}
