import { ArrowLeft, BookmarkPlus, Play, RotateCcw, TriangleAlert } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { formatLength } from '../../content/format-length';
import type { BodyArea, Routine } from '../../content/schema';
import { BODY_AREA_LABELS } from '../../content/vocabulary';
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
import './RoutineScreen.css';

type Technique = MethodOutput<'listTechniques'>[number];

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
  const usedTechniques = techniques.filter((t) =>
    routine?.steps.some((step) => step.technique === t.id),
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
  const toggleArea = (area: BodyArea) => {
    const local = new Set(choices.avoidAreas ?? []);
    if (local.has(area)) local.delete(area);
    else local.add(area);
    update({ avoidAreas: [...local] });
  };

  return (
    <section aria-labelledby="routine-title" className="screen routine-screen">
      <a className="back-link" href="#/library">
        <ArrowLeft aria-hidden="true" size={16} /> Library
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
            <h2 id="fit-title">Fit it to your time</h2>
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
                <RotateCcw aria-hidden="true" size={14} /> Back to the default length
              </button>
            )}
            <div className="fit-row">
              <Choice
                legend="Pace"
                name="pace"
                value={choices.pace ?? 'normal'}
                options={[
                  { value: 'normal', label: 'Normal' },
                  { value: 'slower', label: 'Slower' },
                ]}
                onChange={(pace) => update({ pace })}
              />
              <Choice
                legend="Intensity"
                name="intensity"
                value={choices.intensity ?? (settings?.gentleByDefault ? 'gentle' : 'standard')}
                options={[
                  { value: 'standard', label: 'Standard' },
                  { value: 'gentle', label: 'Gentle' },
                ]}
                onChange={(intensity) => update({ intensity })}
              />
            </div>
            <fieldset className="field">
              <legend>Areas to avoid</legend>
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
                        {BODY_AREA_LABELS[area]}
                        {global && <span className="visually-hidden"> (avoided in Settings)</span>}
                      </span>
                    </label>
                  );
                })}
              </div>
              {globalAvoid.length > 0 && (
                <p className="muted small-print">
                  Areas ticked and greyed out are avoided everywhere (Settings).
                </p>
              )}
            </fieldset>

            {preview && (
              <div className="plan-summary" role="status" aria-live="polite">
                <p>
                  {preview.steps.length} {preview.steps.length === 1 ? 'step' : 'steps'}
                  {preview.omitted.length > 0 && `, ${preview.omitted.length} left out`}
                </p>
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
                    Use {formatLength(nearest)}
                  </button>
                )}
              </div>
            )}
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
                <Play aria-hidden="true" size={20} /> Play
                {preview ? ` · ${formatLength(preview.totalSeconds)}` : ''}
              </button>
              <button type="button" className="button large" onClick={() => setSavingPreset(true)}>
                <BookmarkPlus aria-hidden="true" size={18} /> Save as preset
              </button>
            </div>
            {savedPreset && (
              <p className="muted" role="status">
                Saved “{savedPreset}”. It is in the library, one click away.
              </p>
            )}
          </section>

          <section className="card cautions-card" aria-labelledby="cautions-title">
            <h2 id="cautions-title">
              <TriangleAlert aria-hidden="true" size={18} /> Before you start
            </h2>
            <ul>
              {routine.cautions.map((caution) => (
                <li key={caution}>{caution}</li>
              ))}
            </ul>
            <EquipmentList equipment={equipmentOf(routine.steps)} />
            {usedTechniques.length > 0 && (
              <details className="technique-cautions">
                <summary>Cautions of each technique</summary>
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
              Steps
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
            defaultName={`${routine.title}, ${formatLength(lengthSeconds)}`}
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
