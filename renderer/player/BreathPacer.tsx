import type { PlannedStep } from '../../content/planner';
import './BreathPacer.css';

/** Seconds of one breath, from the step's repeating breath cues; null if it has none. */
export function breathPeriod(step: PlannedStep): { period: number; first: number } | null {
  const breaths = step.cues.filter((cue) => cue.kind === 'breath');
  const [first, second] = breaths;
  if (!first || !second) return null;
  const period = second.atSeconds - first.atSeconds;
  return period >= 4 ? { period, first: first.atSeconds } : null;
}

/**
 * A soft circle that grows on the in-breath and shrinks on the out-breath, in phase with the
 * spoken breath cues. It is the one thing on screen that moves for long; under reduced
 * motion it holds still (CSS) and the caption carries the pacing.
 */
export function BreathPacer({
  step,
  elapsedSeconds,
  paused,
}: {
  step: PlannedStep;
  elapsedSeconds: number;
  paused: boolean;
}) {
  const breath = breathPeriod(step);
  if (!breath) return null;
  // A negative delay starts the animation part-way, so it lines up with the cues.
  const phase = (((elapsedSeconds - breath.first) % breath.period) + breath.period) % breath.period;
  return (
    <div className="breath-pacer" aria-hidden="true">
      <div
        className="breath-circle"
        style={{
          animationDuration: `${breath.period}s`,
          animationDelay: `${-phase}s`,
          animationPlayState: paused ? 'paused' : 'running',
        }}
      />
    </div>
  );
}
