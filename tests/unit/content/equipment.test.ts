import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBuiltInRoutines } from '../../../content/library';
import { routineEquipment, summarizeRoutine } from '../../../content/routine-summary';
import {
  EQUIPMENT_IDS,
  EQUIPMENT_LABELS,
  RoutineSchema,
  type EquipmentId,
  type GentleVariant,
  type Routine,
  type Step,
} from '../../../content/schema';
import { HEAT_SOURCES } from '../../../content/vocabulary';
import { CONTENT_DIR } from '../support/repo-paths';

/**
 * "You'll need" is only useful if it is complete: a routine that sends someone for a ball or
 * a heat pack half-way through has failed the person it was meant to spare.
 */

const dir = join(CONTENT_DIR, 'routines');
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({ name, json: JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown }));
const routines: Routine[] = parseBuiltInRoutines(files);
const byId = (id: string) => routines.find((r) => r.id === id)!;

const bodies = routines.flatMap((routine) =>
  routine.steps.flatMap((step): { label: string; body: Step | GentleVariant }[] => [
    { label: `${routine.id}/${step.id}`, body: step },
    ...(step.gentleVariant
      ? [{ label: `${routine.id}/${step.id} (gentle)`, body: step.gentleVariant }]
      : []),
  ]),
);

function text(body: Step | GentleVariant): string {
  const { intro, cues, outro } = body.narration;
  return [body.title, body.caption, intro, ...cues.map((c) => c.text), outro].join(' ');
}

const has = (body: Step | GentleVariant, ...ids: EquipmentId[]) =>
  ids.some((id) => body.equipment?.includes(id));

describe('equipment', () => {
  it('uses only known ids, each once per step, each with a plain label', () => {
    for (const { label, body } of bodies) {
      const used = body.equipment ?? [];
      expect(new Set(used).size, label).toBe(used.length);
      for (const id of used) expect(EQUIPMENT_IDS, label).toContain(id);
    }
    for (const id of EQUIPMENT_IDS) expect(EQUIPMENT_LABELS[id]).toMatch(/^[A-Z][a-z ,]+$/);
  });

  it('lists a heat source for every heat step, unless the warmth is the person’s own hands', () => {
    for (const { label, body } of bodies) {
      if (body.technique !== 'heat') continue;
      if (has(body, ...HEAT_SOURCES)) continue;
      expect(text(body), label).toMatch(/rub (your|the) palms/i);
    }
    for (const id of [
      'evening-heat-wind-down',
      'low-back-at-the-desk',
      'arthritis-friendly-hands',
    ]) {
      expect(
        routineEquipment(byId(id)).some((e) => HEAT_SOURCES.includes(e)),
        id,
      ).toBe(true);
    }
    expect(routineEquipment(byId('warm-bath-wind-down'))).toContain('warm-bath');
    expect(routineEquipment(byId('warm-shower-stretch'))).toContain('shower');
  });

  it('lists a ball wherever a step uses one, and a wall wherever one is leaned on', () => {
    for (const { label, body } of bodies) {
      if (/\bballs? in a sock\b/i.test(text(body)))
        expect(has(body, 'balls-in-sock'), label).toBe(true);
      else if (/\bball\b/i.test(text(body)))
        expect(has(body, 'ball', 'soft-ball'), label).toBe(true);
      if (/\b(back to a wall|facing the wall)\b/i.test(text(body)))
        expect(has(body, 'wall'), label).toBe(true);
    }
  });

  it('sums a routine’s equipment in the order its steps first use it', () => {
    expect(summarizeRoutine(byId('low-back-at-the-desk'), true).equipment).toEqual([
      'heat-pack',
      'towel',
      'ball',
    ]);
    expect(summarizeRoutine(byId('warm-bath-wind-down'), true).equipment).toEqual([
      'warm-bath',
      'bath-mat',
      'towel',
      'glass-of-water',
    ]);
    expect(summarizeRoutine(byId('three-minute-reset'), true).equipment).toEqual([]);
  });

  it('keeps routines without it valid, as users’ own routines are', () => {
    const neck = structuredClone(files.find((f) => f.name === 'neck-and-shoulders.json')!.json) as {
      steps: { equipment?: unknown }[];
    };
    for (const step of neck.steps) delete step.equipment;
    const parsed = RoutineSchema.parse(neck);
    expect(routineEquipment(parsed)).toEqual([]);
    expect(
      RoutineSchema.safeParse({ ...neck, steps: [{ ...neck.steps[0], equipment: ['rope'] }] })
        .success,
    ).toBe(false);
  });
});
