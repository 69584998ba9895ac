import { afterEach, describe, expect, it } from 'vitest';
import { plan } from '../../../../content/planner';
import type { Routine } from '../../../../content/schema';
import { loadBuiltInContent } from '../../../../electron/routines/content-files';
import { changeLanguage } from '../../../../renderer/i18n/i18n';
import { planWording } from '../../../../renderer/routine/plan-wording';
import { CONTENT_DIR } from '../../support/repo-paths';

const { routines } = loadBuiltInContent(CONTENT_DIR);
const neck = routines.find((r) => r.id === 'neck-and-shoulders') as Routine;
const heat = routines.find((r) => r.steps.some((s) => s.technique === 'heat')) as Routine;

afterEach(async () => {
  await changeLanguage('en', 'en');
});

describe('the plan explained in the language shown', () => {
  it('says in German which steps an avoided area left out, a noun keeping its capital', async () => {
    await changeLanguage('de', 'de-DE');
    const { message } = plan(neck, { avoidAreas: ['neck'], wording: planWording() });
    expect(message).toMatch(/^Ausgelassen wegen der Bereiche, die du schonst: .+\(Nacken\)/);
  });

  it('gives the health reason in Spanish, in the step list and the message', async () => {
    await changeLanguage('es', 'es-ES');
    const planned = plan(heat, { protections: { noHeat: true }, wording: planWording() });
    const left = planned.omitted.find((o) => o.reason === 'health');
    expect(left?.why).toBe('sin calor sobre la piel dormida');
    expect(planned.message).toContain('Se deja fuera por lo que nos contaste sobre tu salud:');
  });

  it('joins a list and writes a length as the language does', async () => {
    await changeLanguage('es', 'es-ES');
    const wording = planWording();
    expect(wording.list(['cuello', 'hombros', 'mandíbula'])).toBe('cuello, hombros y mandíbula');
    expect(wording.tooShort(wording.length(330))).toBe(
      'Esta rutina necesita al menos 5 min 30 s con estas opciones. La duración más cercana es 5 min 30 s.',
    );
  });

  it('reads in English as the planner’s own words do, lists aside', () => {
    const ours = plan(neck, { avoidAreas: ['neck'], targetSeconds: 30, wording: planWording() });
    const planners = plan(neck, { avoidAreas: ['neck'], targetSeconds: 30 });
    const commas = (text?: string) => text?.replace(/,? and /g, ', ');
    expect(commas(ours.message)).toBe(commas(planners.message));
  });
});
