import { RotateCcw } from 'lucide-react';
import { useTranslation } from '../i18n/use-translation';
import type { Plan, PlannedStep } from '../../content/planner';
import type { Routine } from '../../content/schema';
import { formatLength } from '../i18n/format';
import { techniqueLabel } from '../i18n/vocabulary';
import type { PlanChoices } from '../../electron/common/settings-schema';
import { stepLengthOptions } from './step-length-options';
import './PlanStepList.css';

type Override = { enabled?: boolean; seconds?: number };

/**
 * The steps as the plan will play them, in the routine's order: the gentle version named
 * when it stands in, a second round shown where it falls, and a left-out step shown as left
 * out, with why, and its box unticked. The count above the list is the count of what plays.
 */
export function PlanStepList({
  routine,
  plan,
  overrides,
  onOverride,
}: {
  routine: Routine;
  plan: Plan;
  overrides: PlanChoices['overrides'];
  onOverride: (stepId: string, override: Override | null) => void;
}) {
  const { t } = useTranslation('routine');
  const byKey = new Map(plan.steps.map((s) => [s.key, s]));
  const omitted = new Map(plan.omitted.map((o) => [o.stepId, o]));
  return (
    <ol className="step-editor" aria-label={t('planStepList.label')}>
      {routine.steps.flatMap((step) => {
        const planned = byKey.get(step.id);
        const again = byKey.get(`${step.id}#2`);
        const left = omitted.get(step.id);
        const override = overrides?.[step.id];
        // Only the user's own "off" may be turned back on here; the other reasons are
        // undone where they are chosen (length, intensity, areas, health answers).
        const locked = left !== undefined && left.reason !== 'turned-off';
        const rows = [
          <li key={step.id} className={left ? 'step-row omitted' : 'step-row'}>
            <label className="step-toggle">
              <input
                type="checkbox"
                checked={!left}
                disabled={locked}
                onChange={(e) => onOverride(step.id, { enabled: e.target.checked })}
              />
              <span className="step-name">{planned?.title ?? step.title}</span>
              {planned?.variant === 'gentle' && (
                <span className="chip gentle-tag">{t('planStepList.gentleVersion')}</span>
              )}
            </label>
            <span className="muted">{techniqueLabel(planned?.technique ?? step.technique)}</span>
            {left || !planned ? (
              <span className="muted step-why">
                {t('planStepList.leftOut', {
                  // A health reason comes with its own words, from the planner.
                  reason:
                    left?.why ?? t(`planStepList.reason.${left ? left.reason : 'not-planned'}`),
                })}
              </span>
            ) : (
              <LengthPicker step={planned} onPick={(seconds) => onOverride(step.id, { seconds })} />
            )}
            {override ? (
              <button
                type="button"
                className="icon-button"
                aria-label={t('planStepList.reset', { title: step.title })}
                title={t('planStepList.backToDefault')}
                onClick={() => onOverride(step.id, null)}
              >
                <RotateCcw aria-hidden="true" size={16} />
              </button>
            ) : (
              <span />
            )}
          </li>,
        ];
        if (again) {
          rows.push(
            <li key={again.key} className="step-row step-again">
              <span className="step-name">
                {t('planStepList.onceMore', { title: again.title })}
              </span>
              <span className="muted">{techniqueLabel(again.technique)}</span>
              <span className="muted tabular">{formatLength(again.seconds)}</span>
              <span />
            </li>,
          );
        }
        return rows;
      })}
    </ol>
  );
}

function LengthPicker({ step, onPick }: { step: PlannedStep; onPick: (seconds: number) => void }) {
  const { t } = useTranslation('routine');
  const options = stepLengthOptions(step.minSeconds, step.maxSeconds, step.seconds);
  if (options.length === 1) {
    return <span className="muted tabular">{formatLength(step.seconds)}</span>;
  }
  return (
    <label className="step-length">
      <span className="visually-hidden">{t('planStepList.lengthOf', { title: step.title })}</span>
      <select value={step.seconds} onChange={(e) => onPick(Number(e.target.value))}>
        {options.map((seconds) => (
          <option key={seconds} value={seconds}>
            {formatLength(seconds)}
          </option>
        ))}
      </select>
    </label>
  );
}
