import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  RoutineSchema,
  TechniqueSchema,
  type Routine,
  type Step,
} from '../../../../content/schema';
import {
  buildOwnStep,
  clampSeconds,
  copyTitle,
  DEFAULT_CAUTION,
  draftProblems,
  draftToRoutine,
  emptyDraft,
  EASE_OFF_LINE,
  kebabCase,
  lengthChoices,
  moveItem,
  nextKey,
  ownStepBounds,
  ownStepProblems,
  routineIdFor,
  routineToDraft,
  type DraftStep,
  type OwnStepInput,
  type RoutineDraft,
} from '../../../../renderer/builder/routine-draft';

const techniques = TechniqueSchema.array().parse(
  JSON.parse(fs.readFileSync('content/techniques.json', 'utf8')),
);
const technique = (id: string) => techniques.find((t) => t.id === id)!;
const reset: Routine = RoutineSchema.parse(
  JSON.parse(fs.readFileSync('content/routines/three-minute-reset.json', 'utf8')),
);

const fromCatalogue = (step: Step): DraftStep => ({
  key: nextKey(),
  step,
  origin: { kind: 'catalogue', routineTitle: reset.title, recorded: true },
});

const ownInput = (patch: Partial<OwnStepInput> = {}): OwnStepInput => ({
  title: 'Palm press',
  technique: 'stretching',
  bodyAreas: ['wrists-hands'],
  sides: 'each',
  intro: 'Press your palms together.',
  cue: 'Keep the shoulders soft.',
  outro: 'Let your hands rest.',
  seconds: 60,
  ...patch,
});

