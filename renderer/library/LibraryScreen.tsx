import { FilePlus2, Play, X } from 'lucide-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  BODY_AREA_LABELS,
  BODY_AREAS,
  TECHNIQUE_IDS,
  TECHNIQUE_LABELS,
  type BodyArea,
  type TechniqueId,
} from '../../content/vocabulary';
import type { RoutineSummary } from '../../electron/common/ipc/contract';
import type { PlanChoices } from '../../electron/common/settings-schema';
import { api, errorMessage } from '../app/api';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { JsonFileButton } from '../ui/JsonFileButton';
import { RoutineCard, type CardActions } from './RoutineCard';
import { exportRoutine, importRoutineFile } from './routine-files';
import { loadRoutines } from '../app/startup-data';
import { useMainData } from '../app/use-main-data';
import { TechniqueIcon } from '../ui/TechniqueIcon';
import { formatLength } from '../../content/format-length';
import { useBeginRoutine } from '../app/check-in-context';
import { usePlayback } from '../app/playback-context';
import { hrefOf } from '../app/route';
import { useSettings } from '../app/settings-context';
import { isSessionActive } from '../player/NowPlayingBar';
import './LibraryScreen.css';

export const LIBRARY_READY_MARK = 'unknot:library-ready';

type LengthFilter = 'any' | 'short' | 'medium' | 'long';
const LENGTHS: { value: LengthFilter; label: string; test: (seconds: number) => boolean }[] = [
  { value: 'any', label: 'Any length', test: () => true },
  { value: 'short', label: 'Up to 5 min', test: (s) => s <= 300 },
  { value: 'medium', label: '5 to 10 min', test: (s) => s > 300 && s <= 600 },
  { value: 'long', label: 'Over 10 min', test: (s) => s > 600 },
];

