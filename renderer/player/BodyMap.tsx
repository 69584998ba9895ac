import { useEffect, useRef } from 'react';
import back from '../../assets/body-map/back.svg?raw';
import front from '../../assets/body-map/front.svg?raw';
import { BODY_AREA_LABELS, type BodyArea } from '../../content/vocabulary';
import './BodyMap.css';

// Both drawings use the same element ids; inlined side by side they must not clash.
const withoutIds = (svg: string) => svg.replace(/\s(id|aria-labelledby)="[^"]*"/g, '');
const FRONT = withoutIds(front);
const BACK = withoutIds(back);

/** Front and back outlines with the areas the step works on lit. */
export function BodyMap({ areas }: { areas: readonly BodyArea[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = areas.join(',');

  useEffect(() => {
    const lit = new Set(key.split(','));
    const everywhere = lit.has('whole-body');
    for (const region of ref.current?.querySelectorAll<SVGElement>('[data-area]') ?? []) {
      if (everywhere || lit.has(region.dataset.area ?? '')) region.setAttribute('data-lit', '');
      else region.removeAttribute('data-lit');
    }
  }, [key]);

  const label = areas.length
    ? `Works on: ${areas.map((area) => BODY_AREA_LABELS[area].toLowerCase()).join(', ')}`
    : 'Body map';
  return (
    <figure className="body-map" role="img" aria-label={label}>
      {/* The SVGs are our own static files: outlines and named regions, no scripts. */}
      <div ref={ref} className="body-map-figures" aria-hidden="true">
        <div dangerouslySetInnerHTML={{ __html: FRONT }} />
        <div dangerouslySetInnerHTML={{ __html: BACK }} />
      </div>
    </figure>
  );
}
