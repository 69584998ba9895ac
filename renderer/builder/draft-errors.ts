import { i18n } from '../i18n/i18n';
import {
  AREAS_MAX,
  CAUTION_MAX,
  CAUTIONS_MAX,
  cautionsOf,
  STEPS_MAX,
  type OwnStepInput,
  type RoutineDraft,
} from './routine-draft';

/**
 * What stands between the draft and saving, field by field, in plain words, so each message
 * can sit beside the field it is about. Pure, for the unit tests.
 */

/** The fields a message can belong to, in the order they appear on the page. */
export const DRAFT_FIELDS = ['title', 'summary', 'cautions', 'steps'] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];
export type FieldErrors = Partial<Record<DraftField, string>>;

export function draftFieldErrors(draft: RoutineDraft): FieldErrors {
  const errors: FieldErrors = {};
  if (!draft.title.trim()) errors.title = i18n.t('builder:draftErrors.titleMissing');
  const cautions = cautionsOf(draft.cautionsText);
  if (cautions.length === 0) errors.cautions = i18n.t('builder:draftErrors.cautionsMissing');
  else if (cautions.length > CAUTIONS_MAX)
    errors.cautions = i18n.t('builder:draftErrors.tooManyCautions', { max: CAUTIONS_MAX });
  else if (cautions.some((line) => line.length > CAUTION_MAX))
    errors.cautions = i18n.t('builder:draftErrors.cautionTooLong', { max: CAUTION_MAX });
  if (draft.steps.length === 0) errors.steps = i18n.t('builder:draftErrors.stepsMissing');
  else if (draft.steps.length > STEPS_MAX)
    errors.steps = i18n.t('builder:draftErrors.tooManySteps', { max: STEPS_MAX });
  return errors;
}

/** The first field with a message, in page order: the one to put the focus on. */
export function firstInvalid(errors: FieldErrors): DraftField | null {
  return DRAFT_FIELDS.find((field) => errors[field] !== undefined) ?? null;
}

/**
 * Why saving failed, in words and beside the right field when there is one. Main checks a
 * routine again before keeping it; its checker speaks of paths like "routine.steps.2.title",
 * which mean nothing to a person, so those are turned into words for the part turned down. Anything main
 * worded for people (a built-in routine's name, a full disk) is shown as it is.
 */
export function saveFailureWords(message: string): { field: DraftField | null; text: string } {
  const checked = /was given bad data \((.*)\)/s.exec(message);
  if (!checked) return { field: null, text: message };
  const path = checked[1] ?? '';
  const field: DraftField | null = /\broutine\.title\b/.test(path)
    ? 'title'
    : /\broutine\.summary\b/.test(path)
      ? 'summary'
      : /\broutine\.cautions\b/.test(path)
        ? 'cautions'
        : /\broutine\.steps\b/.test(path)
          ? 'steps'
          : null;
  return field
    ? { field, text: i18n.t(`builder:draftErrors.refused.${field}`) }
    : { field: null, text: i18n.t('builder:draftErrors.notSaved') };
}

/** The own-step form's fields that can be wrong, in the order they appear. */
export const OWN_STEP_FIELDS = ['title', 'areas', 'intro', 'outro'] as const;
export type OwnStepField = (typeof OWN_STEP_FIELDS)[number];

/** The own step's messages, field by field (the same words as ownStepProblems). */
export function ownStepFieldErrors(
  input: Pick<OwnStepInput, 'title' | 'bodyAreas' | 'intro' | 'outro'>,
): Partial<Record<OwnStepField, string>> {
  const errors: Partial<Record<OwnStepField, string>> = {};
  if (!input.title.trim()) errors.title = i18n.t('builder:draftErrors.stepTitleMissing');
  if (input.bodyAreas.length === 0) errors.areas = i18n.t('builder:draftErrors.areasMissing');
  else if (input.bodyAreas.length > AREAS_MAX)
    errors.areas = i18n.t('builder:draftErrors.tooManyAreas', { max: AREAS_MAX });
  if (!input.intro.trim()) errors.intro = i18n.t('builder:draftErrors.introMissing');
  if (!input.outro.trim()) errors.outro = i18n.t('builder:draftErrors.outroMissing');
  return errors;
}
