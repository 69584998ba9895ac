import type { Step } from '../../../content/schema';

/**
 * One step with the boilerplate filled in, for the step timeline's tests: what a test cares
 * about is what it passes (the technique always; lengths, sides, narration as it needs).
 */
export function stepOf(fields: Pick<Step, 'technique'> & Partial<Step>): Step {
  return {
    id: 'step',
    title: 'Step',
    bodyAreas: ['neck'],
    sides: 'both',
    optional: false,
    priority: 1,
    firm: false,
    repeatable: false,
    illustration: 'step',
    caption: 'A step.',
    seconds: { min: 10, default: 60, max: 1200 },
    narration: { intro: 'Settle in.', cues: [], outro: 'Let go.' },
    ...fields,
  };
}
