import { useTranslation } from '../i18n/use-translation';
import { formatLength } from '../i18n/format';
import { longestTarget, shortestTarget, sliderMaxMinutes, sliderMinMinutes } from './target-length';
import './LengthSlider.css';

/**
 * One length on screen: the slider runs only over lengths the routine can be, shows the
 * plan's own length (never the asked-for target beside a different plan), and marks the
 * routine's default where it sits on the scale.
 */
export function LengthSlider({
  planSeconds,
  shortestSeconds,
  longestSeconds,
  defaultSeconds,
  onChange,
}: {
  /** The length of the plan as it stands: what will play. */
  planSeconds: number;
  shortestSeconds: number;
  longestSeconds: number;
  defaultSeconds: number;
  onChange: (targetSeconds: number) => void;
}) {
  const { t } = useTranslation('routine');
  const min = sliderMinMinutes(shortestSeconds, longestSeconds);
  const max = sliderMaxMinutes(longestSeconds);
  const value = Math.min(max, Math.max(min, Math.round(planSeconds / 60)));
  const low = Math.min(shortestTarget(shortestSeconds), longestTarget(longestSeconds));
  const high = longestTarget(longestSeconds);
  const span = max - min;
  // Where the default sits along the track, as a share of it.
  const at = span > 0 ? Math.min(1, Math.max(0, (defaultSeconds / 60 - min) / span)) : 0;
  if (span <= 0) {
    return (
      <p className="field target-length">
        {t('lengthSlider.length')} <strong className="tabular">{formatLength(planSeconds)}</strong>
        <span className="muted"> {t('lengthSlider.oneLength')}</span>
      </p>
    );
  }
  return (
    <label className="field target-length">
      <span>
        {t('lengthSlider.length')}{' '}
        <strong className="tabular" aria-hidden="true">
          {formatLength(planSeconds)}
        </strong>
      </span>
      <input
        type="range"
        min={min}
        max={max}
        step={1}
        value={value}
        aria-valuetext={formatLength(planSeconds)}
        onChange={(e) => onChange(Number(e.target.value) * 60)}
      />
      <span className="length-scale muted" aria-hidden="true">
        <span>{formatLength(low)}</span>
        <span
          className="length-default"
          // The words lean inwards as much as the mark leans out (none at the left end, all
          // of their width at the right), so they stay on the card however long the language
          // makes them.
          style={{ left: `${at * 100}%`, transform: `translateX(${-at * 100}%)` }}
        >
          {t('lengthSlider.default', { length: formatLength(defaultSeconds) })}
        </span>
        <span>{formatLength(high)}</span>
      </span>
    </label>
  );
}
