import { describe, expect, it } from 'vitest';
import {
  draftFieldErrors,
  firstInvalid,
  saveFailureWords,
} from '../../../../renderer/builder/draft-errors';
import { emptyDraft, type DraftStep } from '../../../../renderer/builder/routine-draft';

const aStep = { key: 's1', step: {}, origin: { kind: 'own' } } as unknown as DraftStep;

describe('draftFieldErrors', () => {
  it('puts each message on its own field', () => {
    expect(draftFieldErrors({ ...emptyDraft(), cautionsText: '' })).toEqual({
      title: 'Give the routine a name.',
      cautions: 'Write at least one caution.',
      steps: 'Add at least one step.',
    });
  });

  it('has nothing to say about a routine ready to save', () => {
    expect(draftFieldErrors({ ...emptyDraft(), title: 'Mine', steps: [aStep] })).toEqual({});
  });

  it('focuses the first wrong field in page order', () => {
    expect(firstInvalid({ steps: 'x', title: 'y' })).toBe('title');
    expect(firstInvalid({ steps: 'x', cautions: 'y' })).toBe('cautions');
    expect(firstInvalid({})).toBeNull();
  });
});

describe('saveFailureWords', () => {
  it("turns the checker's paths into plain words beside the right field", () => {
    const words = saveFailureWords(
      'saveRoutine was given bad data (routine.title: Too big: expected string to have <=80 characters). Nothing was changed.',
    );
    expect(words).toEqual({ field: 'title', text: expect.stringMatching(/^This name cannot/) });
    expect(words.text).not.toMatch(/routine\.|expected|saveRoutine/);
    expect(
      saveFailureWords('saveRoutine was given bad data (routine.steps.3.narration.intro: x).'),
    ).toMatchObject({ field: 'steps' });
  });

  it('keeps no checker words even when it cannot tell the field', () => {
    expect(saveFailureWords('saveRoutine was given bad data (payload: Invalid input).')).toEqual({
      field: null,
      text: 'This routine could not be saved. Nothing was changed.',
    });
  });

  it('shows what main worded for people as it is', () => {
    const text = '“neck” is the id of a built-in routine. Save your version under another name.';
    expect(saveFailureWords(text)).toEqual({ field: null, text });
  });
});
