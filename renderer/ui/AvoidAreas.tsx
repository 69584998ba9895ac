import { DESK_BODY_AREAS } from '../../content/vocabulary';
import { bodyAreaLabel } from '../i18n/vocabulary';
import type { ReactNode } from 'react';
import type { BodyArea } from '../../content/vocabulary';

/** The desk body areas as toggles: the areas to avoid, and where it hurts most (Settings, first run). */
export function AvoidAreas({
  legend,
  value,
  onChange,
  children,
}: {
  legend: string;
  value: readonly BodyArea[];
  onChange: (areas: BodyArea[]) => void;
  children?: ReactNode;
}) {
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      {children}
      <div className="area-toggles">
        {DESK_BODY_AREAS.map((area) => (
          <label key={area} className="area-toggle">
            <input
              type="checkbox"
              checked={value.includes(area)}
              onChange={(e) =>
                onChange(e.target.checked ? [...value, area] : value.filter((a) => a !== area))
              }
            />
            <span>{bodyAreaLabel(area)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
