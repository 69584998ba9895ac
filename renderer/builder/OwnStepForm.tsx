import { Check, MicOff, Plus } from 'lucide-react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { OWN_STEP_FIELDS, ownStepFieldErrors, type OwnStepField } from './draft-errors';
import type { Sides, Step, Technique } from '../../content/schema';
import { BODY_AREAS, type BodyArea, type TechniqueId } from '../../content/vocabulary';
import { formatLength } from '../i18n/format';
import { bodyAreaLabel, techniqueLabel } from '../i18n/vocabulary';
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

const SIDES: readonly Sides[] = ['both', 'each', 'left', 'right'];

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
  const { t } = useTranslation('builder');
  const initial = techniques.find((candidate) => candidate.id === 'movement') ?? techniques[0];
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
  /**
   * A field's attributes (they mark it wrong, point at its message, and let the form focus
   * it) and its message.
   */
  const fieldParts = (field: OwnStepField) => ({
    props: {
      id: fieldId(field),
      ...(errors[field] ? { 'aria-invalid': true, 'aria-describedby': errorId(field) } : {}),
    },
    message: errors[field] && (
      <span id={errorId(field)} className="field-error inline-error">
        {errors[field]}
      </span>
    ),
  });
  const titleField = fieldParts('title');
  const areasField = fieldParts('areas');
  const introField = fieldParts('intro');
  const outroField = fieldParts('outro');
  const technique = techniques.find((candidate) => candidate.id === input.technique);
  const bounds = technique ? ownStepBounds(technique, input.sides) : null;

  // Switching technique or sides keeps the chosen length where it can, else the nearest bound.
  const set = (patch: Partial<OwnStepInput>) =>
    setInput((current) => {
      const next = { ...current, ...patch };
      const chosen = techniques.find((candidate) => candidate.id === next.technique);
      return chosen
        ? { ...next, seconds: clampSeconds(next.seconds, ownStepBounds(chosen, next.sides)) }
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
        {t('ownStepForm.title')}
      </h3>
      <p className="voice-note">
        <MicOff aria-hidden="true" size={16} />
        <span>
          {t('ownStepForm.voiceNote')}{' '}
          {props.systemVoiceAllowed === true && t('ownStepForm.voiceAllowed')}
          {props.systemVoiceAllowed === false && t('ownStepForm.voiceOff')}
        </span>
      </p>

      <label className="field">
        <span>{t('ownStepForm.stepTitle')}</span>
        <input
          type="text"
          value={input.title}
          maxLength={TITLE_MAX}
          required
          {...titleField.props}
          onChange={(e) => set({ title: e.target.value })}
        />
        {titleField.message}
      </label>

      <div className="form-row">
        <label className="field">
          <span>{t('ownStepForm.technique')}</span>
          <select
            value={input.technique}
            onChange={(e) => set({ technique: e.target.value as TechniqueId })}
          >
            {techniques.map(({ id }) => (
              <option key={id} value={id}>
                {techniqueLabel(id)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('ownStepForm.sides')}</span>
          <select value={input.sides} onChange={(e) => set({ sides: e.target.value as Sides })}>
            {SIDES.map((sides) => (
              <option key={sides} value={sides}>
                {t(`ownStepForm.sideChoices.${sides}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {technique && (
        <p className="field-hint">
          {technique.atDesk}
          {technique.pressure && <> {t('ownStepForm.easeOffAdded')}</>}
          {(technique.id === 'deep-tissue' || technique.id === 'trigger-point') && (
            <> {t('ownStepForm.firmLeftOut')}</>
          )}
        </p>
      )}

      <fieldset className="field" {...areasField.props} tabIndex={-1}>
        <legend>{t('ownStepForm.areas', { max: AREAS_MAX })}</legend>
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
                <span>{bodyAreaLabel(area)}</span>
              </label>
            );
          })}
        </div>
        {areasField.message}
      </fieldset>

      <fieldset className="field say-group">
        <legend>{t('ownStepForm.say')}</legend>
        <div className="say-fields">
          <label className="field">
            <span>{t('ownStepForm.intro')}</span>
            <textarea
              rows={2}
              value={input.intro}
              maxLength={LINE_MAX}
              placeholder={t('ownStepForm.introPlaceholder')}
              {...introField.props}
              onChange={(e) => set({ intro: e.target.value })}
            />
            {introField.message}
          </label>
          <label className="field">
            <span>{t('ownStepForm.cue')}</span>
            <input
              type="text"
              value={input.cue}
              maxLength={LINE_MAX}
              placeholder={t('ownStepForm.cuePlaceholder')}
              onChange={(e) => set({ cue: e.target.value })}
            />
          </label>
          <label className="field">
            <span>{t('ownStepForm.outro')}</span>
            <input
              type="text"
              value={input.outro}
              maxLength={LINE_MAX}
              placeholder={t('ownStepForm.outroPlaceholder')}
              {...outroField.props}
              onChange={(e) => set({ outro: e.target.value })}
            />
            {outroField.message}
          </label>
        </div>
      </fieldset>

      {bounds && (
        <label className="field length-choice">
          <span>{t('ownStepForm.length')}</span>
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
            {t(input.sides === 'each' ? 'ownStepForm.boundsEach' : 'ownStepForm.bounds', {
              min: formatLength(bounds.min),
              max: formatLength(bounds.max),
            })}
          </span>
        </label>
      )}

      {notLoaded && (
        <p className="field-error" role="alert">
          {t('ownStepForm.notLoaded')}
        </p>
      )}
      <div>
        <button type="submit" className="button primary" disabled={props.disabled}>
          <Plus aria-hidden="true" size={16} />
          {t('ownStepForm.add')}
        </button>
      </div>
    </form>
  );
}
