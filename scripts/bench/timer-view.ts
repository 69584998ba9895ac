/**
 * The floating timer's cost: its page's main-thread time over a minute while a routine
 * plays in the main window (which makes the sound), as a person with the timer above their
 * work would have it.
 */
import type { PlaybackSnapshot } from '../../electron/common/playback-schema';
import { round } from './figures';
import { startBenchApp, type BenchTarget } from './bench-app';
import { minuteRoutine } from './playback';

export async function measureTimerView(target: BenchTarget): Promise<number> {
  let finished = false;
  const { context, app } = await startBenchApp(target, {
    extraRoutines: [minuteRoutine()],
    observe: (event, payload) => {
      if (event === 'playbackChanged' && (payload as PlaybackSnapshot).status === 'finished') {
        finished = true;
      }
    },
  });
  app.services.settings.update({ firstRunDone: true, checkIns: false });
  const main = await app.openPage('library');
  const timer = await app.openPage('timer');
  const cdp = await context.newCDPSession(timer);
  await cdp.send('Performance.enable');
  const taskSeconds = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0;
  };
  await main.evaluate(() => window.unknot.startRoutine({ routineId: 'bench-minute' }));
  // The timer has taken the first snapshot and drawn the step before the minute starts.
  await timer.waitForTimeout(1000);
  const cpuStart = await taskSeconds();
  const wallStart = performance.now();
  while (!finished) await timer.waitForTimeout(250);
  const cpuEnd = await taskSeconds();
  const wallEnd = performance.now();
  app.dispose();
  await context.close();
  return round(((cpuEnd - cpuStart) / ((wallEnd - wallStart) / 1000)) * 100, 2);
}
