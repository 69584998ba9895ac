import { Play, TriangleAlert } from 'lucide-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  BODY_AREA_LABELS,
  BODY_AREAS,
  TECHNIQUE_IDS,
  TECHNIQUE_LABELS,
  type BodyArea,
  type TechniqueId,
} from '../../content/vocabulary';
import type { RoutineSummary } from '../../electron/contract';
import { errorMessage } from '../api';
import { loadRoutines } from '../startup-data';
import { TechniqueIcon } from '../components/TechniqueIcon';
import { formatLength } from '../format';
import { usePlayback } from '../playback-context';
import { hrefOf } from '../route';
import { useSettings } from '../settings-context';

export const LIBRARY_READY_MARK = 'unknot:library-ready';

type LengthFilter = 'any' | 'short' | 'medium' | 'long';
const LENGTHS: { value: LengthFilter; label: string; test: (seconds: number) => boolean }[] = [
  { value: 'any', label: 'Any length', test: () => true },
  { value: 'short', label: 'Up to 5 min', test: (s) => s <= 300 },
  { value: 'medium', label: '5 to 10 min', test: (s) => s > 300 && s <= 600 },
  { value: 'long', label: 'Over 10 min', test: (s) => s > 600 },
];

const INTENSITY_LABELS: Record<RoutineSummary['intensity'], string> = {
  gentle: 'Gentle',
  moderate: 'Moderate',
  firm: 'Firm pressure',
};

export function LibraryScreen() {
  const [routines, setRoutines] = useState<RoutineSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [technique, setTechnique] = useState<TechniqueId | 'any'>('any');
  const [area, setArea] = useState<BodyArea | 'any'>('any');
  const [length, setLength] = useState<LengthFilter>('any');

  useEffect(() => {
    let live = true;
    loadRoutines()
      .then((list) => live && setRoutines(list))
      .catch((failure: unknown) => live && setError(errorMessage(failure)));
    return () => {
      live = false;
    };
  }, []);

  const { start, error: playError } = usePlayback();
  const { settings } = useSettings();
  const play = useCallback(
    async (routineId: string) => {
      if (await start({ routineId })) window.location.hash = hrefOf({ name: 'player' });
    },
    [start],
  );
  const last = routines?.find((routine) => routine.id === settings?.lastRoutineId) ?? null;

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
        (technique === 'any' || routine.techniques.includes(technique)) &&
        (area === 'any' || routine.bodyAreas.includes(area)) &&
        lengthTest(routine.seconds),
    );
  }, [routines, technique, area, length]);

  const usedAreas = useMemo(
    () => BODY_AREAS.filter((id) => routines?.some((routine) => routine.bodyAreas.includes(id))),
    [routines],
  );

  return (
    <section aria-labelledby="library-title" className="screen">
      <header className="screen-header">
        <h1 id="library-title">Library</h1>
        <p className="lede">
          Guided routines for the body you sit in all day. Pick one that fits your time.
        </p>
      </header>

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
      </div>

      {last && (
        <section className="card last-routine" aria-label="Last routine">
          <span className="card-icon">
            {last.techniques[0] && <TechniqueIcon technique={last.techniques[0]} />}
          </span>
          <div>
            <p className="eyebrow">Pick up where you left off</p>
            <p className="last-routine-title">
              {last.title} <span className="muted tabular">· {formatLength(last.seconds)}</span>
            </p>
          </div>
          <button type="button" className="button primary" onClick={() => void play(last.id)}>
            <Play aria-hidden="true" size={16} /> Play again
          </button>
        </section>
      )}
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
            <RoutineCard routine={routine} onPlay={play} />
          </li>
        ))}
      </ul>
      {routines !== null && visible.length === 0 && (
        <p className="empty">No routine matches these filters. Try another body area or length.</p>
      )}
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

function RoutineCard({
  routine,
  onPlay,
}: {
  routine: RoutineSummary;
  onPlay: (routineId: string) => Promise<void>;
}) {
  const lead = routine.techniques[0];
  const titleId = `routine-${routine.id}-title`;
  return (
    <article className="card routine-card" aria-labelledby={titleId} data-routine-id={routine.id}>
      <div className="card-top">
        <span className="card-icon">{lead && <TechniqueIcon technique={lead} />}</span>
        <span className="length tabular">{formatLength(routine.seconds)}</span>
      </div>
      <h2 id={titleId}>{routine.title}</h2>
      <p className="summary">{routine.summary}</p>
      <ul className="chips" aria-label="Techniques">
        {routine.techniques.map((id) => (
          <li key={id} className="chip">
            {TECHNIQUE_LABELS[id]}
          </li>
        ))}
      </ul>
      <ul className="chips" aria-label="Body areas">
        {routine.bodyAreas.map((id) => (
          <li key={id} className="chip chip-quiet">
            {BODY_AREA_LABELS[id]}
          </li>
        ))}
      </ul>
      <details className="cautions">
        <summary>
          <TriangleAlert aria-hidden="true" size={14} />
          Cautions · {INTENSITY_LABELS[routine.intensity]}
        </summary>
        <ul>
          {routine.cautions.map((caution) => (
            <li key={caution}>{caution}</li>
          ))}
        </ul>
      </details>
      <div className="card-actions">
        <button type="button" className="button primary" onClick={() => void onPlay(routine.id)}>
          <Play aria-hidden="true" size={16} />
          Start<span className="visually-hidden"> {routine.title}</span>
        </button>
        <a className="button ghost" href={hrefOf({ name: 'player', routineId: routine.id })}>
          Details<span className="visually-hidden"> of {routine.title}</span>
        </a>
      </div>
    </article>
  );
}