describe('routine ids', () => {
  it('turns a name into lowercase words joined by hyphens', () => {
    expect(kebabCase('Desk break, my way')).toBe('desk-break-my-way');
    expect(kebabCase('  Évening  wind-down!  ')).toBe('evening-wind-down');
    expect(kebabCase('肩')).toBe('');
  });

  it('adds -2, -3 to a name already taken, and falls back when nothing is left of it', () => {
    const taken = new Set(['neck', 'neck-2']);
    expect(routineIdFor('Neck', taken)).toBe('neck-3');
    expect(routineIdFor('Shoulders', taken)).toBe('shoulders');
    expect(routineIdFor('肩', taken)).toBe('my-routine');
  });

  it('keeps a long, taken name a valid id', () => {
    const long = 'a'.repeat(80);
    const id = routineIdFor(long, new Set([kebabCase(long)]));
    expect(id.length).toBeLessThanOrEqual(64);
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('draft to routine', () => {
  const draft = (patch: Partial<RoutineDraft> = {}): RoutineDraft => ({
    ...emptyDraft(),
    title: 'My reset',
    steps: reset.steps.map(fromCatalogue),
    ...patch,
  });

  it('builds a routine the schema accepts, narration kept', () => {
    const routine = draftToRoutine(draft(), 'my-reset');
    expect(RoutineSchema.safeParse(routine).success).toBe(true);
    expect(routine.cautions).toEqual([DEFAULT_CAUTION]);
    expect(routine.steps.map((s) => s.narration)).toEqual(reset.steps.map((s) => s.narration));
  });

  it('gives a step added twice its own id', () => {
    const first = reset.steps[0]!;
    const routine = draftToRoutine(
      draft({ steps: [fromCatalogue(first), fromCatalogue(first), fromCatalogue(first)] }),
      'twice',
    );
    expect(routine.steps.map((s) => s.id)).toEqual([first.id, `${first.id}-2`, `${first.id}-3`]);
    expect(RoutineSchema.safeParse(routine).success).toBe(true);
  });

  it('writes a summary from the steps when the description is left empty', () => {
    const routine = draftToRoutine(draft({ summary: '  ' }), 'x');
    expect(routine.summary).toMatch(/^Your own routine: .+ and .+\.$/);
  });

  it('reads cautions one a line, blank lines ignored', () => {
    const routine = draftToRoutine(draft({ cautionsText: ' One. \n\n Two.\n' }), 'x');
    expect(routine.cautions).toEqual(['One.', 'Two.']);
  });

  it('says why it cannot be saved yet', () => {
    expect(draftProblems({ ...emptyDraft() })).toEqual([
      'Give the routine a name.',
      'Add at least one step.',
    ]);
    expect(draftProblems(draft({ cautionsText: '\n' }))).toEqual(['Write at least one caution.']);
    expect(draftProblems(draft())).toEqual([]);
  });

  it('prefills a copy with "Copy of" and the original steps', () => {
    const copy = routineToDraft(reset, { copy: true, recorded: () => true });
    expect(copy.title).toBe('Copy of Three-minute reset');
    expect(copy.steps.map((s) => s.step)).toEqual(reset.steps);
    expect(copyTitle('x'.repeat(80)).length).toBeLessThanOrEqual(80);
    expect(routineToDraft(reset, { copy: false, recorded: () => true }).title).toBe(reset.title);
  });
});

describe('own steps', () => {
  it('doubles the technique bounds for each side', () => {
    expect(ownStepBounds(technique('stretching'), 'both')).toEqual({ min: 15, max: 120 });
    expect(ownStepBounds(technique('stretching'), 'each')).toEqual({ min: 30, max: 240 });
    expect(ownStepBounds(technique('meditation'), 'each').max).toBeLessThanOrEqual(3600);
  });

  it('builds a valid step with its cue clear of the switch-sides moment', () => {
    const step = buildOwnStep(ownInput(), technique('stretching'));
    expect(step).toMatchObject({
      id: 'palm-press',
      seconds: { min: 30, default: 60, max: 240 },
      caption: 'Press your palms together.',
    });
    expect(step.narration.cues).toEqual([
      { kind: 'guidance', text: 'Keep the shoulders soft.', at: 0.3 },
    ]);
    const routine = draftToRoutine(
      {
        ...emptyDraft(),
        title: 'Mine',
        steps: [{ key: nextKey(), step, origin: { kind: 'own' } }],
      },
      'mine',
    );
    expect(RoutineSchema.safeParse(routine).success).toBe(true);
  });

  it('adds the ease-off reminder to a pressure step and keeps the length in bounds', () => {
    const step = buildOwnStep(
      ownInput({ technique: 'trigger-point', cue: '', seconds: 500 }),
      technique('trigger-point'),
    );
    expect(step.narration.cues).toEqual([{ kind: 'ease-pressure', text: EASE_OFF_LINE, at: 0.15 }]);
    expect(step.seconds).toEqual({ min: 60, default: 180, max: 180 });
    expect(step.firm).toBe(true);
  });

  it('names what is missing', () => {
    expect(ownStepProblems(ownInput({ title: ' ', bodyAreas: [], intro: '', outro: '' }))).toEqual([
      'Give the step a title.',
      'Choose at least one body area.',
      'Write the opening line.',
      'Write the closing line.',
    ]);
    expect(ownStepProblems(ownInput())).toEqual([]);
  });
});

describe('lengths and order', () => {
  it('offers lengths from min to max, the current one included', () => {
    const choices = lengthChoices({ min: 20, max: 60 }, 42);
    expect(choices[0]).toBe(20);
    expect(choices.at(-1)).toBe(60);
    expect(choices).toContain(42);
    expect([...choices].sort((a, b) => a - b)).toEqual(choices);
    expect(lengthChoices({ min: 300, max: 1200 }).length).toBeLessThan(30);
  });

  it('clamps lengths', () => {
    expect(clampSeconds(5, { min: 30, max: 90 })).toBe(30);
    expect(clampSeconds(120, { min: 30, max: 90 })).toBe(90);
  });

  it('moves an item without touching the others', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b'], 0, 5)).toEqual(['a', 'b']);
  });
});
