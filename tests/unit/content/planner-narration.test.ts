import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditPlan } from '../../../content/guidance-audit';
import { clipsByText } from '../../../content/narration-manifest';
import { NarrationManifestSchema } from '../../../content/narration-manifest-schema';
import { plan, planBounds } from '../../../content/planner';
import { CHIME_ROOM_SECONDS, LINE_GAP_SECONDS, lineSeconds } from '../../../content/step-timeline';
import { loadBuiltInContent } from '../../../electron/routines/content-files';
import { NARRATION_VOICE } from '../../../scripts/narration-lines.mjs';

const { routines } = loadBuiltInContent('content');
const manifest = NarrationManifestSchema.parse(
  JSON.parse(fs.readFileSync('assets/narration/manifest.json', 'utf8')),
);
const lookup = clipsByText(manifest);
const clipSeconds = (text: string) => lookup(text)?.seconds;
/** What the planner times a line by: its clip, or an estimate when it has none yet. */
const spokenSeconds = (text: string): number => lineSeconds(text, clipSeconds);

/*
 * These run over the routines as they are on disk, which are being edited: they check rules
 * that hold for any valid routine (and the guidance audit), not any routine's step lengths.
 */
describe('the planner with the real narration clips', () => {
  it('the manifest is well formed and names the voice', () => {
    expect(manifest.voice).toBe(NARRATION_VOICE);
    expect(Object.keys(manifest.clips).length).toBeGreaterThan(100);
  });

  for (const routine of routines) {
    it(`${routine.id}: even at its shortest, every step has room for all it says`, () => {
      const { minSeconds } = planBounds(routine, { clipSeconds });
      const shortest = plan(routine, { targetSeconds: Math.max(120, minSeconds), clipSeconds });
      expect(shortest.steps.length).toBeGreaterThan(0);
      for (const step of shortest.steps) {
        const where = `${routine.id}/${step.key}`;
        // The intro is the first line, once the step chime has rung alone.
        expect(step.cues[0], where).toEqual({
          kind: 'intro',
          text: step.intro,
          atSeconds: CHIME_ROOM_SECONDS,
        });
        expect(step.outroAtSeconds, where).not.toBeNull();
        // Every distinct line it says (a soft tone says none) fits in the step.
        const spoken = [
          ...new Set([...step.cues.filter((cue) => !cue.tone).map((cue) => cue.text), step.outro]),
        ]
          .map(spokenSeconds)
          .reduce((sum, seconds) => sum + seconds, 0);
        expect(step.seconds, where).toBeGreaterThanOrEqual(spoken);
        // The intro is over, and a pause has passed, before the next line is spoken.
        const next = step.cues[1];
        const introEnd = CHIME_ROOM_SECONDS + spokenSeconds(step.intro);
        if (next) {
          expect(next.atSeconds, where).toBeGreaterThanOrEqual(introEnd + LINE_GAP_SECONDS - 1e-9);
        }
        expect(step.outroAtSeconds ?? 0, where).toBeGreaterThanOrEqual(introEnd - 1e-9);
      }
      // No line cut off or talked over, every hold in its bounds, "ease off" on each side of
      // a pressure step, heat checked, breath cues on the breath.
      expect(auditPlan(shortest, clipSeconds)).toEqual([]);
    });

    it(`${routine.id}: with cues only, no intro or outro is spoken but every switch line is`, () => {
      const options = { clipSeconds, narrationDetail: 'cues' as const };
      const { minSeconds } = planBounds(routine, options);
      for (const targetSeconds of [Math.max(120, minSeconds), undefined]) {
        const planned = plan(routine, { ...options, targetSeconds });
        for (const step of planned.steps) {
          const where = `${routine.id}/${step.key}`;
          expect(
            step.cues.some((cue) => cue.kind === 'intro'),
            where,
          ).toBe(false);
          expect(step.outroAtSeconds, where).toBeNull();
          const switches = step.cues.filter((cue) => cue.kind === 'switch-sides');
          if (step.sides === 'each' && !step.breathing) {
            expect(switches, where).toHaveLength(1);
            expect(switches[0]?.atSeconds, where).toBe(step.sideSwitchAtSeconds);
          } else {
            expect(switches, where).toEqual([]);
          }
          for (const cue of step.cues) {
            expect(cue.atSeconds, where).toBeGreaterThanOrEqual(CHIME_ROOM_SECONDS);
          }
        }
        expect(auditPlan(planned, clipSeconds)).toEqual([]);
      }
    });
  }
});
