import { ArrowLeft, Pause, Play, Volume2 } from 'lucide-react';
import { StepFrame } from './StepFrame';
import './StartStep.css';

/** Step 3: the three-minute reset, or the library first. */
export function StartStep({
  onBack,
  onStart,
  onLookAround,
  starting,
  error,
  focusHeading,
}: {
  onBack: () => void;
  onStart: () => void;
  onLookAround: () => void;
  /** Between pressing Start and the player showing: both ways on wait, so one press is one start. */
  starting: boolean;
  error: string | null;
  focusHeading: boolean;
}) {
  return (
    <StepFrame
      step={3}
      title="Ready when you are"
      focusHeading={focusHeading}
      footer={
        <>
          <button type="button" className="button ghost first-run-back" onClick={onBack}>
            <ArrowLeft aria-hidden="true" size={20} /> Back
          </button>
          <button
            type="button"
            className="button large first-run-push"
            disabled={starting}
            onClick={onLookAround}
          >
            Look around first
          </button>
          <button
            type="button"
            className="button primary large"
            disabled={starting}
            onClick={onStart}
          >
            <Play aria-hidden="true" size={20} /> Start the three-minute reset
          </button>
        </>
      }
    >
      <p className="lede">
        A good first routine is the three-minute reset: shoulder rolls, a neck stretch, gentle
        seated turns and slow breathing, all sitting down.
      </p>
      <ul className="start-notes">
        <li>
          <Volume2 aria-hidden="true" size={20} />
          <span>A calm voice guides each step, with captions, so turn your sound up a little.</span>
        </li>
        <li>
          <Pause aria-hidden="true" size={20} />
          <span>You can pause, skip a step or stop at any time.</span>
        </li>
      </ul>
      <p className="muted">
        Or look around the library first: every routine shows its steps and cautions before you
        begin.
      </p>
      {error && (
        <p className="field-error" role="alert">
          The routine could not start: {error}
        </p>
      )}
    </StepFrame>
  );
}
