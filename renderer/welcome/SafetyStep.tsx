import { ArrowRight, TriangleAlert } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { RED_FLAGS } from '../../content/red-flags';
import { useSettings } from '../app/settings-context';
import { AvoidAreas } from '../ui/AvoidAreas';
import { HealthQuestions } from '../ui/HealthQuestions';
import { StepFrame } from './StepFrame';
import './SafetyStep.css';

/**
 * Opening the health questions scrolls them up into view: they sit low on the step, and
 * would otherwise open out of sight, behind the footer. (The click comes before the toggle,
 * so "not open yet" means "opening".)
 */
function bringIntoView(details: HTMLElement | null): void {
  if (!(details instanceof HTMLDetailsElement) || details.open) return;
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  requestAnimationFrame(() =>
    details.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' }),
  );
}

/**
 * Step 1: what Unknot is, the red flags, and (folded away, optional) the health questions and
 * areas to avoid. The confirmation sits right beside Continue, so the two are read together.
 */
export function SafetyStep({
  read,
  onRead,
  onContinue,
  focusHeading,
}: {
  read: boolean;
  onRead: (read: boolean) => void;
  onContinue: () => void;
  focusHeading: boolean;
}) {
  const { settings, update } = useSettings();
  const confirm = useRef<HTMLInputElement>(null);
  const hintId = useId();
  // Continue stays pressable: pressing it too soon says why and leads to the box, rather
  // than a greyed-out button that explains nothing.
  const [asked, setAsked] = useState(false);
  // Open from the start when coming back to answers already given; after that the user's.
  const [openAtStart] = useState(
    () => (settings?.healthAnswers.length ?? 0) + (settings?.avoidAreas.length ?? 0) > 0,
  );
  if (!settings) return null;

  const next = () => {
    if (read) return onContinue();
    // The hint is in place before focus lands, so a screen reader reads it with the box.
    flushSync(() => setAsked(true));
    confirm.current?.focus();
  };

  return (
    <StepFrame
      step={1}
      title="Welcome"
      focusHeading={focusHeading}
      footer={
        <>
          <div className="first-run-grow confirm-read">
            <label className="toggle">
              <input
                ref={confirm}
                type="checkbox"
                checked={read}
                aria-describedby={asked && !read ? hintId : undefined}
                onChange={(e) => onRead(e.target.checked)}
              />
              <span>
                I have read this, and will stop or ask my clinician when something is not right.
              </span>
            </label>
            {asked && !read && (
              <p id={hintId} className="confirm-hint" role="status">
                Please tick this box first.
              </p>
            )}
          </div>
          <button type="button" className="button primary large first-run-push" onClick={next}>
            Continue <ArrowRight aria-hidden="true" size={20} />
          </button>
        </>
      }
    >
      <p className="lede">
        Unknot guides you through short self-massage, stretching and breathing routines at your
        desk, with a calm voice, captions and a small timer. It is for comfort and relief; it does
        not replace your clinician.
      </p>

      <section className="card safety" aria-labelledby="safety-title">
        <h2 id="safety-title">
          <TriangleAlert aria-hidden="true" size={20} /> Before you start: when not to use it
        </h2>
        <p>
          Talk to your doctor or physiotherapist first, and do not work on the area, if any of these
          apply:
        </p>
        <ul>
          {RED_FLAGS.map((flag) => (
            <li key={flag}>{flag}</li>
          ))}
        </ul>
        <p>
          During any routine, stop if something is sharp, or if you feel numbness or tingling. Each
          routine lists its own cautions.
        </p>
      </section>

      {/* Optional, so folded away: the red flags come first and the step stays short. */}
      <details className="card health-details" open={openAtStart || undefined}>
        <summary onClick={(e) => bringIntoView(e.currentTarget.parentElement)}>
          Your health (optional): a few questions, and areas to avoid
        </summary>
        <div className="health-details-body">
          <HealthQuestions
            legend="A few questions, so routines leave out what is not safe for you"
            settings={settings}
            update={update}
          />
          <AvoidAreas
            legend="Areas to avoid for now (a recent injury, say)"
            value={settings.avoidAreas}
            onChange={(avoidAreas) => void update({ avoidAreas })}
          />
        </div>
      </details>
    </StepFrame>
  );
}
