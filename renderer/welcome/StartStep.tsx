import { ArrowLeft, Pause, Play, Volume2 } from 'lucide-react';
import { useTranslation } from '../i18n/use-translation';
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
  const { t } = useTranslation('welcome');
  return (
    <StepFrame
      step={3}
      title={t('startStep.title')}
      focusHeading={focusHeading}
      footer={
        <>
          <button type="button" className="button ghost first-run-back" onClick={onBack}>
            <ArrowLeft aria-hidden="true" size={20} /> {t('startStep.back')}
          </button>
          <button
            type="button"
            className="button large first-run-push"
            disabled={starting}
            onClick={onLookAround}
          >
            {t('startStep.lookAround')}
          </button>
          <button
            type="button"
            className="button primary large"
            disabled={starting}
            onClick={onStart}
          >
            <Play aria-hidden="true" size={20} /> {t('startStep.start')}
          </button>
        </>
      }
    >
      <p className="lede">{t('startStep.lede')}</p>
      <ul className="start-notes">
        <li>
          <Volume2 aria-hidden="true" size={20} />
          <span>{t('startStep.voiceNote')}</span>
        </li>
        <li>
          <Pause aria-hidden="true" size={20} />
          <span>{t('startStep.pauseNote')}</span>
        </li>
      </ul>
      <p className="muted">{t('startStep.libraryNote')}</p>
      {error && (
        <p className="field-error" role="alert">
          {t('startStep.error', { error })}
        </p>
      )}
    </StepFrame>
  );
}
