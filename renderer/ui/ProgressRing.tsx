import type { ReactNode } from 'react';
import './ProgressRing.css';

/** A thin ring that fills as the step goes by, with the countdown in its middle. */
export function ProgressRing({
  progress,
  size,
  stroke = 6,
  backdrop,
  className,
  children,
}: {
  progress: number;
  /** The drawing's size; with a className, the CSS sizes the ring and the drawing scales. */
  size: number;
  className?: string;
  stroke?: number;
  /** Drawn inside the ring, behind the countdown (the breath pacer). */
  backdrop?: ReactNode;
  children?: ReactNode;
}) {
  const radius = (size - stroke) / 2;
  const circumference = 2 * Math.PI * radius;
  const clamped = Math.min(1, Math.max(0, progress));
  return (
    <div
      className={className ? `progress-ring ${className}` : 'progress-ring'}
      style={className ? undefined : { width: size, height: size }}
    >
      <svg viewBox={`0 0 ${size} ${size}`} aria-hidden="true">
        <circle
          className="ring-track"
          cx={size / 2}
          cy={size / 2}
          r={radius}
          strokeWidth={stroke}
        />
        <circle
          className="ring-fill"
          cx={size / 2}
          cy={size / 2}
          r={radius}
          strokeWidth={stroke}
          strokeDasharray={circumference}
          strokeDashoffset={circumference * (1 - clamped)}
          transform={`rotate(-90 ${size / 2} ${size / 2})`}
        />
      </svg>
      {backdrop}
      <div className="progress-ring-content">{children}</div>
    </div>
  );
}
