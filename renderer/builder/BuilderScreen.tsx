import { ArrowLeft, ListPlus, PenLine, Save, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { formatLength } from '../i18n/format';
import type { Step, Technique } from '../../content/schema';
import { api, errorMessage } from '../app/api';
import { useMainData } from '../app/use-main-data';
import { OwnStepForm } from './OwnStepForm';
import {
  draftFieldErrors,
  firstInvalid,
  saveFailureWords,
  type DraftField,
  type FieldErrors,
} from './draft-errors';
import { errorIdOf, fieldParts, RoutineDetails } from './RoutineDetails';
import {
  draftToRoutine,
  emptyDraft,
  narrationKey,
  nextKey,
  routineIdFor,
  routineToDraft,
  STEPS_MAX,
  totalSeconds,
  type DraftStep,
  type RoutineDraft,
} from './routine-draft';
import { SortableStepList } from './SortableStepList';
import { StepCatalogue, type CatalogueEntry } from './StepCatalogue';
import { hrefOf } from '../app/route';
import { useSettings } from '../app/settings-context';
import './BuilderScreen.css';

interface Loaded {
  catalogue: CatalogueEntry[];
  techniques: Technique[];
  takenIds: Set<string>;
  /** Whether every line a step says has a recorded clip. */
  recorded: (step: Step) => boolean;
}

interface LoadedBuilder {
  loaded: Loaded;
  /** The draft to start from: a copy of a routine, or the user's own routine to edit. */
  start: RoutineDraft | null;
}

/** Everything the builder needs from main, and the routine it starts from, if any. */
async function loadBuilder(
  mode: 'new' | 'copy' | 'edit',
  routineId: string | undefined,
): Promise<LoadedBuilder> {
  const source = mode !== 'new' && routineId ? api().getRoutine({ id: routineId }) : null;
  const [catalogue, techniques, routines, routine] = await Promise.all([
    api().listStepCatalogue(),
    api().listTechniques(),
    api().listRoutines(),
    source,
  ]);
  const builtIn = new Set(routines.filter((r) => r.builtIn).map((r) => r.id));
  // Clips ship with the built-in routines only; a step copied from one keeps its words,
  // so matching the words finds its clips wherever it now lives.
  const voiced = new Set(
    catalogue.filter((e) => builtIn.has(e.routineId)).map((e) => narrationKey(e.step)),
  );
  const recorded = (step: Step) => voiced.has(narrationKey(step));
  return {
    loaded: {
      catalogue: dedupe(catalogue),
      techniques,
      takenIds: new Set(routines.map((r) => r.id)),
      recorded,
    },
    start: routine ? routineToDraft(routine, { copy: mode === 'copy', recorded }) : null,
  };
}

export function BuilderScreen(props: { mode: 'new' | 'copy' | 'edit'; routineId?: string }) {
  const { mode, routineId } = props;
  const { t } = useTranslation('builder');
  const { settings } = useSettings();
  const { data, error: loadError } = useMainData(() => loadBuilder(mode, routineId), {
    key: `${mode}/${routineId ?? ''}`,
  });
  const loaded = data?.loaded ?? null;
  const [draft, setDraft] = useState<RoutineDraft>(emptyDraft);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [ownOpen, setOwnOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  // Messages wait for the first try to save: a blank form is not a mistake yet.
  const [tried, setTried] = useState(false);
  // A part of the routine main turned down, worded and placed beside its field.
  const [refused, setRefused] = useState<{ field: DraftField; text: string } | null>(null);
  const fields = useRef<Partial<Record<DraftField, HTMLElement | null>>>({});
  const fieldRef = (field: DraftField) => (element: HTMLElement | null) => {
    fields.current[field] = element;
  };
  // Focus moves once the messages are drawn, so the field is announced with its message.
  const [focusRequest, setFocusRequest] = useState<{ field: DraftField } | null>(null);
  useEffect(() => {
    if (focusRequest) fields.current[focusRequest.field]?.focus();
  }, [focusRequest]);

  // The routine to start from is turned into the draft once, when it arrives (React's
  // "adjust state while rendering" pattern: no effect, no extra paint of an empty form).
  const [draftFrom, setDraftFrom] = useState<LoadedBuilder | undefined>(undefined);
  if (data !== draftFrom) {
    setDraftFrom(data);
    if (data?.start) setDraft(data.start);
  }

  const update = (patch: Partial<RoutineDraft>) => {
    setRefused(null);
    setDraft((current) => ({ ...current, ...patch }));
  };
  const setSteps = (steps: DraftStep[]) => update({ steps });

  const addStep = (step: Step, origin: DraftStep['origin']) => {
    setDraft((current) => ({
      ...current,
      steps: [...current.steps, { key: nextKey(), step, origin }],
    }));
    setAnnouncement(
      t('builderScreen.added', {
        title: step.title,
        steps: t('builderScreen.steps', { count: draft.steps.length + 1 }),
        length: formatLength(totalSeconds(draft.steps) + step.seconds.default),
      }),
    );
  };

  const addFromCatalogue = (entry: CatalogueEntry, from: Loaded) =>
    addStep(entry.step, {
      kind: 'catalogue',
      routineTitle: entry.routineTitle,
      recorded: from.recorded(entry.step),
    });
  const addOwn = (step: Step) => addStep(step, { kind: 'own' });

  const problems = draftFieldErrors(draft);
  const errors: FieldErrors = tried ? { ...problems } : {};
  if (refused) errors[refused.field] ??= refused.text;
  const errorCount = Object.keys(errors).length;
  // The steps are a field too: their heading takes the focus, their message sits under it.
  const stepsName: DraftField = 'steps';
  const stepsField = fieldParts(stepsName, errors);
  const total = totalSeconds(draft.steps);
  const full = draft.steps.length >= STEPS_MAX;

  const save = async () => {
    if (!loaded) return;
    setTried(true);
    setSaveError(null);
    const first = firstInvalid(problems);
    if (first) {
      setFocusRequest({ field: first });
      return;
    }
    setSaving(true);
    try {
      const id =
        mode === 'edit' && routineId ? routineId : routineIdFor(draft.title, loaded.takenIds);
      const saved = await api().saveRoutine({ routine: draftToRoutine(draft, id) });
      window.location.hash = hrefOf({ name: 'player', routineId: saved.id });
    } catch (failure) {
      const words = saveFailureWords(errorMessage(failure));
      if (words.field) {
        setRefused({ field: words.field, text: words.text });
        setFocusRequest({ field: words.field });
      } else {
        setSaveError(words.text);
      }
      setSaving(false);
    }
  };

  const stepsSummary =
    draft.steps.length === 0
      ? t('builderScreen.noSteps')
      : t('builderScreen.stepsSummary', {
          steps: t('builderScreen.steps', { count: draft.steps.length }),
          length: formatLength(total),
        });

  return (
    <section aria-labelledby="builder-title" className="screen builder">
      <a className="back-link" href="#/library">
        <ArrowLeft aria-hidden="true" size={16} /> {t('builderScreen.back')}
      </a>
      <header className="screen-header">
        <h1 id="builder-title">{t(`builderScreen.heading.${mode}.title`)}</h1>
        <p className="lede">{t(`builderScreen.heading.${mode}.lede`)}</p>
      </header>
      {loadError && (
        <p className="field-error" role="alert">
          {t('builderScreen.loadError', { error: loadError })}
        </p>
      )}
      {!loaded && !loadError && <p className="muted">{t('builderScreen.loading')}</p>}

      <RoutineDetails draft={draft} errors={errors} onChange={update} fieldRef={fieldRef} />

      <div className="builder-columns">
        <div className="builder-column">
          {loaded && (
            <StepCatalogue
              entries={loaded.catalogue}
              addDisabled={full}
              onAdd={(entry) => addFromCatalogue(entry, loaded)}
            />
          )}
          {loaded && (
            <section className="card builder-panel" aria-labelledby="own-step-title">
              <div className="builder-panel-header own-step-header">
                <h2 id="own-step-title">{t('builderScreen.ownStepTitle')}</h2>
                <button
                  type="button"
                  className="button small"
                  aria-expanded={ownOpen}
                  aria-controls="own-step-panel"
                  onClick={() => setOwnOpen((open) => !open)}
                >
                  {ownOpen ? (
                    <X aria-hidden="true" size={16} />
                  ) : (
                    <PenLine aria-hidden="true" size={16} />
                  )}
                  {ownOpen ? t('builderScreen.closeOwnStep') : t('builderScreen.openOwnStep')}
                </button>
              </div>
              {!ownOpen && <p className="muted">{t('builderScreen.ownStepHint')}</p>}
              {/* Hidden, not unmounted, so closing the form keeps what was typed in it. */}
              <div id="own-step-panel" hidden={!ownOpen}>
                <OwnStepForm
                  techniques={loaded.techniques}
                  systemVoiceAllowed={settings?.systemVoiceForMissing}
                  disabled={full}
                  onAdd={addOwn}
                />
              </div>
            </section>
          )}
        </div>

        <div className="builder-column">
          <section
            className="card builder-panel routine-panel"
            aria-labelledby="routine-steps-title"
            aria-describedby={errors.steps ? errorIdOf('steps') : undefined}
          >
            <div className="builder-panel-header">
              {/* Focused when saving finds no steps: the message is read with it. */}
              <h2
                id="routine-steps-title"
                tabIndex={-1}
                ref={fieldRef(stepsName)}
                aria-describedby={errors.steps ? errorIdOf('steps') : undefined}
              >
                {t('builderScreen.routineTitle')}
              </h2>
              <p className="routine-total tabular">{stepsSummary}</p>
              {stepsField.message}
            </div>
            {draft.steps.length === 0 ? (
              <div className="draft-empty">
                <ListPlus aria-hidden="true" size={24} />
                <p>{t('builderScreen.empty')}</p>
              </div>
            ) : (
              <SortableStepList
                steps={draft.steps}
                onChange={setSteps}
                onAnnounce={setAnnouncement}
              />
            )}
            <div className="save-bar">
              {saveError && (
                <p className="field-error" role="alert">
                  {saveError}
                </p>
              )}
              <div className="save-row">
                <a className="button ghost" href="#/library">
                  {t('builderScreen.cancel')}
                </a>
                <button
                  type="button"
                  className="button primary"
                  disabled={!loaded || saving}
                  aria-describedby={errorCount > 0 ? 'save-reason' : undefined}
                  onClick={() => void save()}
                >
                  <Save aria-hidden="true" size={16} />
                  {saving ? t('builderScreen.saving') : t('builderScreen.save')}
                </button>
              </div>
              {errorCount > 0 && (
                <p id="save-reason" className="save-reason">
                  {t('builderScreen.saveReason', { count: errorCount })}
                </p>
              )}
            </div>
          </section>
        </div>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}

/** A user's routine built from library steps lists them again; one entry each is enough. */
function dedupe(entries: readonly CatalogueEntry[]): CatalogueEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const key = JSON.stringify(entry.step);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
