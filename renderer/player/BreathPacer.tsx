import { useEffect, useRef } from 'react';
import type { PlannedBreathing, PlannedStep } from '../../content/planner';
import './BreathPacer.css';

/** The span of the pattern running at `elapsed`, if any. */
export function activeSpan(
  breathing: PlannedBreathing,
  elapsed: number,
): { startSeconds: number; endSeconds: number } | undefined {
  return breathing.spans.find((s) => elapsed >= s.startSeconds && elapsed < s.endSeconds);
}

/**
 * The circle's keyframes for one breath: it grows on the in-breath, stays full through a
 * hold, shrinks on the out-breath and stays small through the last hold. Offsets are
 * fractions of the cycle, so the circle keeps time with the spoken phase cues.
 */
export function pacerKeyframes(breathing: PlannedBreathing): Keyframe[] {
  const { inhale, holdIn, exhale, holdOut } = breathing;
  const cycle = inhale + holdIn + exhale + holdOut;
  const small = 'scale(0.6)';
  const full = 'scale(1)';
  return [
    { offset: 0, transform: small },
    { offset: inhale / cycle, transform: full },
    { offset: (inhale + holdIn) / cycle, transform: full },
    { offset: (inhale + holdIn + exhale) / cycle, transform: small },
    { offset: 1, transform: small },
  ];
}

/**
 * A soft circle that follows the step's breathing pattern, in phase with the spoken "in",
 * "hold" and "out". It is the one thing on screen that moves for long; under reduced motion
 * it holds still and the spoken cues carry the pacing. Between spans (while a line is
 * spoken) it rests.
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
  const circle = useRef<HTMLDivElement>(null);
  const breathing = step.breathing;
  const span = breathing ? activeSpan(breathing, elapsedSeconds) : undefined;
  const spanStart = span?.startSeconds;
  // Read when the span starts or the pause changes, not on every tick of the countdown.
  const elapsed = useRef(elapsedSeconds);
  useEffect(() => {
    elapsed.current = elapsedSeconds;
  }, [elapsedSeconds]);

  useEffect(() => {
    const element = circle.current;
    if (!element || !breathing || spanStart === undefined) return;
    if (typeof element.animate !== 'function') return;
    if (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches) return;
    const cycle = breathing.inhale + breathing.holdIn + breathing.exhale + breathing.holdOut;
    const animation = element.animate(pacerKeyframes(breathing), {
      duration: cycle * 1000,
      iterations: Number.POSITIVE_INFINITY,
      easing: 'linear',
    });
    animation.currentTime = Math.max(0, (elapsed.current - spanStart) * 1000);
    if (paused) animation.pause();
    return () => animation.cancel();
  }, [breathing, spanStart, paused]);

  if (!breathing) return null;
  return (
    <div className="breath-pacer" aria-hidden="true">
      <div ref={circle} className={span ? 'breath-circle' : 'breath-circle resting'} />
    </div>
  );
}
