import { X } from 'lucide-react';
import { api } from '../api';

/** The floating timer's page; the countdown arrives with the routine clock. */
export function TimerView() {
  return (
    <div className="timer-view">
      <div className="timer-drag" aria-hidden="true" />
      <p className="timer-title">Nothing playing</p>
      <p className="muted timer-hint">The countdown shows here once a routine starts.</p>
      <button
        type="button"
        className="icon-button timer-close"
        aria-label="Hide timer"
        onClick={() => void api().closeTimerWindow()}
      >
        <X aria-hidden="true" size={16} />
      </button>
    </div>
  );
}
