import { TriangleAlert } from 'lucide-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { ClockCommand, PlaybackSnapshot } from '../../electron/common/playback-schema';
import { sideNow } from '../../content/side-now';
import { formatLength, sideBadge } from '../i18n/format';
import { techniqueLabel } from '../i18n/vocabulary';
import { formatClock, type PlaybackTime } from './playback-time';
import { marksFor } from '../../content/move-marks';
import { BodyMap } from './BodyMap';
import { PoseDrawing } from '../ui/PoseDrawing';
import { BreathPacer } from './BreathPacer';
import { ConfirmStop } from './ConfirmStop';
import { PlayerControls } from './PlayerControls';
import { equipmentOf } from '../../content/equipment';
import { EquipmentList } from '../ui/EquipmentList';
import { ProgressRing } from '../ui/ProgressRing';
import './NowPlaying.css';

const PRESSURE = new Set([
  'swedish',
  'deep-tissue',
  'trigger-point',
  'myofascial-release',
  'self-myofascial-rolling',
]);

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON'].includes(target.tagName) || target.isContentEditable)
  );
}

/** The player: one big countdown, the caption, the body map, and controls you can hit without looking. */
export function NowPlaying({
  snapshot,
  time,
  line,
  onCommand,
}: {
  snapshot: PlaybackSnapshot;
  time: PlaybackTime;
  line: string | null;
  onCommand: (command: ClockCommand) => void;
}) {
  const { t } = useTranslation('player');
  const [askingToStop, setAskingToStop] = useState(false);
  const askToStop = useCallback(() => setAskingToStop(true), []);
  const stop = () => {
    setAskingToStop(false);
    onCommand('stop');
  };
  const plan = snapshot.plan;
  const step = plan?.steps[snapshot.stepIndex];
  const next = plan?.steps[snapshot.stepIndex + 1];
  const paused = snapshot.status === 'paused';
  const countingIn = snapshot.status === 'counting-in';
  const elapsedSeconds = step ? snapshot.stepSeconds - time.stepRemainingMs / 1000 : 0;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (askingToStop || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey)
        return;
      const keys: Record<string, () => void> = {
        ' ': () => onCommand('toggle'),
        ArrowLeft: () => onCommand('previous'),
        ArrowRight: () => onCommand('next'),
        '+': () => onCommand('add-time'),
        '=': () => onCommand('add-time'),
        Escape: () => setAskingToStop(true),
      };
      const action = keys[event.key];
      // Space on a focused button presses that button; leave it alone.
      if (!action || (event.key !== 'Escape' && isTyping(event.target))) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [askingToStop, onCommand]);

  const stepCount = plan?.steps.length ?? 0;
  const side = step && !countingIn ? sideNow(step, elapsedSeconds) : null;
  // Fresh marks only when the step or its side changes, so the map is not redrawn each tick.
  const illustration = step?.illustration ?? '';
  const marks = useMemo(() => marksFor(illustration, side), [illustration, side]);
  return (
    <section className="now-playing" aria-labelledby="now-playing-title">
      <header className="now-playing-header">
        <p className="eyebrow">{plan?.title}</p>
        <h1 id="now-playing-title">
          {countingIn ? t('nowPlaying.getComfortable') : (step?.title ?? '')}
        </h1>
        <p className="muted tabular" aria-live="polite">
          {countingIn
            ? t('nowPlaying.starting')
            : t('nowPlaying.stepOf', { step: snapshot.stepIndex + 1, total: stepCount })}
          {paused && t('nowPlaying.pausedSuffix')}
        </p>
        <div
          className="routine-bar"
          role="progressbar"
          aria-label={t('nowPlaying.routineProgress')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(time.routineProgress * 100)}
        >
          <div className="routine-bar-fill" style={{ width: `${time.routineProgress * 100}%` }} />
        </div>
      </header>

      {/* It scrolls when the window is short or the text large; a keyboard can reach it. */}
      <div
        className="now-playing-body"
        tabIndex={0}
        role="region"
        aria-label={t('nowPlaying.thisStep')}
      >
        <div className="now-playing-main">
          <ProgressRing
            className={paused ? 'player-ring paused' : 'player-ring'}
            progress={countingIn ? 0 : time.stepProgress}
            size={280}
            stroke={6}
            backdrop={
              step &&
              !countingIn && (
                <BreathPacer step={step} elapsedSeconds={elapsedSeconds} paused={paused} />
              )
            }
          >
            <span
              className="countdown tabular"
              role="timer"
              aria-label={
                countingIn
                  ? t('nowPlaying.startingIn', { seconds: time.countIn })
                  : t('nowPlaying.leftInStep', { time: formatClock(time.stepRemainingMs) })
              }
            >
              {countingIn ? time.countIn : formatClock(time.stepRemainingMs)}
            </span>
            {paused && <span className="paused-word">{t('nowPlaying.paused')}</span>}
          </ProgressRing>
          {side && step && <p className="side-indicator">{sideBadge(step, side)}</p>}
          <p className="caption" aria-live="polite" data-testid="caption">
            {countingIn ? t('nowPlaying.settleIn') : (line ?? step?.caption ?? '')}
          </p>
          {/* The count-in is the last calm moment to fetch what the routine needs. */}
          {countingIn && plan && <EquipmentList equipment={equipmentOf(plan.steps)} />}
          {step && PRESSURE.has(step.technique) && (
            <p className="ease-off">
              <TriangleAlert aria-hidden="true" size={16} />
              {t('nowPlaying.easeOff')}
            </p>
          )}
        </div>
        <aside className="now-playing-side" aria-label={t('nowPlaying.aboutThisStep')}>
          {step && (
            <div className="step-pictures">
              <BodyMap areas={step.bodyAreas} side={side} marks={marks} />
              <PoseDrawing illustration={step.illustration} side={side} />
            </div>
          )}
          {step && <p className="chip technique-chip">{techniqueLabel(step.technique)}</p>}
          <div className="next-up">
            <p className="eyebrow">{t('nowPlaying.next')}</p>
            <p>
              {next ? (
                <>
                  {next.title}{' '}
                  <span className="muted tabular no-wrap">
                    {t('nowPlaying.nextLength', { length: formatLength(next.seconds) })}
                  </span>
                </>
              ) : (
                t('nowPlaying.end')
              )}
            </p>
          </div>
        </aside>
      </div>

      <PlayerControls paused={paused} onCommand={onCommand} onStop={askToStop} />
      <ConfirmStop open={askingToStop} onCancel={() => setAskingToStop(false)} onConfirm={stop} />
    </section>
  );
}
