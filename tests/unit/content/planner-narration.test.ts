import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clipsByText } from '../../../content/narration-manifest';
import { NarrationManifestSchema } from '../../../content/narration-manifest-schema';
import { plan, planBounds } from '../../../content/planner';
import { loadBuiltInContent } from '../../../electron/routines/content-files';

const { routines } = loadBuiltInContent('content');
const manifest = NarrationManifestSchema.parse(
  JSON.parse(fs.readFileSync('assets/narration/manifest.json', 'utf8')),
);
const lookup = clipsByText(manifest);
const clipSeconds = (text: string) => lookup(text)?.seconds;

describe('the planner with the real narration clips', () => {
  it('the manifest is well formed and names the voice', () => {
    expect(manifest.voice).toBe('festival:cmu_us_slt_arctic_hts');
    expect(Object.keys(manifest.clips).length).toBeGreaterThan(100);
  });

  for (const routine of routines) {
    it(`${routine.id}: even at its shortest, every step has room for all it says`, () => {
      const { minSeconds } = planBounds(routine, { clipSeconds });
      const shortest = plan(routine, { targetSeconds: Math.max(120, minSeconds), clipSeconds });
      for (const step of shortest.steps) {
        const spoken = [step.intro, step.outro, ...new Set(step.cues.map((cue) => cue.text))]
          .map((text) => lookup(text)?.seconds ?? 0)
          .reduce((sum, seconds) => sum + seconds, 0);
        expect(step.seconds, `${routine.id}/${step.key}`).toBeGreaterThanOrEqual(spoken);
        // The intro is over before the first cue is spoken.
        const first = step.cues[0];
        if (first) {
          expect(first.atSeconds, `${routine.id}/${step.key}`).toBeGreaterThanOrEqual(
            lookup(step.intro)?.seconds ?? 0,
          );
        }
      }
    });
  }
});
