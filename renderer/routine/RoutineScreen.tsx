import { ArrowLeft, BookmarkPlus, Play, RotateCcw, TriangleAlert } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { BodyArea, Routine } from '../../content/schema';
import { formatLength } from '../i18n/format';
import { bodyAreaLabel } from '../i18n/vocabulary';
import type { MethodOutput } from '../../electron/common/ipc/contract';
import type { PlanChoices } from '../../electron/common/settings-schema';
import { api } from '../app/api';
import { useMainData } from '../app/use-main-data';
import { useSettings } from '../app/settings-context';
import { equipmentOf } from '../../content/equipment';
import { EquipmentList } from '../ui/EquipmentList';
import { SavePresetDialog } from './SavePresetDialog';
import { LengthSlider } from './LengthSlider';
import { PlanStepList } from './PlanStepList';
import { usePlanPreview } from './use-plan-preview';
import { linesOfStep, warmUpLines } from '../audio/clip-warmup';
import { VoiceNotice } from '../ui/VoiceNotice';
import './RoutineScreen.css';

type Technique = MethodOutput<'listTechniques'>[number];

// The choices' values, in the order shown; their words are in the catalog under the same names.
const PACES = ['normal', 'slower'] as const satisfies readonly NonNullable<PlanChoices['pace']>[];
const INTENSITIES = ['standard', 'gentle'] as const satisfies readonly NonNullable<
  PlanChoices['intensity']
>[];

/**
 * A routine before it plays: fit it to the time you have (length, pace, intensity, areas to
 * avoid, per-step on/off and lengths), read its cautions, play it or save the choices.
 */