export function LibraryScreen() {
  const list = useMainData<RoutineSummary[]>(loadRoutines);
  const routines = list.data ?? null;
  const error = list.error;
  // The routines themselves still load without it; problems are a courtesy.
  const problems = useMainData(() => api().listRoutineProblems()).data ?? [];
  const [technique, setTechnique] = useState<TechniqueId | 'any'>('any');
  const [area, setArea] = useState<BodyArea | 'any'>('any');
  const [length, setLength] = useState<LengthFilter>('any');
  const [showHidden, setShowHidden] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<RoutineSummary | null>(null);

  const { replace } = list;
  // Awaited by the actions, so their message shows beside the list as it now is.
  const reload = useCallback(async () => replace(await api().listRoutines()), [replace]);
  const act = useCallback(async (action: () => Promise<string | null>) => {
    try {
      setNotice(await action());
      setActionError(null);
    } catch (failure) {
      setActionError(errorMessage(failure));
      setNotice(null);
    }
  }, []);

  const { error: playError, snapshot } = usePlayback();
  const begin = useBeginRoutine();
  const { settings } = useSettings();
  const play = useCallback(
    async (routineId: string, choices: PlanChoices = {}) => {
      if (await begin({ routineId, ...choices })) window.location.hash = hrefOf({ name: 'player' });
    },
    [begin],
  );
  const actions: CardActions = useMemo(
    () => ({
      play: (routineId) => void play(routineId),
      exportRoutine: (routine) =>
        void act(async () => {
          await exportRoutine(routine.id);
          return `Exported “${routine.title}” as ${routine.id}.json.`;
        }),
      askDelete: (routine) => setDeleting(routine),
      setHidden: (routine, hidden) =>
        void act(async () => {
          await api().setRoutineHidden({ id: routine.id, hidden });
          await reload();
          return hidden
            ? `“${routine.title}” is hidden. Show hidden routines to bring it back.`
            : `“${routine.title}” is back in the library.`;
        }),
    }),
    [act, play, reload],
  );
  const last = routines?.find((routine) => routine.id === settings?.lastRoutineId) ?? null;
  const running = isSessionActive(snapshot?.status) ? snapshot?.plan?.routineId : undefined;

  useEffect(() => {
    // The moment the library can be used; `npm run bench` reads it as time to interactive.
    if (routines !== null && performance.getEntriesByName(LIBRARY_READY_MARK).length === 0) {
      performance.mark(LIBRARY_READY_MARK);
    }
  }, [routines]);

  const visible = useMemo(() => {
    const lengthTest = LENGTHS.find((option) => option.value === length)?.test ?? (() => true);
    return (routines ?? []).filter(
      (routine) =>
        (showHidden || !routine.hidden) &&
        (technique === 'any' || routine.techniques.includes(technique)) &&
        (area === 'any' || routine.bodyAreas.includes(area)) &&
        lengthTest(routine.seconds),
    );
  }, [routines, technique, area, length, showHidden]);
  const hiddenCount = routines?.filter((routine) => routine.hidden).length ?? 0;
  const presets = settings?.presets ?? [];
  const titleOf = (id: string) => routines?.find((routine) => routine.id === id)?.title ?? id;

  const usedAreas = useMemo(
    () => BODY_AREAS.filter((id) => routines?.some((routine) => routine.bodyAreas.includes(id))),
    [routines],
  );

  return (
    <section aria-labelledby="library-title" className="screen">
      <header className="screen-header library-header">
        <div>
          <h1 id="library-title">Library</h1>
          <p className="lede">
            Guided routines for the body you sit in all day. Pick one that fits your time.
          </p>
        </div>
        <div className="library-tools">
          <a className="button" href={hrefOf({ name: 'builder', mode: 'new' })}>
            <FilePlus2 aria-hidden="true" size={16} /> New routine
          </a>
          <JsonFileButton
            label="Import"
            inputLabel="Import a routine file"
            onFile={(file) =>
              void act(async () => {
                const imported = await importRoutineFile(file);
                await reload();
                return imported.renamed
                  ? `Imported “${imported.title}” as a copy: you already have a routine with its id.`
                  : `Imported “${imported.title}”.`;
              })
            }
          />
        </div>
      </header>

      {(notice || actionError) && (
        <p
          className={actionError ? 'field-error' : 'notice'}
          role={actionError ? 'alert' : 'status'}
        >
          {actionError ?? notice}
        </p>
      )}

      {last && (
        <section className="card last-routine" aria-label="Last routine">
          <span className="card-icon">
            {last.techniques[0] && <TechniqueIcon technique={last.techniques[0]} />}
          </span>
          <div>
            <p className="eyebrow">{running === last.id ? 'Playing now' : 'Your last routine'}</p>
            <p className="last-routine-title">
              {last.title} <span className="muted tabular">· {formatLength(last.seconds)}</span>
            </p>
          </div>
          {running === last.id ? (
            // It is playing now: starting it again would restart it, so the card leads back.
            <a className="button primary" href={hrefOf({ name: 'player' })}>
              <Play aria-hidden="true" size={16} /> Back to the player
            </a>
          ) : (
            <button type="button" className="button primary" onClick={() => void play(last.id)}>
              <Play aria-hidden="true" size={16} /> Play again
            </button>
          )}
        </section>
      )}

      {presets.length > 0 && (
        <section aria-labelledby="presets-title" className="presets">
          <h2 id="presets-title" className="section-title">
            Your presets
          </h2>
          <ul className="preset-list">
            {presets.map((preset) => (
              <li key={preset.id} className="preset">
                <button
                  type="button"
                  className="button preset-play"
                  onClick={() => void play(preset.routineId, preset.choices)}
                >
                  <Play aria-hidden="true" size={14} />
                  <span>
                    {preset.name}
                    <span className="muted"> · {titleOf(preset.routineId)}</span>
                  </span>
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Delete preset ${preset.name}`}
                  onClick={() =>
                    void act(async () => {
                      await api().deletePreset({ id: preset.id });
                      return `Deleted the preset “${preset.name}”.`;
                    })
                  }
                >
                  <X aria-hidden="true" size={16} />
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <div className="filters" role="group" aria-label="Filter routines">
        <FilterSelect
          label="Technique"
          value={technique}
          onChange={setTechnique}
          options={[
            { value: 'any', label: 'All techniques' },
            ...TECHNIQUE_IDS.map((id) => ({ value: id, label: TECHNIQUE_LABELS[id] })),
          ]}
        />
        <FilterSelect
          label="Body area"
          value={area}
          onChange={setArea}
          options={[
            { value: 'any', label: 'All areas' },
            ...usedAreas.map((id) => ({ value: id, label: BODY_AREA_LABELS[id] })),
          ]}
        />
        <FilterSelect label="Length" value={length} onChange={setLength} options={LENGTHS} />
        {hiddenCount > 0 && (
          <label className="toggle hidden-toggle">
            <input
              type="checkbox"
              checked={showHidden}
              onChange={(e) => setShowHidden(e.target.checked)}
            />
            <span>Show hidden routines ({hiddenCount})</span>
          </label>
        )}
      </div>

      {(error ?? playError) && (
        <p className="field-error" role="alert">
          {error ? `Could not load the routines: ${error}` : playError}
        </p>
      )}
      {routines === null && !error && <p className="muted">Loading routines…</p>}
      {routines !== null && (
        <p className="muted result-count" aria-live="polite">
          {visible.length === routines.length
            ? `${routines.length} routines`
            : `${visible.length} of ${routines.length} routines`}
        </p>
      )}

      <ul className="routine-grid" aria-label="Routines">
        {visible.map((routine) => (
          <li key={routine.id}>
            <RoutineCard routine={routine} actions={actions} />
          </li>
        ))}
      </ul>
      {routines !== null && visible.length === 0 && (
        <p className="empty">No routine matches these filters. Try another body area or length.</p>
      )}

      {problems.length > 0 && (
        <section className="card problems" aria-labelledby="problems-title">
          <h2 id="problems-title">Routine files Unknot could not read</h2>
          <p className="muted">
            They stay in your routines folder untouched until you fix or remove them.
          </p>
          <ul>
            {problems.map((problem) => (
              <li key={problem.file}>
                <code>{problem.file}</code>: {problem.message}
              </li>
            ))}
          </ul>
        </section>
      )}

      <ConfirmDialog
        open={deleting !== null}
        title={`Delete “${deleting?.title ?? ''}”?`}
        body="Its file is removed from your routines folder. Export it first if you may want it back."
        cancelLabel="Keep it"
        confirmLabel="Delete"
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const routine = deleting;
          setDeleting(null);
          if (routine) {
            void act(async () => {
              await api().deleteRoutine({ id: routine.id });
              await reload();
              return `Deleted “${routine.title}”.`;
            });
          }
        }}
      />
    </section>
  );
}

function FilterSelect<T extends string>(props: {
  label: string;
  value: T;
  onChange: (value: T) => void;
  options: readonly { value: T; label: string }[];
}) {
  return (
    <label className="field">
      <span>{props.label}</span>
      {/* The options are exactly the values of T, so the selected string is one of them. */}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value as T)}>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
