import { useTranslation } from '../i18n/use-translation';
import './PainScale.css';

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
/** The scores that carry words, and the catalog key of each. */
const WORDS = { 0: 'noPain', 5: 'moderate', 10: 'worst' } as const;
const wordOf = (score: number) =>
  score === 0 || score === 5 || score === 10 ? WORDS[score] : undefined;

/**
 * The 0–10 numeric rating scale as clinicians give it: eleven numbers, words at 0, 5 and 10,
 * and nothing chosen until the user chooses (a preset score would be recorded unasked).
 * Native radio buttons, so arrow keys move along the scale and screen readers name it.
 */
export function PainScale({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number | null;
  onChange: (score: number) => void;
}) {
  const { t } = useTranslation('ui');
  return (
    <fieldset className="field pain-scale">
      <legend>
        {label}
        {value === null ? (
          <span className="muted"> · {t('painScale.notChosen')}</span>
        ) : (
          <strong className="tabular"> · {value}</strong>
        )}
      </legend>
      <div className="pain-buttons">
        {SCORES.map((score) => {
          const word = wordOf(score);
          return (
            <label key={score} className={value === score ? 'pain-button chosen' : 'pain-button'}>
              <input
                type="radio"
                name={label}
                value={score}
                checked={value === score}
                aria-label={
                  word
                    ? t('painScale.scoreWithWord', { score, word: t(`painScale.words.${word}`) })
                    : String(score)
                }
                onChange={() => onChange(score)}
              />
              <span aria-hidden="true">{score}</span>
            </label>
          );
        })}
      </div>
      <span className="pain-words muted" aria-hidden="true">
        {([0, 5, 10] as const).map((score) => (
          <span key={score}>
            {score} {t(`painScale.words.${WORDS[score]}`)}
          </span>
        ))}
      </span>
    </fieldset>
  );
}
