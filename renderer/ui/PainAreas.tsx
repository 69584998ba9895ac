import { useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/use-translation';
import back from '../../assets/body-map/back.svg?raw';
import front from '../../assets/body-map/front.svg?raw';
import { BODY_AREAS, type BodyArea } from '../../content/vocabulary';
import { bodyAreaLabel } from '../i18n/vocabulary';
import './PainAreas.css';

// Both drawings use the same element ids; inlined side by side they must not clash.
const withoutIds = (svg: string) => svg.replace(/\s(id|aria-labelledby)="[^"]*"/g, '');
const FIGURES = [withoutIds(front), withoutIds(back)];
/** Every area but the whole body: "it hurts everywhere" is said by tapping them all. */
const AREAS: readonly BodyArea[] = BODY_AREAS.filter((area) => area !== 'whole-body');

/**
 * Where it hurts, at a check-in: tap the body map (front and back) or the named toggles
 * beside it, which are what the keyboard and screen readers use. Optional: nothing tapped
 * records no areas.
 */
export function PainAreas({
  value,
  onChange,
}: {
  value: readonly BodyArea[];
  onChange: (areas: BodyArea[]) => void;
}) {
  const { t } = useTranslation('ui');
  const figures = useRef<HTMLDivElement>(null);
  const chosen = value.join(',');

  // The drawings are static markup; lighting an area marks its region in place.
  useEffect(() => {
    const lit = new Set(chosen.split(','));
    for (const region of figures.current?.querySelectorAll<SVGElement>('[data-area]') ?? []) {
      if (lit.has(region.dataset.area ?? '')) region.setAttribute('data-lit', '');
      else region.removeAttribute('data-lit');
    }
  }, [chosen]);

  const toggle = (area: BodyArea) =>
    onChange(value.includes(area) ? value.filter((a) => a !== area) : [...value, area]);

  return (
    <fieldset className="field pain-areas">
      <legend>
        {t('painAreas.legend')} <span className="muted">{t('painAreas.optional')}</span>
      </legend>
      <div className="pain-areas-body">
        {/* A pointer shortcut to the toggles beside it, which carry the names. */}
        <div
          ref={figures}
          className="pain-areas-figures"
          aria-hidden="true"
          onClick={(event) => {
            const area = (event.target as Element).closest<SVGElement>('[data-area]')?.dataset
              .area as BodyArea | undefined;
            if (area && AREAS.includes(area)) toggle(area);
          }}
        >
          {FIGURES.map((svg, index) => (
            <div key={index} dangerouslySetInnerHTML={{ __html: svg }} />
          ))}
        </div>
        <div className="area-toggles pain-area-toggles">
          {AREAS.map((area) => (
            <label key={area} className="area-toggle">
              <input type="checkbox" checked={value.includes(area)} onChange={() => toggle(area)} />
              <span>{bodyAreaLabel(area)}</span>
            </label>
          ))}
        </div>
      </div>
    </fieldset>
  );
}
