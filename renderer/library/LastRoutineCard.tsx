import { Play, RotateCcw } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { RoutineSummary } from '../../electron/common/ipc/contract';
import { api, errorMessage } from '../app/api';
import { hrefOf } from '../app/route';
import { useMainData } from '../app/use-main-data';
import { formatLength } from '../i18n/format';
import { TechniqueIcon } from '../ui/TechniqueIcon';
import { unfinishedSession } from './unfinished-session';

/**
 * One offer at the top of the library, never two: back to the player while a routine
 * plays; "Continue from step N" with "Start over" for a routine left partway (stopped, or
 * cut off by a crash); otherwise the last routine, to play again.
 */
export function LastRoutineCard({
  routines,
  lastRoutineId,
  runningId,
  play,
}: {
  routines: readonly RoutineSummary[];
  lastRoutineId: string | null;
  runningId: string | undefined;
  play: (routineId: string) => void;
}) {
  const { t } = useTranslation('library');
  // The time is read with the sessions, so "recent" is judged when they were loaded.
  const history = useMainData(
    async () => ({ sessions: await api().listSessions(), now: Date.now() }),
    { changedBy: ['historyChanged'] },
  ).data;
  const [error, setError] = useState<string | null>(null);
  const unfinished =
    runningId === undefined && history ? unfinishedSession(history.sessions, history.now) : null;
  const id = runningId ?? unfinished?.routineId ?? lastRoutineId;
  const routine = routines.find((r) => r.id === id);
  if (!routine) return null;

  const resume = () => {
    if (!unfinished) return;
    api()
      .resumeSession({ sessionId: unfinished.sessionId })
      .then(() => {
        window.location.hash = hrefOf({ name: 'player' });
      })
      .catch((failure: unknown) => setError(errorMessage(failure)));
  };

  const eyebrow = runningId
    ? t('lastRoutine.playingNow')
    : unfinished
      ? unfinished.interrupted
        ? t('lastRoutine.cutOff', { step: unfinished.step })
        : t('lastRoutine.stopped', { step: unfinished.step })
      : t('lastRoutine.last');
  return (
    <section className="card last-routine" aria-label={t('lastRoutine.label')}>
      <span className="card-icon">
        {routine.techniques[0] && <TechniqueIcon technique={routine.techniques[0]} />}
      </span>
      <div>
        <p className="eyebrow">{eyebrow}</p>
        <p className="last-routine-title">
          {routine.title}{' '}
          <span className="muted tabular">
            ·{' '}
            {unfinished
              ? t('lastRoutine.left', { length: formatLength(unfinished.secondsLeft) })
              : formatLength(routine.seconds)}
          </span>
        </p>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      {runningId ? (
        // It is playing now: starting it again would restart it, so the card leads back.
        <a className="button primary" href={hrefOf({ name: 'player' })}>
          <Play aria-hidden="true" size={16} /> {t('lastRoutine.backToPlayer')}
        </a>
      ) : unfinished ? (
        <div className="last-routine-actions">
          <button type="button" className="button" onClick={() => play(routine.id)}>
            <RotateCcw aria-hidden="true" size={16} /> {t('lastRoutine.startOver')}
          </button>
          <button type="button" className="button primary" onClick={resume}>
            <Play aria-hidden="true" size={16} />{' '}
            {t('lastRoutine.continue', { step: unfinished.step })}
          </button>
        </div>
      ) : (
        <button type="button" className="button primary" onClick={() => play(routine.id)}>
          <Play aria-hidden="true" size={16} /> {t('lastRoutine.playAgain')}
        </button>
      )}
    </section>
  );
}
