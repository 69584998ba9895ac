import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBuiltInRoutines } from '../../../content/library';
import type { GentleVariant, Routine, Step } from '../../../content/schema';
import { sideNow } from '../../../content/side-now';
import { CONTENT_DIR } from '../support/repo-paths';

/**
 * "Left side" beside "reach your left hand across to your right shoulder" leaves a foggy
 * mind unsure which shoulder to work. The badge names the part and the hand, and the
 * content is written so that side one is always the left.
 */

const dir = join(CONTENT_DIR, 'routines');
const routines: Routine[] = parseBuiltInRoutines(
  readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ name, json: JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown })),
);
const sided = routines.flatMap((routine) =>
  routine.steps.flatMap((step): { label: string; body: Step | GentleVariant }[] =>
    [
      { label: `${routine.id}/${step.id}`, body: step as Step | GentleVariant },
      ...(step.gentleVariant
        ? [{ label: `${routine.id}/${step.id} (gentle)`, body: step.gentleVariant }]
        : []),
    ].filter(({ body }) => body.sides !== 'both'),
  ),
);

describe('side badge', () => {
  it('works the left side first, then the right from the switch line', () => {
    const step = { sides: 'each' as const, sideSwitchAtSeconds: 40, seconds: 90 };
    expect(sideNow(step, 0)).toBe('left');
    expect(sideNow(step, 39.9)).toBe('left');
    expect(sideNow(step, 40)).toBe('right');
    expect(sideNow({ sides: 'both', seconds: 60 }, 10)).toBeNull();
    expect(sideNow({ sides: 'right', seconds: 60 }, 10)).toBe('right');
  });

  it('every one-sided step of the library says which part it works, and starts on the left', () => {
    expect(sided.length).toBeGreaterThan(20);
    for (const { label, body } of sided) {
      expect(body.sideWork, label).toBeDefined();
      if (body.sides === 'each') expect(body.narration.intro, label).toMatch(/\bleft\b/i);
      // "Use your other hand" in the words means the badge must say which hand.
      if (/\b(other hand|reach across)\b/i.test(body.narration.intro)) {
        expect(body.sideWork?.otherHand, label).toBe(true);
      }
    }
  });
});
