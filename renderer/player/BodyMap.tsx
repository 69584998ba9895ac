import { memo, useEffect, useId, useRef } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { TFunction } from 'i18next';
import back from '../../assets/body-map/back.svg?raw';
import front from '../../assets/body-map/front.svg?raw';
import type { MoveMark } from '../../content/move-marks';
import type { BodyArea } from '../../content/vocabulary';
import { bodyAreaLabel, inSentence } from '../i18n/vocabulary';
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

const NO_MARKS: readonly MoveMark[] = [];
const ARROW_LENGTH = 9;
const ARROW_HALF_WIDTH = 5;

function svgElement(name: string, attributes: Record<string, string>): SVGElement {
  const element = document.createElementNS(SVG_NS, name);
  for (const [attribute, value] of Object.entries(attributes)) {
    element.setAttribute(attribute, value);
  }
  return element;
}

/** What the marks show, for a screen reader: "Shown: a point to press or rest on." */
function marksInWords(marks: readonly MoveMark[], t: TFunction<'player'>): string {
  const counts = new Map<MoveMark['kind'], number>();
  for (const mark of marks) counts.set(mark.kind, (counts.get(mark.kind) ?? 0) + 1);
  const words = [...counts].map(([kind, count]) => t(`bodyMap.marks.${kind}`, { count }));
  return words.length > 0 ? t('bodyMap.shown', { marks: words.join(', ') }) : '';
}

/** A point as a dot; a path as a line with its arrowhead on the last point. */
function drawMarks(marks: readonly MoveMark[]): SVGElement {
  const group = svgElement('g', { class: 'move-marks' });
  for (const mark of marks) {
    if (mark.kind === 'point') {
      const [cx, cy] = mark.at;
      group.append(svgElement('circle', { class: 'mark-point', cx: `${cx}`, cy: `${cy}`, r: '5' }));
      continue;
    }
    const points = mark.path;
    group.append(
      svgElement('polyline', {
        class: `mark-path mark-${mark.kind}`,
        points: points.map(([x, y]) => `${x},${y}`).join(' '),
      }),
    );
    const [x1, y1] = points[points.length - 2] ?? points[0] ?? [0, 0];
    const [x2, y2] = points[points.length - 1] ?? [0, 0];
    const length = Math.hypot(x2 - x1, y2 - y1) || 1;
    const [ux, uy] = [(x2 - x1) / length, (y2 - y1) / length];
    const [bx, by] = [x2 - ux * ARROW_LENGTH, y2 - uy * ARROW_LENGTH];
    const corners = [
      [x2, y2],
      [bx - uy * ARROW_HALF_WIDTH, by + ux * ARROW_HALF_WIDTH],
      [bx + uy * ARROW_HALF_WIDTH, by - ux * ARROW_HALF_WIDTH],
    ];
    group.append(
      svgElement('polygon', {
        class: `mark-head mark-${mark.kind}`,
        points: corners.map(([x, y]) => `${x?.toFixed(1)},${y?.toFixed(1)}`).join(' '),
      }),
    );
  }
  return group;
}

/**
 * Front and back outlines with the areas the step works on lit; with a side, only that
 * side's half is lit, so the map agrees with the badge and the voice.
 */
export const BodyMap = memo(function BodyMap({
  areas,
  side = null,
  marks = NO_MARKS,
}: {
  areas: readonly BodyArea[];
  side?: 'left' | 'right' | null;
  /** Where and how to work (content/move-marks.ts), already on the side being worked. */
  marks?: readonly MoveMark[];
}) {
  const { t } = useTranslation('player');
  const ref = useRef<HTMLDivElement>(null);
  const clipId = useId().replace(/:/g, '');
  const key = areas.join(',');

  useEffect(() => {
    const lit = new Set(key.split(','));
    const everywhere = lit.has('whole-body');
    const figures = ref.current?.querySelectorAll<SVGSVGElement>('svg') ?? [];
    figures.forEach((svg, index) => {
      const view = index === 0 ? 'front' : 'back';
      svg.querySelectorAll('.lit-half, defs.side-clip, .move-marks').forEach((old) => old.remove());
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
      const drawn = marks.filter((mark) => mark.view === view);
      if (drawn.length > 0) svg.append(drawMarks(drawn));
    });
  }, [key, side, clipId, marks]);

  const parts = areas.map((area) => inSentence(bodyAreaLabel(area))).join(', ');
  const how = marksInWords(marks, t);
  const where = side
    ? t(side === 'left' ? 'bodyMap.worksOnLeft' : 'bodyMap.worksOnRight', { areas: parts })
    : t('bodyMap.worksOn', { areas: parts });
  const label = areas.length
    ? how
      ? t('bodyMap.withMarks', { where, marks: how })
      : where
    : t('bodyMap.label');
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