export function RoutineScreen({
  routineId,
  error,
  onPlay,
}: {
  routineId: string;
  error: string | null;
  onPlay: (choices: PlanChoices) => void;
}) {
  const { t } = useTranslation('routine');
  const { settings } = useSettings();
  const loaded = useMainData<[Routine, Technique[]]>(
    () => Promise.all([api().getRoutine({ id: routineId }), api().listTechniques()]),
    { key: routineId },
  );
  const [routine, techniques] = loaded.data ?? [null, []];
  const loadError = loaded.error;
  const [choices, setChoices] = useState<PlanChoices>({});
  const [savingPreset, setSavingPreset] = useState(false);
  const [savedPreset, setSavedPreset] = useState<string | null>(null);

  const globalAvoid = useMemo(() => settings?.avoidAreas ?? [], [settings?.avoidAreas]);
  const fitted = usePlanPreview(routine, choices, globalAvoid, settings ?? null);
  const preview = fitted?.plan ?? null;
  // The choices as they are planned, played and saved: the target kept to what can be reached.
  const planned = fitted?.choices ?? choices;
  // The first step's words are decoded while the person looks at the plan, so they start on
  // time when Play is pressed, with or without a count-in.
  const firstLines = useMemo(() => linesOfStep(preview?.steps[0]), [preview]);
  useEffect(() => warmUpLines(firstLines), [firstLines]);
  const defaultSeconds = routine?.steps.reduce((sum, step) => sum + step.seconds.default, 0) ?? 0;
  // The slider runs from 2 minutes to the longest plan these choices can make, rounded up;
  // its last stop asks for exactly that longest plan.
  const longestSeconds = fitted?.longestSeconds ?? 0;
  // Until the plan is ready: the target, or with none the routine's own length.
  const lengthSeconds = preview?.totalSeconds ?? planned.targetSeconds ?? defaultSeconds;
  const areasInRoutine = useMemo(
    () =>
      [...new Set(routine?.steps.flatMap((step) => step.bodyAreas) ?? [])].filter(
        (a) => a !== 'whole-body',
      ),
    [routine],
  );
  const usedTechniques = techniques.filter((technique) =>
    routine?.steps.some((step) => step.technique === technique.id),
  );

  const nearest = preview?.nearestFeasibleSeconds;
  const update = (patch: Partial<PlanChoices>) =>
    setChoices((current) => ({ ...current, ...patch }));
  const setOverride = (stepId: string, override: { enabled?: boolean; seconds?: number } | null) =>
    setChoices((current) => {
      const rest = Object.fromEntries(
        Object.entries(current.overrides ?? {}).filter(([id]) => id !== stepId),
      );
      const overrides =
        override === null
          ? rest
          : { ...rest, [stepId]: { ...current.overrides?.[stepId], ...override } };
      return { ...current, overrides };
    });
  // "3 steps", "3 steps, 1 left out": what plays, and how many steps the plan leaves out.
  const planCount = (steps: number, leftOut: number) => {
    const count = t('routineScreen.summary.steps', { count: steps });
    return leftOut > 0
      ? t('routineScreen.summary.leftOut', { steps: count, count: leftOut })
      : count;
  };
  const toggleArea = (area: BodyArea) => {
    const local = new Set(choices.avoidAreas ?? []);
    if (local.has(area)) local.delete(area);
    else local.add(area);
    update({ avoidAreas: [...local] });
  };

  return (
    <section aria-labelledby="routine-title" className="screen routine-screen">
      <a className="back-link" href="#/library">
        <ArrowLeft aria-hidden="true" size={16} /> {t('routineScreen.back')}
      </a>
      {(loadError ?? error) && (
        <p className="field-error" role="alert">
          {loadError ?? error}
        </p>
      )}
      {routine && (
        <>
          <header className="screen-header">
            <h1 id="routine-title">{routine.title}</h1>
            <p className="lede">{routine.summary}</p>
          </header>

          <section className="card fit-card" aria-labelledby="fit-title">
            <h2 id="fit-title">{t('routineScreen.fitTitle')}</h2>
            <LengthSlider
              planSeconds={preview?.totalSeconds ?? lengthSeconds}
              shortestSeconds={fitted?.shortestSeconds ?? 0}
              longestSeconds={longestSeconds}
              defaultSeconds={defaultSeconds}
              onChange={(targetSeconds) => update({ targetSeconds })}
            />
            {choices.targetSeconds !== undefined && (
              <button
                type="button"
                className="button ghost small"
                onClick={() => update({ targetSeconds: undefined })}
              >
                <RotateCcw aria-hidden="true" size={14} /> {t('routineScreen.defaultLength')}
              </button>
            )}
            <div className="fit-row">
              <Choice
                legend={t('routineScreen.pace.legend')}
                name="pace"
                value={choices.pace ?? 'normal'}
                options={PACES.map((value) => ({ value, label: t(`routineScreen.pace.${value}`) }))}
                onChange={(pace) => update({ pace })}
              />
              <Choice
                legend={t('routineScreen.intensity.legend')}
                name="intensity"
                value={choices.intensity ?? (settings?.gentleByDefault ? 'gentle' : 'standard')}
                options={INTENSITIES.map((value) => ({
                  value,
                  label: t(`routineScreen.intensity.${value}`),
                }))}
                onChange={(intensity) => update({ intensity })}
              />
            </div>
            <fieldset className="field">
              <legend>{t('routineScreen.avoid.legend')}</legend>
              <div className="area-toggles">
                {areasInRoutine.map((area) => {
                  const global = globalAvoid.includes(area);
                  return (
                    <label key={area} className="area-toggle">
                      <input
                        type="checkbox"
                        checked={global || (choices.avoidAreas ?? []).includes(area)}
                        disabled={global}
                        onChange={() => toggleArea(area)}
                      />
                      <span>
                        {bodyAreaLabel(area)}
                        {global && (
                          <span className="visually-hidden">
                            {' '}
                            {t('routineScreen.avoid.inSettings')}
                          </span>
                        )}
                      </span>
                    </label>
                  );
                })}
              </div>
              {globalAvoid.length > 0 && (
                <p className="muted small-print">{t('routineScreen.avoid.note')}</p>
              )}
            </fieldset>

            {preview && (
              <div className="plan-summary" role="status" aria-live="polite">
                <p>{planCount(preview.steps.length, preview.omitted.length)}</p>
                {preview.message && <p className="plan-message">{preview.message}</p>}
                {!preview.feasible && nearest !== undefined && (
                  <button
                    type="button"
                    className="button small"
                    onClick={() =>
                      update({
                        // The slider moves in whole minutes; the planner is told the exact nearest.
                        targetSeconds: Math.min(3600, Math.max(120, nearest)),
                      })
                    }
                  >
                    {t('routineScreen.useLength', { length: formatLength(nearest) })}
                  </button>
                )}
              </div>
            )}
            <VoiceNotice />
            <div className="overview-actions">
              <button
                type="button"
                className="button primary large"
                disabled={!preview || preview.steps.length === 0}
                onClick={() => {
                  warmUpLines(firstLines);
                  onPlay(planned);
                }}
              >
                <Play aria-hidden="true" size={20} />{' '}
                {preview
                  ? t('routineScreen.playLength', { length: formatLength(preview.totalSeconds) })
                  : t('routineScreen.play')}
              </button>
              <button type="button" className="button large" onClick={() => setSavingPreset(true)}>
                <BookmarkPlus aria-hidden="true" size={18} /> {t('routineScreen.savePreset')}
              </button>
            </div>
            {savedPreset && (
              <p className="muted" role="status">
                {t('routineScreen.saved', { name: savedPreset })}
              </p>
            )}
          </section>

          <section className="card cautions-card" aria-labelledby="cautions-title">
            <h2 id="cautions-title">
              <TriangleAlert aria-hidden="true" size={18} /> {t('routineScreen.cautionsTitle')}
            </h2>
            <ul>
              {routine.cautions.map((caution) => (
                <li key={caution}>{caution}</li>
              ))}
            </ul>
            <EquipmentList equipment={equipmentOf(routine.steps)} />
            {usedTechniques.length > 0 && (
              <details className="technique-cautions">
                <summary>{t('routineScreen.techniqueCautions')}</summary>
                {usedTechniques.map((technique) => (
                  <div key={technique.id}>
                    <h3>{technique.name}</h3>
                    <ul>
                      {technique.cautions.map((caution) => (
                        <li key={caution}>{caution}</li>
                      ))}
                    </ul>
                  </div>
                ))}
              </details>
            )}
          </section>

          <section aria-labelledby="steps-title">
            <h2 id="steps-title" className="section-title">
              {t('routineScreen.stepsTitle')}
            </h2>
            {preview && (
              <PlanStepList
                routine={routine}
                plan={preview}
                overrides={choices.overrides}
                onOverride={setOverride}
              />
            )}
          </section>
          <SavePresetDialog
            open={savingPreset}
            defaultName={t('routineScreen.presetName', {
              title: routine.title,
              length: formatLength(lengthSeconds),
            })}
            onCancel={() => setSavingPreset(false)}
            onSave={async (name) => {
              await api().savePreset({ name, routineId: routine.id, choices: planned });
              setSavingPreset(false);
              setSavedPreset(name);
            }}
          />
        </>
      )}
    </section>
  );
}

function Choice<T extends string>(props: {
  legend: string;
  name: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="field">
      <legend>{props.legend}</legend>
      <div className="segmented">
        {props.options.map((option) => (
          <label key={option.value} className="segment">
            <input
              type="radio"
              name={props.name}
              value={option.value}
              checked={props.value === option.value}
              onChange={() => props.onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
