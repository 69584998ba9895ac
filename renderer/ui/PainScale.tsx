import './PainScale.css';

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
const WORDS: Partial<Record<number, string>> = {
  0: 'No pain',
  5: 'Moderate',
  10: 'Worst imaginable',
};

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
  return (
    <fieldset className="field pain-scale">
      <legend>
        {label}
        {value === null ? (
          <span className="muted"> · not chosen</span>
        ) : (
          <strong className="tabular"> · {value}</strong>
        )}
      </legend>
      <div className="pain-buttons">
        {SCORES.map((score) => (
          <label key={score} className={value === score ? 'pain-button chosen' : 'pain-button'}>
            <input
              type="radio"
              name={label}
              value={score}
              checked={value === score}
              aria-label={WORDS[score] ? `${score}, ${WORDS[score]}` : String(score)}
              onChange={() => onChange(score)}
            />
            <span aria-hidden="true">{score}</span>
          </label>
        ))}
      </div>
      <span className="pain-words muted" aria-hidden="true">
        <span>0 No pain</span>
        <span>5 Moderate</span>
        <span>10 Worst imaginable</span>
      </span>
    </fieldset>
  );
}
