import { ArrowLeft, Check, Play, RotateCcw, TriangleAlert } from 'lucide-react';
import { useEffect, useState } from 'react';
import { TECHNIQUE_LABELS } from '../../content/vocabulary';
import type { MethodOutput } from '../../electron/contract';
import type { PlaybackSnapshot } from '../../electron/playback-schema';
import { api, errorMessage } from '../api';
import { formatLength } from '../format';
import { usePlayback, usePlaybackTime } from '../playback-context';
import { NowPlaying } from '../player/NowPlaying';

type Routine = MethodOutput<'getRoutine'>;

const isActive = (snapshot: PlaybackSnapshot | null) =>
  snapshot !== null && ['counting-in', 'playing', 'paused'].includes(snapshot.status);

/** The player route: the routine before it starts, the player while it runs, the end after. */
export function PlayerScreen({ routineId }: { routineId: string | undefined }) {
  const { snapshot, line, error, start, command } = usePlayback();
  const time = usePlaybackTime(snapshot);

  if (snapshot && time && isActive(snapshot)) {
    return (
      <>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <NowPlaying
          snapshot={snapshot}
          time={time}
          line={line}
          onCommand={(c) => void command(c)}
        />
      </>
    );
  }
  const endedPlan =
    snapshot?.status === 'finished' || snapshot?.status === 'stopped' ? snapshot.plan : null;
  if (snapshot && endedPlan && (!routineId || routineId === endedPlan.routineId)) {
    return (
      <SessionEnd
        snapshot={snapshot}
        onPlayAgain={() => void start({ routineId: endedPlan.routineId })}
      />
    );
  }
  const id = routineId ?? snapshot?.plan?.routineId;
  return id ? (
    <RoutineOverview routineId={id} error={error} onPlay={() => void start({ routineId: id })} />
  ) : (
    <section className="screen" aria-labelledby="player-title">
      <h1 id="player-title">Nothing playing</h1>
      <p className="lede">Choose a routine in the library to begin.</p>
      <a className="button" href="#/library">
        Browse routines
      </a>
    </section>
  );
}

function RoutineOverview({
  routineId,
  error,
  onPlay,
}: {
  routineId: string;
  error: string | null;
  onPlay: () => void;
}) {
  const [routine, setRoutine] = useState<Routine | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api()
      .getRoutine({ id: routineId })
      .then((loaded) => live && setRoutine(loaded))
      .catch((failure: unknown) => live && setLoadError(errorMessage(failure)));
    return () => {
      live = false;
    };
  }, [routineId]);

  const total = routine?.steps.reduce((sum, step) => sum + step.seconds.default, 0) ?? 0;
  return (
    <section aria-labelledby="player-title" className="screen">
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
            <h1 id="player-title">{routine.title}</h1>
            <p className="lede">{routine.summary}</p>
          </header>
          <div className="overview-actions">
            <button type="button" className="button primary large" onClick={onPlay}>
              <Play aria-hidden="true" size={20} /> Play · {formatLength(total)}
            </button>
          </div>
          <section className="card cautions-card" aria-labelledby="cautions-title">
            <h2 id="cautions-title">
              <TriangleAlert aria-hidden="true" size={18} /> Before you start
            </h2>
            <ul>
              {routine.cautions.map((caution) => (
                <li key={caution}>{caution}</li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="steps-title">
            <h2 id="steps-title" className="section-title">
              Steps
            </h2>
            <ol className="step-list">
              {routine.steps.map((step) => (
                <li key={step.id}>
                  <span>{step.title}</span>
                  <span className="muted">{TECHNIQUE_LABELS[step.technique]}</span>
                  <span className="tabular muted">{formatLength(step.seconds.default)}</span>
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </section>
  );
}

function SessionEnd({
  snapshot,
  onPlayAgain,
}: {
  snapshot: PlaybackSnapshot;
  onPlayAgain: () => void;
}) {
  const finished = snapshot.status === 'finished';
  const minutes = Math.max(1, Math.round(snapshot.routineElapsedMs / 60000));
  return (
    <section className="screen session-end" aria-labelledby="end-title">
      <div className="card empty-state">
        <span className="end-mark" aria-hidden="true">
          <Check size={32} />
        </span>
        <h1 id="end-title">{finished ? 'Routine complete' : 'Routine stopped'}</h1>
        <p>
          {snapshot.plan?.title} · {minutes} {minutes === 1 ? 'minute' : 'minutes'}
          {finished ? '' : ' done. Your time so far is kept.'}
        </p>
        <p className="muted">
          Notice how your body feels now. Move gently for the next few minutes.
        </p>
        <div className="dialog-actions">
          <a className="button" href="#/library">
            Back to library
          </a>
          <button type="button" className="button primary" onClick={onPlayAgain}>
            <RotateCcw aria-hidden="true" size={16} /> Play again
          </button>
        </div>
      </div>
    </section>
  );
}
