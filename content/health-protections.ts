/**
 * What the first run asks about health, and what each answer changes. Pure data and one
 * function, shared by the planner (main and the routine screen), the first run and Settings.
 *
 * The answers come from the cautions of the techniques themselves: firm pressure and ball
 * rolling are to be avoided with blood thinners or a bleeding disorder, osteoporosis, or a
 * clot; heat never goes on numb skin; breath holds are skipped in pregnancy; pressure on the
 * legs is skipped with a clot or varicose veins.
 */
export const HEALTH_QUESTIONS = [
  {
    id: 'bleeding',
    label: 'I take blood thinners or have a bleeding disorder, or I bruise easily',
  },
  { id: 'osteoporosis', label: 'I have osteoporosis or fragile bones' },
  { id: 'clot', label: 'I have had a blood clot, or I have varicose veins' },
  { id: 'numbness', label: 'I have diabetes, neuropathy or areas of numb skin' },
  { id: 'pregnancy', label: 'I am pregnant' },
] as const;

export type HealthAnswer = (typeof HEALTH_QUESTIONS)[number]['id'];
export const HEALTH_ANSWERS: readonly HealthAnswer[] = HEALTH_QUESTIONS.map((q) => q.id);

export interface Protections {
  /** Gentle by default: no firm pressure, deep tissue, trigger points or ball rolling. */
  gentle: boolean;
  /** Heat steps are left out. */
  noHeat: boolean;
  /** Breathing patterns run without their holds. */
  noBreathHolds: boolean;
  /** Pressure steps on the legs and feet are left out. */
  noPressureOnLegs: boolean;
}

/** The protections the answers ask for. */
export function protectionsFor(answers: readonly HealthAnswer[]): Protections {
  const has = (id: HealthAnswer): boolean => answers.includes(id);
  return {
    gentle: has('bleeding') || has('osteoporosis') || has('clot') || has('pregnancy'),
    noHeat: has('numbness'),
    noBreathHolds: has('pregnancy'),
    noPressureOnLegs: has('clot'),
  };
}

/** Why each protection leaves a step out, in the words the routine screen shows. */
export const PROTECTION_REASONS = {
  noHeat: 'no heat on numb skin',
  noPressureOnLegs: 'no pressure on the legs with a clot or varicose veins',
} as const;

/**
 * The plan options that come from the user's settings rather than the routine screen:
 * narration detail and the health protections. Main and the routine preview both use it,
 * so the preview is what will play.
 */
export function planSettings(settings: {
  narrationDetail: 'full' | 'cues';
  healthAnswers: readonly HealthAnswer[];
}): {
  narrationDetail: 'full' | 'cues';
  protections: Omit<Protections, 'gentle'>;
} {
  const { noHeat, noBreathHolds, noPressureOnLegs } = protectionsFor(settings.healthAnswers);
  return {
    narrationDetail: settings.narrationDetail,
    protections: { noHeat, noBreathHolds, noPressureOnLegs },
  };
}
