import type { ReactNode, Ref } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { RoutineIntensity } from '../../content/schema';
import type { DraftField, FieldErrors } from './draft-errors';
import { SUMMARY_MAX, TITLE_MAX, type RoutineDraft } from './routine-draft';
import './RoutineDetails.css';

const INTENSITIES: readonly RoutineIntensity[] = ['gentle', 'moderate', 'firm'];

export const errorIdOf = (field: DraftField) => `builder-error-${field}`;

/** The message under a field: tied to it by aria-describedby, so it is heard with it. */
export function FieldError({ field, errors }: { field: DraftField; errors: FieldErrors }) {
  const message = errors[field];
  if (!message) return null;
  return (
    <span id={errorIdOf(field)} className="field-error inline-error">
      {message}
    </span>
  );
}

/** The attributes that mark a field as wrong and point at its message. */
function invalid(field: DraftField, errors: FieldErrors) {
  return errors[field]
    ? { 'aria-invalid': true as const, 'aria-describedby': errorIdOf(field) }
    : {};
}

/** A field named once: its name, the attributes that mark it wrong, its message beside it. */
export function fieldParts(field: DraftField, errors: FieldErrors) {
  return {
    field,
    invalid: invalid(field, errors),
    message: <FieldError field={field} errors={errors} />,
  };
}

/** Name, intensity, description and cautions, each with its own message beside it. */
export function RoutineDetails({
  draft,
  errors,
  onChange,
  fieldRef,
}: {
  draft: RoutineDraft;
  errors: FieldErrors;
  onChange: (patch: Partial<RoutineDraft>) => void;
  /** Called with each focusable field, so saving can put the focus on the first wrong one. */
  fieldRef: (field: DraftField) => Ref<HTMLInputElement & HTMLTextAreaElement>;
}): ReactNode {
  const { t } = useTranslation('builder');
  const title = fieldParts('title', errors);
  const summary = fieldParts('summary', errors);
  const cautions = fieldParts('cautions', errors);
  return (
    <section className="card builder-details" aria-labelledby="details-title">
      <h2 id="details-title" className="visually-hidden">
        {t('routineDetails.title')}
      </h2>
      <div className="builder-details-grid">
        <label className="field details-name">
          <span>{t('routineDetails.name')}</span>
          <input
            ref={fieldRef(title.field)}
            type="text"
            value={draft.title}
            maxLength={TITLE_MAX}
            required
            autoComplete="off"
            {...title.invalid}
            onChange={(e) => onChange({ title: e.target.value })}
          />
          {title.message}
        </label>
        <fieldset className="field details-intensity">
          <legend>{t('routineDetails.intensity')}</legend>
          <div className="segmented">
            {INTENSITIES.map((value) => (
              <label key={value} className="segment">
                <input
                  type="radio"
                  name="intensity"
                  value={value}
                  checked={draft.intensity === value}
                  onChange={() => onChange({ intensity: value })}
                />
                <span>{t(`routineDetails.intensities.${value}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <label className="field details-summary">
          <span>{t('routineDetails.description')}</span>
          <textarea
            ref={fieldRef(summary.field)}
            rows={3}
            value={draft.summary}
            maxLength={SUMMARY_MAX}
            placeholder={t('routineDetails.descriptionPlaceholder')}
            {...summary.invalid}
            onChange={(e) => onChange({ summary: e.target.value })}
          />
          {summary.message}
        </label>
        <label className="field details-cautions">
          <span>{t('routineDetails.cautions')}</span>
          <textarea
            ref={fieldRef(cautions.field)}
            rows={3}
            value={draft.cautionsText}
            {...cautions.invalid}
            onChange={(e) => onChange({ cautionsText: e.target.value })}
          />
          {cautions.message}
        </label>
      </div>
    </section>
  );
}
