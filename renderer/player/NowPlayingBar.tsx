import { Pause, Play } from 'lucide-react';
import { usePlayback, usePlaybackTime } from '../app/playback-context';
import { formatClock } from './playback-time';
import './NowPlayingBar.css';

/** True while a routine is counting in, playing or paused: there is something to go back to. */
export function isSessionActive(status: string | undefined): boolean {
  return status === 'counting-in' || status === 'playing' || status === 'paused';
}

/**
 * Always a way back: while a routine is active and another screen is shown, this bar sits at
 * the top of the page with the step, the time left in it, pause or resume, and a link back
 * to the player.
 */
export function NowPlayingBar() {
  const { snapshot, command } = usePlayback();
  const time = usePlaybackTime(snapshot);
  if (!snapshot || !isSessionActive(snapshot.status) || !time) return null;
  const paused = snapshot.status === 'paused';
  const step = snapshot.plan?.steps[snapshot.stepIndex];
  const what = snapshot.status === 'counting-in' || !step ? 'Starting' : step.title;
  return (
    <section className="now-playing-bar" aria-label="Now playing">
      <p className="now-playing-bar-text">
        <span className="muted">{snapshot.plan?.title}</span>
        <span>
          {what} · <span className="tabular">{formatClock(time.stepRemainingMs)}</span> left
          {paused && <strong> · Paused</strong>}
        </span>
      </p>
      <button
        type="button"
        className="button small"
        onClick={() => void command(paused ? 'resume' : 'pause')}
      >
        {paused ? <Play aria-hidden="true" size={16} /> : <Pause aria-hidden="true" size={16} />}
        {paused ? 'Resume' : 'Pause'}
      </button>
      <a className="button small primary" href="#/player">
        Open player
      </a>
    </section>
  );
}
