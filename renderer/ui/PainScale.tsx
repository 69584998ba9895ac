import './PainScale.css';

/** The 0–10 numeric rating scale with words at 0, 5 and 10, as clinicians use it. */
export function PainScale({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number;
  onChange: (score: number) => void;
}) {
  return (
    <label className="field pain-scale">
      <span>
        {label}{' '}
        <strong className="tabular" aria-hidden="true">
          {value}
        </strong>
      </span>
      <input
        type="range"
        min={0}
        max={10}
        step={1}
        value={value}
        aria-valuetext={`${value} out of 10`}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      <span className="pain-words muted" aria-hidden="true">
        <span>0 No pain</span>
        <span>5 Moderate</span>
        <span>10 Worst imaginable</span>
      </span>
    </label>
  );
}
