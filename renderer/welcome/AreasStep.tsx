import { ArrowLeft } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { BODY_AREAS, type BodyArea } from '../../content/vocabulary';
import { bodyAreaLabel } from '../i18n/vocabulary';
import { useSettings } from '../app/settings-context';
import { StepFrame } from './StepFrame';
import './AreasStep.css';

const GOAL_DAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * Step 2, skippable: where it hurts (the library leads with routines for it) and a weekly
 * goal. Choices are kept here and saved on Continue, so Skip really leaves things as they
 * were; that is also why the shared WeeklyGoal (which saves at once) is not used here.
 */
export function AreasStep({
  onBack,
  onNext,
  focusHeading,
}: {
  onBack: () => void;
  onNext: () => void;
  focusHeading: boolean;
}) {
  const { t } = useTranslation('welcome');
  const { settings, update } = useSettings();
  const [areas, setAreas] = useState<BodyArea[]>(() => settings?.focusAreas ?? []);
  const [goal, setGoal] = useState(() => settings?.weeklyGoalDays ?? 3);

  const toggle = (area: BodyArea, on: boolean) =>
    // Kept in the list's own order, whatever order they were ticked in.
    setAreas((current) => BODY_AREAS.filter((a) => (a === area ? on : current.includes(a))));

  const save = async () => {
    await update({ focusAreas: areas, weeklyGoalDays: goal });
    onNext();
  };

  return (
    <StepFrame
      step={2}
      title={t('areasStep.title')}
      focusHeading={focusHeading}
      footer={
        <>
          <button type="button" className="button ghost first-run-back" onClick={onBack}>
            <ArrowLeft aria-hidden="true" size={20} /> {t('areasStep.back')}
          </button>
          {/* Skip weighs the same as Continue: neither is the answer the app wants. */}
          <button type="button" className="button large first-run-push" onClick={onNext}>
            {t('areasStep.skip')}
          </button>
          <button type="button" className="button large" onClick={() => void save()}>
            {t('areasStep.continue')}
          </button>
        </>
      }
    >
      <p className="lede">{t('areasStep.lede')}</p>

      <fieldset className="field">
        <legend>{t('areasStep.areasLegend')}</legend>
        <div className="area-toggles focus-areas">
          {BODY_AREAS.map((area) => (
            <label key={area} className="area-toggle">
              <input
                type="checkbox"
                checked={areas.includes(area)}
                onChange={(e) => toggle(area, e.target.checked)}
              />
              <span>{bodyAreaLabel(area)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="field">
        <legend>{t('areasStep.goalLegend')}</legend>
        <div className="segmented">
          {GOAL_DAYS.map((days) => (
            <label key={days} className="segment">
              <input
                type="radio"
                name="weekly-goal"
                value={days}
                checked={goal === days}
                onChange={() => setGoal(days)}
              />
              {days}
            </label>
          ))}
        </div>
        <p className="muted small-print">{t('areasStep.goalNote')}</p>
      </fieldset>
    </StepFrame>
  );
}
