import { memo } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { POSES, poseFor } from '../../content/poses';
import type uiCatalog from '../locales/en/ui.json';
import './PoseDrawing.css';

/** A pose key of content/poses.ts, which is also its description's key in the catalog. */
type PoseKey = keyof (typeof uiCatalog)['poseDrawing']['alt'];

// A dozen small line drawings, part of the player's chunk rather than fetched one by one.
const DRAWINGS = import.meta.glob<string>('../../assets/poses/*.svg', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const drawingOf = (pose: string): string | undefined => DRAWINGS[`../../assets/poses/${pose}.svg`];

/**
 * The position a step is done in, as a simple line drawing coloured by the theme. Drawn for
 * the person's left side; for the right it is mirrored, so the picture agrees with the voice.
 * A step without a good drawing shows none (the body map's marks still say where and how).
 */
export const PoseDrawing = memo(function PoseDrawing({
  illustration,
  side,
}: {
  illustration: string;
  side: 'left' | 'right' | null;
}) {
  const { t } = useTranslation('ui');
  const pose = poseFor(illustration);
  const svg = pose ? drawingOf(pose) : undefined;
  if (!pose || !svg) return null;
  return (
    <figure
      className={side === 'right' ? 'pose-drawing mirrored' : 'pose-drawing'}
      role="img"
      aria-label={t(`poseDrawing.alt.${pose as PoseKey}`, { defaultValue: POSES[pose]?.alt ?? '' })}
      data-pose={pose}
    >
      {/* Our own static files, checked by the content tests: strokes only, no scripts. */}
      <div aria-hidden="true" dangerouslySetInnerHTML={{ __html: svg }} />
    </figure>
  );
});
