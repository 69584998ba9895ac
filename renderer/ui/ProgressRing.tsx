import type { ReactNode } from 'react';
import './ProgressRing.css';

/** A thin ring that fills as the step goes by, with the countdown in its middle. */
export function ProgressRing({
  progress,
  size,
  stroke = 6,
  backdrop,
  children,
}: {
  progress: number;
  size: number;
  stroke?: number;
  /** Drawn inside the ring, behind the countdown (the breath pacer). */
  backdrop?: ReactNode;
  children?: ReactNode;
}) {
  const radius = (size - stroke) / 2;
  const circumference = 2 * Math.PI * radius;
  const clamped = Math.min(1, Math.max(0, progress));
  return (
    <div className="progress-ring" style={{ width: size, height: size }}>
      <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true">
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
