import { describe, expect, it } from 'vitest';
import { compareKeys, localizeRoutine, routineStrings } from '../../../content/content-strings';
import type { Routine } from '../../../content/schema';

const step = {
  id: 'neck-glide',
  title: 'Neck glide',
  technique: 'swedish',
  bodyAreas: ['neck'],
  narration: {
    intro: 'Rest your hand on your neck.',
    cues: [{ kind: 'guidance', text: 'Slow strokes.', at: 0.5 }],
    outro: 'Let go.',
  },
  caption: 'Stroke down the side of the neck.',
  seconds: { min: 30, default: 60, max: 90 },
  sides: 'each',
  illustration: 'neck-glide',
  sideWork: { part: 'side of your neck', otherHand: true },
  optional: false,
  priority: 1,
  firm: false,
  repeatable: false,
} as const;

const routine = {
  format: 1,
  id: 'neck',
  title: 'Neck',
  summary: 'A short neck routine.',
  conditions: ['stiff neck'],
  intensity: 'gentle',
  cautions: ['Stop if it hurts.'],
  steps: [{ ...step, gentleVariant: { ...step, title: 'Lighter glide' } }],
} as unknown as Routine;

describe('the content’s words by key', () => {
  it('keys every line a person reads or hears, steps by their id', () => {
    expect(routineStrings(routine)).toEqual({
      title: 'Neck',
      summary: 'A short neck routine.',
      'conditions.0': 'stiff neck',
      'cautions.0': 'Stop if it hurts.',
      'steps.neck-glide.title': 'Neck glide',
      'steps.neck-glide.caption': 'Stroke down the side of the neck.',
      'steps.neck-glide.sideWork.part': 'side of your neck',
      'steps.neck-glide.narration.intro': 'Rest your hand on your neck.',
      'steps.neck-glide.narration.cues.0': 'Slow strokes.',
      'steps.neck-glide.narration.outro': 'Let go.',
      'steps.neck-glide.gentle.title': 'Lighter glide',
      'steps.neck-glide.gentle.caption': 'Stroke down the side of the neck.',
      'steps.neck-glide.gentle.sideWork.part': 'side of your neck',
      'steps.neck-glide.gentle.narration.intro': 'Rest your hand on your neck.',
      'steps.neck-glide.gentle.narration.cues.0': 'Slow strokes.',
      'steps.neck-glide.gentle.narration.outro': 'Let go.',
    });
  });

  it('puts each translated line in its place and keeps the English where one is missing', () => {
    const german = localizeRoutine(routine, {
      title: 'Nacken',
      'steps.neck-glide.narration.cues.0': 'Langsame Striche.',
      'steps.neck-glide.gentle.title': 'Sanfteres Gleiten',
    });
    expect(german.title).toBe('Nacken');
    expect(german.summary).toBe('A short neck routine.');
    const [first] = german.steps;
    expect(first?.narration.cues[0]).toEqual({
      kind: 'guidance',
      text: 'Langsame Striche.',
      at: 0.5,
    });
    expect(first?.gentleVariant?.title).toBe('Sanfteres Gleiten');
    // Everything that is not words is the routine's own.
    expect(first?.seconds).toEqual(step.seconds);
    expect(first?.sideWork).toEqual({ part: 'side of your neck', otherHand: true });
    expect(routineStrings(german)).not.toEqual(routineStrings(routine));
  });

  it('names the keys a translation lacks and those the English no longer has', () => {
    expect(compareKeys({ a: '1', b: '2' }, { b: 'zwei', c: 'drei' })).toEqual({
      missing: ['a'],
      stale: ['c'],
    });
  });
});
