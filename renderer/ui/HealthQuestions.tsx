import { useTranslation } from '../i18n/use-translation';
import {
  HEALTH_QUESTIONS,
  protectionsFor,
  type HealthAnswer,
} from '../../content/health-protections';
import type { Settings, SettingsPatch } from '../../electron/common/settings-schema';
import { i18n } from '../i18n/i18n';
import './HealthQuestions.css';

/** What the ticked answers change, in plain words, so nothing happens unexplained. */
function consequences(answers: readonly HealthAnswer[]): string[] {
  const p = protectionsFor(answers);
  const out: string[] = [];
  if (p.gentle) out.push(i18n.t('ui:healthQuestions.changes.gentle'));
  if (p.noHeat) out.push(i18n.t('ui:healthQuestions.changes.noHeat'));
  if (p.noBreathHolds) out.push(i18n.t('ui:healthQuestions.changes.noBreathHolds'));
  if (p.noPressureOnLegs) out.push(i18n.t('ui:healthQuestions.changes.noPressureOnLegs'));
  return out;
}

/**
 * The health questions of the first run and Settings: one tick per answer, each setting its
 * protections at once. Ticking one that asks for gentle mode turns "gentle by default" on;
 * unticking never turns it off (that stays the user's own choice in Settings).
 */
export function HealthQuestions({
  settings,
  update,
  legend,
}: {
  settings: Pick<Settings, 'healthAnswers' | 'gentleByDefault'>;
  update: (patch: SettingsPatch) => unknown;
  legend: string;
}) {
  const { t } = useTranslation(['ui', 'welcome']);
  const answers = settings.healthAnswers;
  const toggle = (id: HealthAnswer, on: boolean): void => {
    const next = HEALTH_QUESTIONS.map((q) => q.id).filter((q) =>
      q === id ? on : answers.includes(q),
    );
    const patch: SettingsPatch = { healthAnswers: next };
    if (protectionsFor(next).gentle && !settings.gentleByDefault) patch.gentleByDefault = true;
    void update(patch);
  };
  const changes = consequences(answers);
  return (
    <fieldset className="field health-questions">
      <legend>{legend}</legend>
      <p className="muted small-print">{t('healthQuestions.intro')}</p>
      {HEALTH_QUESTIONS.map((question) => (
        <label key={question.id} className="toggle">
          <input
            type="checkbox"
            checked={answers.includes(question.id)}
            onChange={(e) => toggle(question.id, e.target.checked)}
          />
          <span>{t(`welcome:healthQuestions.${question.id}`)}</span>
        </label>
      ))}
      {changes.length > 0 && (
        <ul className="health-changes" aria-label={t('healthQuestions.changesLabel')}>
          {changes.map((change) => (
            <li key={change}>{change}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
