import { Pause, Play, SkipForward, X } from 'lucide-react';
import { useTranslation } from '../i18n/use-translation';
import { api } from '../app/api';
import { useMainData } from '../app/use-main-data';
import { usePlayback, usePlaybackTime } from '../app/playback-context';
import { formatClock } from '../player/playback-time';
import { useSettings } from '../app/settings-context';
import { sideNow } from '../../content/side-now';
import { sideBadge } from '../i18n/format';
import { PoseDrawing } from '../ui/PoseDrawing';
import './TimerView.css';

// Made once: the countdown re-renders the view every second, and an element React has seen
// before is skipped rather than built again (each icon is an SVG of a few paths).
const PLAY = <Play aria-hidden="true" />;
const PAUSE = <Pause aria-hidden="true" />;
const NEXT = <SkipForward aria-hidden="true" />;
const CLOSE = <X aria-hidden="true" />;

/**
 * The floating timer: the same snapshot as the player, drawn small enough to sit in a
 * corner and big enough to read from across the desk. The countdown gets most of the window;
 * the step's title, the side and "Paused" sit around it. The whole window drags, except its
 * buttons. When nothing plays it offers the last routine.
 */
export function TimerView() {
  const { t } = useTranslation('timer');
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
  const countingIn = snapshot?.status === 'counting-in';
  // The player's own rule and words, so both windows name the same side at the same moment.
  const elapsedSeconds = snapshot && time ? snapshot.stepSeconds - time.stepRemainingMs / 1000 : 0;
  const sideHere = active && step && !countingIn ? sideNow(step, elapsedSeconds) : null;
  const side = step && sideHere ? sideBadge(step, sideHere) : null;
  const title = countingIn ? t('timerView.getComfortable') : (step?.title ?? '');
  const toggle = () => void command('toggle');
  const next = () => void command('next');
  const hide = () => void api().closeTimerWindow();

  return (
    <main
      className={paused ? 'timer-view paused' : 'timer-view'}
      aria-label={t('timerView.label')}
      data-status={snapshot?.status ?? 'idle'}
    >
      <div className="timer-drag" aria-hidden="true" />
      {active ? (
        <div className="timer-body">
          {/* Two lines at most; the tooltip and screen readers get the whole title. */}
          <p className="timer-title" title={title}>
            {title}
          </p>
          <div className="timer-countdown-box">
            <p className="timer-countdown tabular" role="timer">
              {countingIn ? time.countIn : formatClock(time.stepRemainingMs)}
            </p>
          </div>
          {/* The position, small, beside the countdown: the body map does not fit here. */}
          {step && !countingIn && (
            <div className="timer-pose">
              <PoseDrawing illustration={step.illustration} side={sideHere} />
            </div>
          )}
          <div className="timer-footer">
            <p className="timer-status" aria-live="polite">
              {paused && <span className="timer-paused">{t('timerView.paused')}</span>}
              {countingIn && <span>{t('timerView.starting')}</span>}
              {side && <span>{side}</span>}
            </p>
            <div className="timer-buttons">
              <button
                type="button"
                className="icon-button timer-button"
                aria-label={paused ? t('timerView.resume') : t('timerView.pause')}
                onClick={toggle}
              >
                {paused ? PLAY : PAUSE}
              </button>
              <button
                type="button"
                className="icon-button timer-button"
                aria-label={t('timerView.nextStep')}
                onClick={next}
              >
                {NEXT}
              </button>
            </div>
          </div>
          {/* The step's progress as a thin line along the bottom edge; the countdown says it in words. */}
          <div className="timer-progress" aria-hidden="true">
            <span style={{ transform: `scaleX(${Math.min(1, Math.max(0, time.stepProgress))})` }} />
          </div>
        </div>
      ) : (
        <div className="timer-body idle">
          <p className="timer-title">{t('timerView.nothingPlaying')}</p>
          {lastId && lastTitle ? (
            <button
              type="button"
              className="button small timer-last"
              title={lastTitle}
              onClick={() => void start({ routineId: lastId })}
            >
              {PLAY}
              <span className="timer-last-title">{lastTitle}</span>
            </button>
          ) : (
            <p className="muted timer-hint">{t('timerView.startHint')}</p>
          )}
        </div>
      )}
      <button
        type="button"
        className="icon-button timer-close"
        aria-label={t('timerView.hide')}
        onClick={hide}
      >
        {CLOSE}
      </button>
    </main>
  );
}
