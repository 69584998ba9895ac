import { RotateCcw, X } from 'lucide-react';
import { useState } from 'react';
import type { MethodOutput } from '../../electron/common/ipc/contract';
import { api, errorMessage } from '../app/api';
import { useMainData } from '../app/use-main-data';
import './RecoveryBanner.css';

type Interrupted = MethodOutput<'takeRecovery'>;

/** After a crash or power cut: the interrupted session is in history; offer to go on. */
export function RecoveryBanner() {
  // Handed out once by main. If asking fails, recovery already happened in main; only the
  // offer to resume is lost, so no error is shown for it.
  const recovery = useMainData<Interrupted>(() => api().takeRecovery());
  const [error, setError] = useState<string | null>(null);

  const latest = recovery.data?.[0];
  if (!latest) return null;
  return (
    <div className="notice notice-warning recovery" role="status">
      <RotateCcw aria-hidden="true" size={18} />
      <p>
        Your session of {latest.title} was interrupted at step{' '}
        {Math.max(1, latest.lastStepIndex + 1)}. It is saved in your history as interrupted.
        {error && <span className="field-error"> {error}</span>}
      </p>
      <button
        type="button"
        className="button primary small"
        onClick={() =>
          void api()
            .resumeSession({ sessionId: latest.sessionId })
            .then(() => {
              recovery.replace([]);
              window.location.hash = '#/player';
            })
            .catch((failure: unknown) => setError(errorMessage(failure)))
        }
      >
        Resume from step {Math.max(1, latest.lastStepIndex + 1)}
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Dismiss"
        onClick={() => recovery.replace([])}
      >
        <X aria-hidden="true" size={16} />
      </button>
    </div>
  );
}
