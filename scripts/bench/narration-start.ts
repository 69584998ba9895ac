/**
 * The first word with no count-in: a person opens a routine, looks at it, and presses Play.
 * Twenty runs, each a different routine whose first line is a clip not heard before in the
 * page, so no run is helped by the one before. Measured from the press plus the chime's
 * room (the intro waits for the step chime on purpose) to the voice's 'play' event.
 */
import fs from 'node:fs';
import path from 'node:path';
import { RoutineSchema, type Routine } from '../../content/schema';
import { CHIME_ROOM_SECONDS } from '../../content/step-timeline';
import type { PlaybackSnapshot } from '../../electron/common/playback-schema';
import { percentile, round } from './figures';
import { root, startBenchApp, type BenchTarget } from './bench-app';

const STARTS = 20;
/** A person reads the routine screen for at least this long before pressing Play. */
const LOOK_MS = 1000;

function startRoutines(): Routine[] {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(root, 'assets', 'narration', 'manifest.json'), 'utf8'),
  ) as { clips: Record<string, { seconds: number; text: string }> };
  const lines = Object.values(manifest.clips)
    .filter((clip) => clip.seconds >= 1.5 && clip.seconds <= 4)
    .sort((a, b) => a.text.localeCompare(b.text))
    .map((clip) => clip.text);
  return Array.from({ length: STARTS }, (_, k) =>
    RoutineSchema.parse({
      format: 1,
      id: `bench-start-${k + 1}`,
      title: `Bench start ${k + 1}`,
      summary: 'One step for measuring the first word.',
      conditions: [],
      intensity: 'gentle',
      cautions: ['For measurement only.'],
      steps: [
        {
          id: 'only',
          title: 'Only step',
          technique: 'movement',
          bodyAreas: ['whole-body'],
          narration: { intro: lines[k * 3], cues: [], outro: lines[k * 3 + 1] },
          caption: 'A short step.',
          seconds: { min: 12, default: 12, max: 12 },
          sides: 'both',
          illustration: 'seated-rest',
          optional: false,
          priority: 1,
        },
      ],
    }),
  );
}

export async function measureNarrationStartNoCountIn(target: BenchTarget): Promise<number> {
  const routines = startRoutines();
  let status: string | null = null;
  const { context, app } = await startBenchApp(target, {
    extraRoutines: routines,
    observe: (event, payload) => {
      if (event === 'playbackChanged') status = (payload as PlaybackSnapshot).status;
    },
  });
  app.services.settings.update({ firstRunDone: true, checkIns: false, countIn: false });
  const page = await app.openPage('library');
  await page.evaluate(() => {
    const plays: { text: string; wall: number }[] = [];
    (window as unknown as { __plays: typeof plays }).__plays = plays;
    document.addEventListener('unknot:audio', (event) => {
      const detail = (event as CustomEvent<{ type: string; channel: string; text?: string }>)
        .detail;
      if (detail.type === 'play' && detail.channel === 'voice' && detail.text) {
        plays.push({ text: detail.text, wall: performance.timeOrigin + performance.now() });
      }
    });
  });
  const latencies: number[] = [];
  for (const routine of routines) {
    await page.evaluate((id) => {
      window.location.hash = `#/player/${id}`;
    }, routine.id);
    const play = page.getByRole('button', { name: /^Play · / });
    await play.waitFor();
    await page.waitForFunction(
      () => !document.querySelector<HTMLButtonElement>('button.primary.large')?.disabled,
    );
    await page.waitForTimeout(LOOK_MS);
    const pressedAt = await page.evaluate(() => {
      const at = performance.timeOrigin + performance.now();
      [...document.querySelectorAll('button')]
        .find((button) => button.textContent?.trim().startsWith('Play ·'))
        ?.click();
      return at;
    });
    const intro = routine.steps[0]?.narration.intro;
    const heard = await page.waitForFunction(
      (text) =>
        (window as unknown as { __plays: { text: string; wall: number }[] }).__plays.find(
          (entry) => entry.text === text,
        )?.wall,
      intro,
      { timeout: 10_000 },
    );
    latencies.push(((await heard.jsonValue()) as number) - pressedAt - CHIME_ROOM_SECONDS * 1000);
    await page.evaluate(() => window.unknot.controlPlayback({ command: 'stop' }));
    for (let i = 0; i < 100 && status !== 'stopped'; i++) await page.waitForTimeout(20);
  }
  app.dispose();
  await context.close();
  return round(percentile(latencies, 95));
}
