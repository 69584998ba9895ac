import { memo, useEffect, useId, useRef } from 'react';
import back from '../../assets/body-map/back.svg?raw';
import front from '../../assets/body-map/front.svg?raw';
import { BODY_AREA_LABELS, type BodyArea } from '../../content/vocabulary';
import './BodyMap.css';

// Both drawings use the same element ids; inlined side by side they must not clash.
const withoutIds = (svg: string) => svg.replace(/\s(id|aria-labelledby)="[^"]*"/g, '');
const FRONT = withoutIds(front);
const BACK = withoutIds(back);

const SVG_NS = 'http://www.w3.org/2000/svg';
// Both drawings are 200 wide with the body's midline at x = 100. Seen from the front the
// person's left is on the viewer's right; seen from the back it is on the viewer's left.
const HALF_X: Record<'front' | 'back', Record<'left' | 'right', number>> = {
  front: { left: 100, right: 0 },
  back: { left: 0, right: 100 },
};

/**
 * Front and back outlines with the areas the step works on lit; with a side, only that
 * side's half is lit, so the map agrees with the badge and the voice.
 */
export const BodyMap = memo(function BodyMap({
  areas,
  side = null,
}: {
  areas: readonly BodyArea[];
  side?: 'left' | 'right' | null;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const clipId = useId().replace(/:/g, '');
  const key = areas.join(',');

  useEffect(() => {
    const lit = new Set(key.split(','));
    const everywhere = lit.has('whole-body');
    const figures = ref.current?.querySelectorAll<SVGSVGElement>('svg') ?? [];
    figures.forEach((svg, index) => {
      const view = index === 0 ? 'front' : 'back';
      svg.querySelectorAll('.lit-half, defs.side-clip').forEach((old) => old.remove());
      let clip: string | null = null;
      if (side) {
        clip = `${clipId}-${view}`;
        const defs = document.createElementNS(SVG_NS, 'defs');
        defs.setAttribute('class', 'side-clip');
        const path = document.createElementNS(SVG_NS, 'clipPath');
        path.setAttribute('id', clip);
        const rect = document.createElementNS(SVG_NS, 'rect');
        rect.setAttribute('x', String(HALF_X[view][side]));
        rect.setAttribute('y', '0');
        rect.setAttribute('width', '100');
        rect.setAttribute('height', '10000');
        path.append(rect);
        defs.append(path);
        svg.prepend(defs);
      }
      for (const region of svg.querySelectorAll<SVGElement>('[data-area]')) {
        const on = everywhere || lit.has(region.dataset.area ?? '');
        region.removeAttribute('data-lit');
        if (!on) continue;
        if (!clip) {
          region.setAttribute('data-lit', '');
          continue;
        }
        // A lit copy clipped to one half over the unlit whole keeps the outline intact.
        const half = region.cloneNode(true) as SVGElement;
        half.setAttribute('class', `${region.getAttribute('class') ?? ''} lit-half`);
        half.setAttribute('data-lit', '');
        half.setAttribute('clip-path', `url(#${clip})`);
        region.after(half);
      }
    });
  }, [key, side, clipId]);

  const parts = areas.map((area) => BODY_AREA_LABELS[area].toLowerCase()).join(', ');
  const label = areas.length ? `Works on: ${side ? `${side} side, ` : ''}${parts}` : 'Body map';
  return (
    <figure className="body-map" role="img" aria-label={label}>
      {/* The SVGs are our own static files: outlines and named regions, no scripts. */}
      <div ref={ref} className="body-map-figures" aria-hidden="true">
        <div dangerouslySetInnerHTML={{ __html: FRONT }} />
        <div dangerouslySetInnerHTML={{ __html: BACK }} />
      </div>
    </figure>
  );
});
