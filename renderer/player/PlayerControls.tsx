import { Pause, Play, Plus, RotateCcw, SkipBack, SkipForward, Square } from 'lucide-react';
import { memo, type ReactNode } from 'react';
import type { ClockCommand } from '../../electron/common/playback-schema';
import './PlayerControls.css';

/**
 * The player's buttons, each with a short word under its icon: an icon alone leaves a
 * foggy mind guessing. The row is pinned below the player and wraps before it hides.
 * Memoised: the player redraws every second for its countdown; the buttons do not change.
 */
export const PlayerControls = memo(function PlayerControls({
  paused,
  onCommand,
  onStop,
}: {
  paused: boolean;
  onCommand: (command: ClockCommand) => void;
  onStop: () => void;
}) {
  return (
    <div className="controls" role="group" aria-label="Player controls">
      <Control
        label="Previous"
        hidden=" step"
        keyHint="Left arrow"
        onClick={() => onCommand('previous')}
      >
        <SkipBack aria-hidden="true" />
      </Control>
      <Control label="Restart" hidden=" step" onClick={() => onCommand('restart-step')}>
        <RotateCcw aria-hidden="true" />
      </Control>
      <Control
        label={paused ? 'Resume' : 'Pause'}
        keyHint="Space"
        className="control-main"
        onClick={() => onCommand('toggle')}
      >
        {paused ? <Play aria-hidden="true" size={32} /> : <Pause aria-hidden="true" size={32} />}
      </Control>
      <Control
        label="+30 s"
        name="Add 30 seconds"
        keyHint="+"
        onClick={() => onCommand('add-time')}
      >
        <Plus aria-hidden="true" />
      </Control>
      <Control label="Next" hidden=" step" keyHint="Right arrow" onClick={() => onCommand('next')}>
        <SkipForward aria-hidden="true" />
      </Control>
      <Control label="Stop" keyHint="Esc" className="control-stop" onClick={onStop}>
        <Square aria-hidden="true" />
      </Control>
    </div>
  );
});

/**
 * A round button with its word below. The word is the accessible name, with `hidden` words
 * read but not shown ("Previous" + " step"); `name` replaces it when the word is a symbol.
 */
function Control(props: {
  label: string;
  hidden?: string;
  name?: string;
  keyHint?: string;
  className?: string;
  onClick: () => void;
  children: ReactNode;
}) {
  const spoken = props.name ?? `${props.label}${props.hidden ?? ''}`;
  return (
    <button
      type="button"
      className={props.className ? `control ${props.className}` : 'control'}
      onClick={props.onClick}
      aria-label={props.name}
      title={props.keyHint ? `${spoken} (${props.keyHint})` : spoken}
    >
      <span className="control-icon">{props.children}</span>
      <span className="control-label" aria-hidden={props.name ? 'true' : undefined}>
        {props.label}
        {props.hidden && <span className="visually-hidden">{props.hidden}</span>}
      </span>
    </button>
  );
}
