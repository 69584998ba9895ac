import { Pause, Play, SkipForward, X } from 'lucide-react';
import { api } from '../app/api';
import { useMainData } from '../app/use-main-data';
import { usePlayback, usePlaybackTime } from '../app/playback-context';
import { formatClock } from '../player/playback-time';
import { ProgressRing } from '../ui/ProgressRing';
import { useSettings } from '../app/settings-context';
import './TimerView.css';

/**
 * The floating timer: the same snapshot as the player, drawn small. The whole window drags,
 * except its buttons. When nothing plays it offers the last routine.
 */
export function TimerView() {
  const { snapshot, command, start } = usePlayback();
  const { settings } = useSettings();
  const time = usePlaybackTime(snapshot);
  const lastId = settings?.lastRoutineId ?? null;
  const last = useMainData(
    () => (lastId ? api().getRoutine({ id: lastId }) : Promise.resolve(null)),
    {
      key: lastId ?? '',
    },
  );
  const lastTitle = last.data?.title ?? null;

  const active = snapshot && time && ['counting-in', 'playing', 'paused'].includes(snapshot.status);
  const step = snapshot?.plan?.steps[snapshot.stepIndex];
  const paused = snapshot?.status === 'paused';

  return (
    <main className="timer-view" aria-label="Unknot timer">
      <div className="timer-drag" aria-hidden="true" />
      {active ? (
        <>
          <ProgressRing progress={time.stepProgress} size={84} stroke={4}>
            <span className="timer-countdown tabular" role="timer">
              {snapshot.status === 'counting-in' ? time.countIn : formatClock(time.stepRemainingMs)}
            </span>
          </ProgressRing>
          <div className="timer-info">
            <p className="timer-title">
              {snapshot.status === 'counting-in' ? 'Starting' : step?.title}
            </p>
            <div className="timer-buttons">
              <button
                type="button"
                className="icon-button"
                aria-label={paused ? 'Resume' : 'Pause'}
                onClick={() => void command('toggle')}
              >
                {paused ? (
                  <Play aria-hidden="true" size={18} />
                ) : (
                  <Pause aria-hidden="true" size={18} />
                )}
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label="Next step"
                onClick={() => void command('next')}
              >
                <SkipForward aria-hidden="true" size={18} />
              </button>
            </div>
          </div>
        </>
      ) : (
        <div className="timer-info">
          <p className="timer-title">Nothing playing</p>
          {lastId && lastTitle ? (
            <button
              type="button"
              className="button small"
              onClick={() => void start({ routineId: lastId })}
            >
              <Play aria-hidden="true" size={14} /> {lastTitle}
            </button>
          ) : (
            <p className="muted timer-hint">Start a routine from the library.</p>
          )}
        </div>
      )}
      <button
        type="button"
        className="icon-button timer-close"
        aria-label="Hide timer"
        onClick={() => void api().closeTimerWindow()}
      >
        <X aria-hidden="true" size={16} />
      </button>
    </main>
  );
}
