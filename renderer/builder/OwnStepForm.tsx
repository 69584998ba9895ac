import { Check, MicOff, Plus } from 'lucide-react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { OWN_STEP_FIELDS, ownStepFieldErrors, type OwnStepField } from './draft-errors';
import { formatLength } from '../../content/format-length';
import type { Sides, Step, Technique } from '../../content/schema';
import {
  BODY_AREA_LABELS,
  BODY_AREAS,
  TECHNIQUE_LABELS,
  type BodyArea,
  type TechniqueId,
} from '../../content/vocabulary';
import {
  AREAS_MAX,
  buildOwnStep,
  clampSeconds,
  lengthChoices,
  LINE_MAX,
  ownStepBounds,
  TITLE_MAX,
  type OwnStepInput,
} from './routine-draft';
import './OwnStepForm.css';

const SIDES: { value: Sides; label: string }[] = [
  { value: 'both', label: 'Both sides at once, or no side' },
  { value: 'each', label: 'Each side in turn, twice the time' },
  { value: 'left', label: 'Left side only' },
  { value: 'right', label: 'Right side only' },
];

function blankInput(technique: Technique | undefined): OwnStepInput {
  return {
    title: '',
    technique: technique?.id ?? 'movement',
    bodyAreas: [],
    sides: 'both',
    intro: '',
    cue: '',
    outro: '',
    seconds: technique ? Math.min(technique.maxSeconds, Math.max(technique.minSeconds, 60)) : 60,
  };
}

