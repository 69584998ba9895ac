import { TriangleAlert } from 'lucide-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { TECHNIQUE_LABELS } from '../../content/vocabulary';
import type { ClockCommand, PlaybackSnapshot } from '../../electron/common/playback-schema';
import { formatLength } from '../../content/format-length';
import { sideBadge, sideNow } from '../../content/side-badge';
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
  const [askingToStop, setAskingToStop] = useState(false);
  const askToStop = useCallback(() => setAskingToStop(true), []);
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
        <h1 id="now-playing-title">{countingIn ? 'Get comfortable' : (step?.title ?? '')}</h1>
        <p className="muted tabular" aria-live="polite">
          {countingIn ? 'Starting' : `Step ${snapshot.stepIndex + 1} of ${stepCount}`}
          {paused && ' · Paused'}
        </p>
        <div
          className="routine-bar"
          role="progressbar"
          aria-label="Routine progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(time.routineProgress * 100)}
        >
          <div className="routine-bar-fill" style={{ width: `${time.routineProgress * 100}%` }} />
        </div>
      </header>

      {/* It scrolls when the window is short or the text large; a keyboard can reach it. */}
      <div className="now-playing-body" tabIndex={0} role="region" aria-label="This step">
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
                  ? `Starting in ${time.countIn}`
                  : `${formatClock(time.stepRemainingMs)} left in this step`
              }
            >
              {countingIn ? time.countIn : formatClock(time.stepRemainingMs)}
            </span>
            {paused && <span className="paused-word">Paused</span>}
          </ProgressRing>
          {side && step && <p className="side-indicator">{sideBadge(step, side)}</p>}
          <p className="caption" aria-live="polite" data-testid="caption">
            {countingIn
              ? 'Settle in. The routine begins in a moment.'
              : (line ?? step?.caption ?? '')}
          </p>
          {/* The count-in is the last calm moment to fetch what the routine needs. */}
          {countingIn && plan && <EquipmentList equipment={equipmentOf(plan.steps)} />}
          {step && PRESSURE.has(step.technique) && (
            <p className="ease-off">
              <TriangleAlert aria-hidden="true" size={16} />
              Ease off if it is sharp, or if you feel numbness or tingling.
            </p>
          )}
        </div>
        <aside className="now-playing-side" aria-label="About this step">
          {step && (
            <div className="step-pictures">
              <BodyMap areas={step.bodyAreas} side={side} marks={marks} />
              <PoseDrawing illustration={step.illustration} side={side} />
            </div>
          )}
          {step && <p className="chip technique-chip">{TECHNIQUE_LABELS[step.technique]}</p>}
          <div className="next-up">
            <p className="eyebrow">Next</p>
            <p>
              {next ? (
                <>
                  {next.title}{' '}
                  <span className="muted tabular no-wrap">· {formatLength(next.seconds)}</span>
                </>
              ) : (
                'The end of the routine'
              )}
            </p>
          </div>
        </aside>
      </div>

      <PlayerControls paused={paused} onCommand={onCommand} onStop={askToStop} />
      <ConfirmStop
        open={askingToStop}
        onCancel={() => setAskingToStop(false)}
        onConfirm={() => {
          setAskingToStop(false);
          onCommand('stop');
        }}
      />
    </section>
  );
}
