import type { ReactNode, Ref } from 'react';
import type { RoutineIntensity } from '../../content/schema';
import type { DraftField, FieldErrors } from './draft-errors';
import { SUMMARY_MAX, TITLE_MAX, type RoutineDraft } from './routine-draft';
import './RoutineDetails.css';

const INTENSITIES: { value: RoutineIntensity; label: string }[] = [
  { value: 'gentle', label: 'Gentle' },
  { value: 'moderate', label: 'Moderate' },
  { value: 'firm', label: 'Firm pressure' },
];

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
  return (
    <section className="card builder-details" aria-labelledby="details-title">
      <h2 id="details-title" className="visually-hidden">
        About this routine
      </h2>
      <div className="builder-details-grid">
        <label className="field details-name">
          <span>Name</span>
          <input
            ref={fieldRef('title')}
            type="text"
            value={draft.title}
            maxLength={TITLE_MAX}
            required
            autoComplete="off"
            {...invalid('title', errors)}
            onChange={(e) => onChange({ title: e.target.value })}
          />
          <FieldError field="title" errors={errors} />
        </label>
        <fieldset className="field details-intensity">
          <legend>Intensity</legend>
          <div className="segmented">
            {INTENSITIES.map(({ value, label }) => (
              <label key={value} className="segment">
                <input
                  type="radio"
                  name="intensity"
                  value={value}
                  checked={draft.intensity === value}
                  onChange={() => onChange({ intensity: value })}
                />
                <span>{label}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <label className="field details-summary">
          <span>Description</span>
          <textarea
            ref={fieldRef('summary')}
            rows={3}
            value={draft.summary}
            maxLength={SUMMARY_MAX}
            placeholder="What this routine is for, in a sentence. Left empty, it lists the steps."
            {...invalid('summary', errors)}
            onChange={(e) => onChange({ summary: e.target.value })}
          />
          <FieldError field="summary" errors={errors} />
        </label>
        <label className="field details-cautions">
          <span>Cautions, one a line</span>
          <textarea
            ref={fieldRef('cautions')}
            rows={3}
            value={draft.cautionsText}
            {...invalid('cautions', errors)}
            onChange={(e) => onChange({ cautionsText: e.target.value })}
          />
          <FieldError field="cautions" errors={errors} />
        </label>
      </div>
    </section>
  );
}