export function OwnStepForm(props: {
  techniques: readonly Technique[];
  systemVoiceAllowed: boolean | undefined;
  disabled: boolean;
  onAdd: (step: Step) => void;
}) {
  const { techniques } = props;
  const initial = techniques.find((t) => t.id === 'movement') ?? techniques[0];
  const [input, setInput] = useState<OwnStepInput>(() => blankInput(initial));
  const ids = useId();
  // Messages wait for the first try to add; then they follow the typing, field by field.
  const [tried, setTried] = useState(false);
  const [notLoaded, setNotLoaded] = useState(false);
  const [focusRequest, setFocusRequest] = useState<{ field: OwnStepField } | null>(null);
  const fieldId = (field: OwnStepField) => `${ids}-field-${field}`;
  // Focus moves once the messages are drawn, so the field is announced with its message.
  useEffect(() => {
    if (focusRequest) document.getElementById(`${ids}-field-${focusRequest.field}`)?.focus();
  }, [focusRequest, ids]);
  const errors = tried ? ownStepFieldErrors(input) : {};
  const errorId = (field: OwnStepField) => `${ids}-error-${field}`;
  /** Marks a field wrong, points at its message, and lets the form focus it. */
  const fieldProps = (field: OwnStepField) => ({
    id: fieldId(field),
    ...(errors[field] ? { 'aria-invalid': true, 'aria-describedby': errorId(field) } : {}),
  });
  const message = (field: OwnStepField) =>
    errors[field] && (
      <span id={errorId(field)} className="field-error inline-error">
        {errors[field]}
      </span>
    );
  const technique = techniques.find((t) => t.id === input.technique);
  const bounds = technique ? ownStepBounds(technique, input.sides) : null;

  // Switching technique or sides keeps the chosen length where it can, else the nearest bound.
  const set = (patch: Partial<OwnStepInput>) =>
    setInput((current) => {
      const next = { ...current, ...patch };
      const t = techniques.find((candidate) => candidate.id === next.technique);
      return t
        ? { ...next, seconds: clampSeconds(next.seconds, ownStepBounds(t, next.sides)) }
        : next;
    });

  const toggleArea = (area: BodyArea, on: boolean) =>
    set({
      bodyAreas: on
        ? [...input.bodyAreas, area]
        : input.bodyAreas.filter((candidate) => candidate !== area),
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const found = ownStepFieldErrors(input);
    const first = OWN_STEP_FIELDS.find((field) => found[field] !== undefined);
    if (first) {
      setFocusRequest({ field: first });
      return;
    }
    setNotLoaded(!technique);
    if (!technique) return;
    props.onAdd(buildOwnStep(input, technique));
    setTried(false);
    // Same technique and areas are the likeliest next step; the words start fresh.
    setInput((current) => ({ ...current, title: '', intro: '', cue: '', outro: '' }));
  };

  return (
    <form className="own-step-form" onSubmit={submit} noValidate aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`} className="visually-hidden">
        Your own step
      </h3>
      <p className="voice-note">
        <MicOff aria-hidden="true" size={16} />
        <span>
          Your own steps are spoken by your system voice if you allow it in Settings, otherwise
          shown as captions.{' '}
          {props.systemVoiceAllowed === true && 'The system voice is allowed now.'}
          {props.systemVoiceAllowed === false && 'The system voice is off now.'}
        </span>
      </p>

      <label className="field">
        <span>Title</span>
        <input
          type="text"
          value={input.title}
          maxLength={TITLE_MAX}
          required
          {...fieldProps('title')}
          onChange={(e) => set({ title: e.target.value })}
        />
        {message('title')}
      </label>

      <div className="form-row">
        <label className="field">
          <span>Technique</span>
          <select
            value={input.technique}
            onChange={(e) => set({ technique: e.target.value as TechniqueId })}
          >
            {techniques.map((t) => (
              <option key={t.id} value={t.id}>
                {TECHNIQUE_LABELS[t.id]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Sides</span>
          <select value={input.sides} onChange={(e) => set({ sides: e.target.value as Sides })}>
            {SIDES.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {technique && (
        <p className="field-hint">
          {technique.atDesk}
          {technique.pressure &&
            ' A spoken reminder to ease off if anything is sharp, numb or tingling is added for you.'}
          {(technique.id === 'deep-tissue' || technique.id === 'trigger-point') &&
            ' Firm steps are left out when you play in gentle mode.'}
        </p>
      )}

      <fieldset className="field" {...fieldProps('areas')} tabIndex={-1}>
        <legend>Body areas (up to {AREAS_MAX})</legend>
        <div className="area-choices">
          {BODY_AREAS.map((area) => {
            const checked = input.bodyAreas.includes(area);
            return (
              <label key={area} className="area-choice">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && input.bodyAreas.length >= AREAS_MAX}
                  onChange={(e) => toggleArea(area, e.target.checked)}
                />
                {checked && <Check aria-hidden="true" size={14} />}
                <span>{BODY_AREA_LABELS[area]}</span>
              </label>
            );
          })}
        </div>
        {message('areas')}
      </fieldset>

      <fieldset className="field say-group">
        <legend>What to say</legend>
        <div className="say-fields">
          <label className="field">
            <span>Opening line</span>
            <textarea
              rows={2}
              value={input.intro}
              maxLength={LINE_MAX}
              placeholder="Sit tall and let your shoulders drop."
              {...fieldProps('intro')}
              onChange={(e) => set({ intro: e.target.value })}
            />
            {message('intro')}
          </label>
          <label className="field">
            <span>Middle cue (optional)</span>
            <input
              type="text"
              value={input.cue}
              maxLength={LINE_MAX}
              placeholder="Keep breathing slowly."
              onChange={(e) => set({ cue: e.target.value })}
            />
          </label>
          <label className="field">
            <span>Closing line</span>
            <input
              type="text"
              value={input.outro}
              maxLength={LINE_MAX}
              placeholder="Let it go and rest."
              {...fieldProps('outro')}
              onChange={(e) => set({ outro: e.target.value })}
            />
            {message('outro')}
          </label>
        </div>
      </fieldset>

      {bounds && (
        <label className="field length-choice">
          <span>Length</span>
          <select
            value={input.seconds}
            aria-describedby={`${ids}-bounds`}
            onChange={(e) => set({ seconds: Number(e.target.value) })}
          >
            {lengthChoices(bounds, input.seconds).map((seconds) => (
              <option key={seconds} value={seconds}>
                {formatLength(seconds)}
              </option>
            ))}
          </select>
          <span id={`${ids}-bounds`} className="field-hint">
            {formatLength(bounds.min)} to {formatLength(bounds.max)}
            {input.sides === 'each' ? ' for both sides together' : ''}
          </span>
        </label>
      )}

      {notLoaded && (
        <p className="field-error" role="alert">
          The techniques have not loaded yet. Try again in a moment.
        </p>
      )}
      <div>
        <button type="submit" className="button primary" disabled={props.disabled}>
          <Plus aria-hidden="true" size={16} />
          Add my step
        </button>
      </div>
    </form>
  );
}
