import { ArrowLeft } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../electron/contract';
import { api, errorMessage } from '../api';
import { formatLength } from '../format';

type Routine = MethodOutput<'getRoutine'>;

/** The routine's steps; guided playback (voice, captions, the clock) is the player issue. */
export function PlayerScreen({ routineId }: { routineId: string | undefined }) {
  const [routine, setRoutine] = useState<Routine | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!routineId) return;
    let live = true;
    api()
      .getRoutine({ id: routineId })
      .then((loaded) => live && setRoutine(loaded))
      .catch((failure: unknown) => live && setError(errorMessage(failure)));
    return () => {
      live = false;
    };
  }, [routineId]);

  return (
    <section aria-labelledby="player-title" className="screen">
      <a className="back-link" href="#/library">
        <ArrowLeft aria-hidden="true" size={16} /> Library
      </a>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {routine && (
        <>
          <header className="screen-header">
            <h1 id="player-title">{routine.title}</h1>
            <p className="lede">{routine.summary}</p>
          </header>
          <p className="coming-next">Guided playback with voice and captions is coming next.</p>
          <ol className="step-list">
            {routine.steps.map((step) => (
              <li key={step.id}>
                <span>{step.title}</span>
                <span className="tabular muted">{formatLength(step.seconds.default)}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
