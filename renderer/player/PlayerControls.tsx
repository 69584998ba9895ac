import { Pause, Play, Plus, RotateCcw, SkipBack, SkipForward, Square } from 'lucide-react';
import { memo, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
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
  const { t } = useTranslation('player');
  const previous = () => onCommand('previous');
  const restart = () => onCommand('restart-step');
  const toggle = () => onCommand('toggle');
  const addTime = () => onCommand('add-time');
  const next = () => onCommand('next');
  const playPause = paused ? 'resume' : 'pause';
  return (
    <div className="controls" role="group" aria-label={t('playerControls.label')}>
      <Control
        label={t('playerControls.previous.label')}
        name={t('playerControls.previous.name')}
        keyHint={t('playerControls.previous.key')}
        onClick={previous}
      >
        <SkipBack aria-hidden="true" />
      </Control>
      <Control
        label={t('playerControls.restart.label')}
        name={t('playerControls.restart.name')}
        onClick={restart}
      >
        <RotateCcw aria-hidden="true" />
      </Control>
      <Control
        label={t(`playerControls.${playPause}.label`)}
        name={t(`playerControls.${playPause}.name`)}
        keyHint={t(`playerControls.${playPause}.key`)}
        className="control-main"
        onClick={toggle}
      >
        {paused ? <Play aria-hidden="true" size={32} /> : <Pause aria-hidden="true" size={32} />}
      </Control>
      <Control
        label={t('playerControls.addTime.label')}
        name={t('playerControls.addTime.name')}
        keyHint={t('playerControls.addTime.key')}
        onClick={addTime}
      >
        <Plus aria-hidden="true" />
      </Control>
      <Control
        label={t('playerControls.next.label')}
        name={t('playerControls.next.name')}
        keyHint={t('playerControls.next.key')}
        onClick={next}
      >
        <SkipForward aria-hidden="true" />
      </Control>
      <Control
        label={t('playerControls.stop.label')}
        name={t('playerControls.stop.name')}
        keyHint={t('playerControls.stop.key')}
        className="control-stop"
        onClick={onStop}
      >
        <Square aria-hidden="true" />
      </Control>
    </div>
  );
});

/**
 * A round button with its word below. `name` is the whole accessible name ("Previous step"
 * under the word "Previous", "Add 30 seconds" under "+30 s"); when it says more than the
 * word, the button carries it as its label and the word below is only for the eye.
 */
function Control(props: {
  label: string;
  name: string;
  keyHint?: string;
  className?: string;
  onClick: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation('player');
  const named = props.name !== props.label;
  return (
    <button
      type="button"
      className={props.className ? `control ${props.className}` : 'control'}
      onClick={props.onClick}
      aria-label={named ? props.name : undefined}
      title={
        props.keyHint
          ? t('playerControls.withKey', { name: props.name, shortcut: props.keyHint })
          : props.name
      }
    >
      <span className="control-icon">{props.children}</span>
      <span className="control-label" aria-hidden={named ? 'true' : undefined}>
        {props.label}
      </span>
    </button>
  );
}
