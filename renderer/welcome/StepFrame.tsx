import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import './StepFrame.css';

export const STEP_COUNT = 3;

/**
 * One step of the first run, filling the window: the step's content scrolls, the footer with
 * its buttons does not, so the way on stays in view at any text size and window height.
 */
export function StepFrame({
  step,
  title,
  focusHeading,
  footer,
  children,
}: {
  step: number;
  title: string;
  /** True once the user has moved between steps: focus then goes to the new step's heading. */
  focusHeading: boolean;
  footer: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation('welcome');
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const progressId = useId();

  // Each step mounts afresh, so this runs once per step. Not on the very first one: the
  // window has just opened and the reader starts at the top anyway.
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);

  return (
    <main className="first-run" aria-labelledby={headingId}>
      <div className="first-run-scroll">
        <div className="first-run-page">
          <header className="first-run-header">
            <p className="brand first-run-brand" aria-hidden="true">
              <span className="brand-mark" /> {t('stepFrame.brand')}
            </p>
            <div className="first-run-progress">
              <p id={progressId} className="muted small-print">
                {t('stepFrame.progress', { step, total: STEP_COUNT })}
              </p>
              <div className="first-run-dots" aria-hidden="true">
                {Array.from({ length: STEP_COUNT }, (_, i) => (
                  <span key={i} className={i < step ? 'done' : undefined} />
                ))}
              </div>
            </div>
          </header>
          {/* Focusable by script only, so moving to a step reads its title first. */}
          <h1 id={headingId} ref={heading} tabIndex={-1} aria-describedby={progressId}>
            {title}
          </h1>
          {children}
        </div>
      </div>
      <div className="first-run-footer">
        <div className="first-run-page first-run-actions">{footer}</div>
      </div>
    </main>
  );
}
