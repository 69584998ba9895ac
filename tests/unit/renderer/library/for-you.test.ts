import { describe, expect, it } from 'vitest';
import type { RoutineSummary } from '../../../../electron/common/ipc/contract';
import { FOR_YOU_LIMIT, RESET_ID, forYou } from '../../../../renderer/library/for-you';

/** Each listed area worked by one step in `stepCount`, unless `counts` says otherwise. */
function routine(
  id: string,
  over: Partial<RoutineSummary> = {},
  counts: RoutineSummary['areaStepCounts'] = {},
): RoutineSummary {
  const bodyAreas = over.bodyAreas ?? ['whole-body'];
  return {
    id,
    title: id,
    summary: '',
    conditions: [],
    intensity: 'gentle',
    cautions: ['Go gently.'],
    seconds: 300,
    stepCount: 3,
    bodyAreas: ['whole-body'],
    techniques: ['movement'],
    equipment: [],
    builtIn: true,
    hidden: false,
    ...over,
    areaStepCounts: Object.fromEntries(bodyAreas.map((area) => [area, counts[area] ?? 1])),
  };
}

const library = [
  // Ten steps, one on each area: it passes through them rather than working on them.
  routine('body-scan', { bodyAreas: ['feet', 'legs', 'neck'], seconds: 840, stepCount: 10 }),
  routine('neck-and-shoulders', {
    title: 'Neck and shoulders',
    bodyAreas: ['shoulders', 'neck'],
    seconds: 620,
  }),
  routine('tension-headache', { bodyAreas: ['neck', 'head'], seconds: 580 }),
  routine('feet-under-the-desk', { bodyAreas: ['feet', 'legs'] }),
  routine('jaw-release', { bodyAreas: ['jaw-face'] }),
  routine(RESET_ID, { bodyAreas: ['shoulders', 'neck'], seconds: 180 }),
];

const helps = (routineId: string, averageRelief: number, checkIns = 3) => ({
  routineId,
  title: routineId,
  checkIns,
  averageRelief,
  averageRelativeRelief: averageRelief / 10,
  meaningful: averageRelief >= 1,
});

describe('the For you row', () => {
  it('offers the three-minute reset to everyone, even with no settings or history', () => {
    expect(forYou({ routines: library, focusAreas: [], whatHelps: [] })).toEqual([
      { routine: library[5], reason: 'Three minutes, anywhere' },
    ]);
  });

  it('names the routine that lowered pain most, by how much', () => {
    const row = forYou({
      routines: library,
      focusAreas: [],
      whatHelps: [helps('jaw-release', 1.5), helps('feet-under-the-desk', 2)],
    });
    expect(row[1]).toEqual({
      routine: library[3],
      reason: 'Helped most: −2 on average',
    });
    expect(row.map((s) => s.reason)).not.toContain('Helped most: −1.5 on average');
  });

  it('does not call a routine helpful when pain barely moved', () => {
    const row = forYou({
      routines: library,
      focusAreas: [],
      whatHelps: [helps('jaw-release', 0.2), helps('feet-under-the-desk', -1)],
    });
    expect(row.map((s) => s.routine.id)).toEqual([RESET_ID]);
  });

  it('leads with the routine named for each area the person chose, then the next best', () => {
    const row = forYou({ routines: library, focusAreas: ['neck', 'feet'], whatHelps: [] });
    expect(row.map((s) => [s.routine.id, s.reason])).toEqual([
      [RESET_ID, 'Three minutes, anywhere'],
      ['neck-and-shoulders', 'For your neck'],
      ['feet-under-the-desk', 'For your feet'],
      ['tension-headache', 'For your neck'],
    ]);
  });

  it('passes over a routine that only touches an area on its way through', () => {
    const row = forYou({ routines: library, focusAreas: ['feet'], whatHelps: [] });
    expect(row.map((s) => s.routine.id)).toEqual([RESET_ID, 'feet-under-the-desk']);
  });

  it('offers at most two routines for one area', () => {
    const row = forYou({ routines: library, focusAreas: ['neck'], whatHelps: [] });
    expect(row.map((s) => s.routine.id)).toEqual([
      RESET_ID,
      'neck-and-shoulders',
      'tension-headache',
    ]);
  });

  it('shows each routine once, at most four, and never a hidden one', () => {
    const hidden = library.map((r) => (r.id === RESET_ID ? { ...r, hidden: true } : r));
    const row = forYou({
      routines: hidden,
      focusAreas: ['neck', 'feet', 'legs', 'jaw-face', 'head'],
      whatHelps: [helps('neck-and-shoulders', 3)],
    });
    const ids = row.map((s) => s.routine.id);
    expect(ids).not.toContain(RESET_ID);
    expect(new Set(ids).size).toBe(ids.length);
    expect(row).toHaveLength(FOR_YOU_LIMIT);
    expect(row[0]!.reason).toBe('Helped most: −3 on average');
  });
});
