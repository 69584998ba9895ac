import { ArrowRight, TriangleAlert } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from '../i18n/use-translation';
import { RED_FLAGS } from '../../content/red-flags';
import type welcomeCatalog from '../locales/en/welcome.json';
import { useSettings } from '../app/settings-context';
import { AvoidAreas } from '../ui/AvoidAreas';
import { HealthQuestions } from '../ui/HealthQuestions';
import { StepFrame } from './StepFrame';
import './SafetyStep.css';

/** A red flag's place in content/red-flags.ts, which is also its key in the catalog. */
type RedFlag = keyof (typeof welcomeCatalog)['redFlags'];

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
  const { t } = useTranslation('welcome');
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
      title={t('safetyStep.title')}
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
              <span>{t('safetyStep.confirmRead')}</span>
            </label>
            {asked && !read && (
              <p id={hintId} className="confirm-hint" role="status">
                {t('safetyStep.confirmHint')}
              </p>
            )}
          </div>
          <button type="button" className="button primary large first-run-push" onClick={next}>
            {t('safetyStep.continue')} <ArrowRight aria-hidden="true" size={20} />
          </button>
        </>
      }
    >
      <p className="lede">{t('safetyStep.lede')}</p>

      <section className="card safety" aria-labelledby="safety-title">
        <h2 id="safety-title">
          <TriangleAlert aria-hidden="true" size={20} /> {t('safetyStep.redFlagsTitle')}
        </h2>
        <p>{t('safetyStep.redFlagsIntro')}</p>
        <ul>
          {RED_FLAGS.map((flag, index) => (
            <li key={flag}>{t(`redFlags.${String(index) as RedFlag}`, { defaultValue: flag })}</li>
          ))}
        </ul>
        <p>{t('safetyStep.redFlagsOutro')}</p>
      </section>

      {/* Optional, so folded away: the red flags come first and the step stays short. */}
      <details className="card health-details" open={openAtStart || undefined}>
        <summary onClick={(e) => bringIntoView(e.currentTarget.parentElement)}>
          {t('safetyStep.healthSummary')}
        </summary>
        <div className="health-details-body">
          <HealthQuestions
            legend={t('safetyStep.healthLegend')}
            settings={settings}
            update={update}
          />
          <AvoidAreas
            legend={t('safetyStep.avoidLegend')}
            value={settings.avoidAreas}
            onChange={(avoidAreas) => void update({ avoidAreas })}
          />
        </div>
      </details>
    </StepFrame>
  );
}
