import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBuiltInRoutines, parseTechniques } from '../../../content/library';
import { clipsByText, type NarrationManifest } from '../../../content/narration-manifest';
import { plan } from '../../../content/planner';
import {
  DESK_BODY_AREAS,
  RoutineSchema,
  TECHNIQUE_IDS,
  defaultRoutineSeconds,
  sideFactor,
  type GentleVariant,
  type Routine,
  type Step,
  type Technique,
  type TechniqueId,
} from '../../../content/schema';
import { CONTENT_DIR } from '../support/repo-paths';

/**
 * The built-in library is content, and content is tested: schema-valid, every technique and
 * desk body area covered, timings inside each technique's clinical bounds, safety lines where
 * pressure is used, and narration written for the ear that never promises a cure.
 */

const ROUTINES_DIR = join(CONTENT_DIR, 'routines');
const manifest = JSON.parse(
  readFileSync(join(CONTENT_DIR, '..', 'assets', 'narration', 'manifest.json'), 'utf8'),
) as NarrationManifest;
const clip = clipsByText(manifest);
const clipSeconds = (text: string): number | undefined => clip(text)?.seconds;

const routineFiles = readdirSync(ROUTINES_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({
    name,
    json: JSON.parse(readFileSync(join(ROUTINES_DIR, name), 'utf8')) as unknown,
  }));
const routines: Routine[] = parseBuiltInRoutines(routineFiles);
const techniques: Technique[] = parseTechniques(
  JSON.parse(readFileSync(join(CONTENT_DIR, 'techniques.json'), 'utf8')) as unknown,
);

function technique(id: TechniqueId): Technique {
  const found = techniques.find((t) => t.id === id);
  if (!found) throw new Error(`no technique entry for ${id}`);
  return found;
}

function routine(id: string): Routine {
  const found = routines.find((r) => r.id === id);
  if (!found) throw new Error(`no built-in routine ${id}`);
  return found;
}

/** A step or a gentle variant, with a label for failure messages. */
interface Body {
  label: string;
  routine: Routine;
  body: Step | GentleVariant;
}

const steps: { label: string; routine: Routine; step: Step }[] = routines.flatMap((r) =>
  r.steps.map((step) => ({ label: `${r.id}/${step.id}`, routine: r, step })),
);
const bodies: Body[] = steps.flatMap(({ label, routine: r, step }) => [
  { label, routine: r, body: step },
  ...(step.gentleVariant
    ? [{ label: `${label} (gentle variant)`, routine: r, body: step.gentleVariant }]
    : []),
]);

function spokenLines(body: Step | GentleVariant): string[] {
  const { intro, cues, outro } = body.narration;
  return [intro, ...cues.map((cue) => cue.text), outro];
}

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length;
}

const SAFETY_LINE = (text: string): boolean =>
  /\bsharp\b/i.test(text) &&
  /\bnumb/i.test(text) &&
  /\btingl/i.test(text) &&
  /\bease off\b/i.test(text);

describe('built-in library', () => {
  it('ships at least fourteen routines, each valid against the routine schema', () => {
    expect(routines.length).toBeGreaterThanOrEqual(14);
    expect(routineFiles).toHaveLength(routines.length);
    for (const file of routineFiles) {
      const result = RoutineSchema.safeParse(file.json);
      expect(result.success, `${file.name}: ${result.error?.message ?? ''}`).toBe(true);
    }
  });

  it('names every routine file after its routine id', () => {
    expect(routineFiles.map((f) => f.name).sort()).toEqual(
      routines.map((r) => `${r.id}.json`).sort(),
    );
  });

  it('describes every technique exactly once', () => {
    expect(techniques.map((t) => t.id).sort()).toEqual([...TECHNIQUE_IDS].sort());
  });

  it('cites at least one https source for every technique', () => {
    for (const t of techniques) {
      expect(t.sources.length, t.id).toBeGreaterThan(0);
      for (const url of t.sources) expect(url, t.id).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\//);
    }
  });

  it('gives every routine a unique id and every step a unique id within its routine', () => {
    const ids = routines.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of routines) {
      const stepIds = r.steps.map((s) => s.id);
      expect(new Set(stepIds).size, r.id).toBe(stepIds.length);
    }
  });

  it('uses kebab-case illustration keys', () => {
    for (const { label, body } of bodies) {
      expect(body.illustration, label).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});

describe('coverage', () => {
  it('uses every technique in at least two routines', () => {
    for (const id of TECHNIQUE_IDS) {
      const using = routines.filter((r) => r.steps.some((s) => s.technique === id));
      expect(
        using.length,
        `${id} is used by ${using.map((r) => r.id).join(', ')}`,
      ).toBeGreaterThanOrEqual(2);
    }
  });

  it('works on every desk body area in at least one routine', () => {
    const covered = new Set(routines.flatMap((r) => r.steps.flatMap((s) => s.bodyAreas)));
    for (const area of DESK_BODY_AREAS) expect(covered.has(area), area).toBe(true);
  });

  it.each([
    ['neck-and-shoulders', /neck/i],
    ['tension-headache', /headache/i],
    ['typing-forearms-and-hands', /typing|forearm/i],
    ['arthritis-friendly-hands', /arthritis/i],
    ['low-back-at-the-desk', /low back/i],
    ['upper-back', /upper back/i],
    ['hips-for-sitters', /hip/i],
    ['feet-under-the-desk', /foot|feet|plantar/i],
    ['jaw-release', /jaw/i],
    ['fibromyalgia-gentle', /fibromyalgia/i],
    ['flare-up-breathing', /flare/i],
    ['body-scan', /pain|stress/i],
    ['evening-heat-wind-down', /evening|unwinding/i],
    ['three-minute-reset', /stiffness|tension/i],
  ])('has a %s routine that names its condition', (id, condition) => {
    const r = routine(id);
    expect(
      r.conditions.some((c) => condition.test(c)),
      `${id}: ${r.conditions.join(', ')}`,
    ).toBe(true);
  });

  it('names at least one condition for every routine', () => {
    for (const r of routines) expect(r.conditions.length, r.id).toBeGreaterThan(0);
  });

  it('guides a body scan of ten to fifteen minutes', () => {
    const scan = routine('body-scan').steps.find((s) => s.illustration === 'body-scan');
    expect(scan?.technique).toBe('meditation');
    expect(scan?.seconds.min).toBeGreaterThanOrEqual(600);
    expect(scan?.seconds.max).toBeLessThanOrEqual(900);
  });

  it('builds the evening wind-down around heat', () => {
    expect(routine('evening-heat-wind-down').steps.some((s) => s.technique === 'heat')).toBe(true);
  });

  it('starts the arthritis-friendly hands routine with warmth, then gentle movement', () => {
    const r = routine('arthritis-friendly-hands');
    expect(r.steps[0]?.technique).toBe('heat');
    expect(r.steps.some((s) => s.technique === 'movement')).toBe(true);
    expect(r.steps.some((s) => s.firm)).toBe(false);
  });
});

describe('timing', () => {
  it('runs every routine between three and twenty minutes at its default length', () => {
    for (const r of routines) {
      const seconds = defaultRoutineSeconds(r);
      expect(seconds, r.id).toBeGreaterThanOrEqual(180);
      expect(seconds, r.id).toBeLessThanOrEqual(1200);
    }
  });

  it('spans from a three-minute reset to a twenty-minute session', () => {
    const lengths = routines.map((r) => defaultRoutineSeconds(r));
    expect(Math.min(...lengths)).toBe(180);
    expect(Math.max(...lengths)).toBeGreaterThanOrEqual(1140);
  });

  it('makes the three-minute reset last three minutes by default', () => {
    expect(defaultRoutineSeconds(routine('three-minute-reset'))).toBe(180);
  });

  it("keeps every step's min, default and max inside its technique's bounds, doubled for each side", () => {
    for (const { label, body } of bodies) {
      const t = technique(body.technique);
      const factor = sideFactor(body.sides);
      expect(body.seconds.min, `${label} min`).toBeGreaterThanOrEqual(t.minSeconds * factor);
      expect(body.seconds.max, `${label} max`).toBeLessThanOrEqual(t.maxSeconds * factor);
      expect(body.seconds.min, label).toBeLessThanOrEqual(body.seconds.default);
      expect(body.seconds.default, label).toBeLessThanOrEqual(body.seconds.max);
    }
  });

  it('states lengths the planner keeps: each step within the bounds its lines and holds need', () => {
    // The planner narrows a step to what its lines and holds need (step-timeline.ts); the
    // content says the same, so the numbers in the files are the numbers that play.
    for (const r of routines) {
      const planned = plan(r, { clipSeconds });
      for (const step of planned.steps) {
        const source = r.steps.find((s) => s.id === step.stepId)!;
        const label = `${r.id}/${step.stepId}`;
        expect(source.seconds.min, `${label} min`).toBeGreaterThanOrEqual(step.minSeconds);
        expect(source.seconds.max, `${label} max`).toBeLessThanOrEqual(step.maxSeconds);
      }
    }
  });

  it('never applies heat for more than twenty minutes in one step', () => {
    expect(technique('heat').maxSeconds).toBeLessThanOrEqual(1200);
    for (const { label, body } of bodies.filter((b) => b.body.technique === 'heat')) {
      expect(body.seconds.max, label).toBeLessThanOrEqual(1200);
    }
  });

  it('keeps technique bounds true to their clinical parameters', () => {
    expect(technique('trigger-point')).toMatchObject({ minSeconds: 30, maxSeconds: 90 });
    expect(technique('myofascial-release').minSeconds).toBeGreaterThanOrEqual(90);
    expect(technique('self-myofascial-rolling')).toMatchObject({ minSeconds: 30, maxSeconds: 120 });
    expect(technique('stretching').minSeconds).toBe(15);
    expect(technique('stretching').maxSeconds).toBeLessThanOrEqual(120);
    expect(technique('meditation').maxSeconds).toBeGreaterThanOrEqual(900);
    for (const t of techniques) expect(t.minSeconds, t.id).toBeLessThan(t.maxSeconds);
  });

  it('runs the four-seven-eight breath for four rounds at most', () => {
    const patterns = bodies.filter(({ body }) => body.breathing?.holdIn === 7);
    expect(patterns.length).toBeGreaterThan(0);
    for (const { label, body } of patterns) {
      expect(body.breathing, label).toMatchObject({ inhale: 4, holdIn: 7, exhale: 8 });
      expect(body.breathing!.maxRounds, label).toBeLessThanOrEqual(4);
    }
  });
});

describe('cues', () => {
  it('switches sides exactly halfway through every step done on each side', () => {
    for (const { label, body } of bodies.filter((b) => b.body.sides === 'each')) {
      const switches = body.narration.cues.filter((cue) => cue.kind === 'switch-sides');
      expect(
        switches.map((cue) => cue.at),
        label,
      ).toEqual([0.5]);
    }
  });

  it('only switches sides on steps done on each side', () => {
    for (const { label, body } of bodies.filter((b) => b.body.sides !== 'each')) {
      expect(
        body.narration.cues.some((cue) => cue.kind === 'switch-sides'),
        label,
      ).toBe(false);
    }
  });

  it('keeps the number of cues modest', () => {
    for (const { label, body } of bodies) {
      const cues = body.narration.cues;
      // guidance and safety lines: about one per twenty seconds, at least two allowed
      const talk = cues.filter((cue) => cue.kind === 'guidance' || cue.kind === 'ease-pressure');
      expect(talk.length, label).toBeLessThanOrEqual(
        Math.max(2, Math.floor(body.seconds.default / 20)),
      );
      // a step of two minutes or less never needs more than four cues in all
      if (body.seconds.default <= 120) expect(cues.length, label).toBeLessThanOrEqual(4);
    }
  });

  it('paces every meditation step with a breath cue or a breathing pattern', () => {
    for (const { label, body } of bodies.filter((b) => b.body.technique === 'meditation')) {
      expect(
        body.breathing !== undefined || body.narration.cues.some((cue) => cue.kind === 'breath'),
        label,
      ).toBe(true);
    }
  });

  it('paces slow breathing at six breaths a minute as a pattern, never as a repeated sentence', () => {
    const paced = bodies.filter(
      ({ body }) => body.breathing?.inhale === 5 && body.breathing.exhale === 5,
    );
    expect(paced.length).toBeGreaterThanOrEqual(5);
    expect(routine('flare-up-breathing').steps.some((s) => s.breathing?.inhale === 5)).toBe(true);
    for (const { label, body } of bodies) {
      for (const cue of body.narration.cues) expect(cue.every, label).toBeUndefined();
    }
  });
});

describe('safety', () => {
  it('marks exactly the hands-on techniques as pressure techniques', () => {
    const pressure = techniques
      .filter((t) => t.pressure)
      .map((t) => t.id)
      .sort();
    expect(pressure).toEqual(
      [
        'deep-tissue',
        'myofascial-release',
        'self-myofascial-rolling',
        'swedish',
        'trigger-point',
      ].sort(),
    );
  });

  it('tells you to ease off if it is sharp, numb or tingling in every pressure step and variant', () => {
    for (const { label, body } of bodies.filter((b) => technique(b.body.technique).pressure)) {
      const lines = [
        body.narration.intro,
        ...body.narration.cues.filter((cue) => cue.kind === 'ease-pressure').map((cue) => cue.text),
      ];
      expect(lines.some(SAFETY_LINE), label).toBe(true);
    }
  });

  it('warns to take heat away if it feels too hot, whenever a pack, bottle, cloth or water is used', () => {
    const heated = bodies.filter(
      ({ body }) =>
        body.technique === 'heat' && /pack|bottle|cloth|water|bag/i.test(body.narration.intro),
    );
    expect(heated.length).toBeGreaterThanOrEqual(2);
    for (const { label, body } of heated) {
      expect(
        spokenLines(body).some((line) => /too hot/i.test(line)),
        label,
      ).toBe(true);
    }
    for (const r of routines.filter((x) =>
      x.steps.some((s) => /pack|bottle/i.test(s.narration.intro) && s.technique === 'heat'),
    )) {
      expect(
        r.cautions.some((c) => /cloth/i.test(c)),
        r.id,
      ).toBe(true);
    }
  });

  it('marks every deep-tissue step firm', () => {
    for (const { label, step } of steps.filter((s) => s.step.technique === 'deep-tissue')) {
      expect(step.firm, label).toBe(true);
    }
  });

  it('offers a lighter gentle variant for every firm step', () => {
    const firm = steps.filter((s) => s.step.firm);
    expect(firm.length).toBeGreaterThan(0);
    for (const { label, step } of firm) {
      expect(step.gentleVariant, label).toBeDefined();
      expect(['deep-tissue', 'trigger-point'], label).not.toContain(step.gentleVariant?.technique);
    }
  });

  it('never nests firm work inside a gentle variant or a gentle routine', () => {
    for (const r of routines.filter((x) => x.intensity === 'gentle')) {
      for (const s of r.steps) {
        expect(s.firm, `${r.id}/${s.id}`).toBe(false);
        expect(s.technique, `${r.id}/${s.id}`).not.toBe('deep-tissue');
      }
    }
  });

  it('keeps the fibromyalgia routine to gentle movement and breathing only', () => {
    const r = routine('fibromyalgia-gentle');
    expect(r.intensity).toBe('gentle');
    for (const s of r.steps) {
      expect(['movement', 'meditation'], s.id).toContain(s.technique);
      expect(s.firm, s.id).toBe(false);
      expect(s.gentleVariant, s.id).toBeUndefined();
    }
  });

  it('follows every trigger-point hold with a stretch or movement of the same area', () => {
    for (const r of routines) {
      r.steps.forEach((s, i) => {
        if (s.technique !== 'trigger-point') return;
        const next = r.steps[i + 1];
        expect(next, `${r.id}/${s.id} is the last step`).toBeDefined();
        expect(['stretching', 'movement'], `${r.id}/${s.id}`).toContain(next?.technique);
        expect(
          next?.bodyAreas.some((area) => s.bodyAreas.includes(area)),
          `${r.id}/${s.id} -> ${next?.id}`,
        ).toBe(true);
      });
    }
  });

  it('carries cautions in every routine', () => {
    for (const r of routines) expect(r.cautions.length, r.id).toBeGreaterThan(0);
  });

  it('keeps at least one required step and at most three optional ones, ranked two to five', () => {
    for (const r of routines) {
      expect(
        r.steps.some((s) => !s.optional),
        r.id,
      ).toBe(true);
      const optional = r.steps.filter((s) => s.optional);
      expect(optional.length, r.id).toBeGreaterThanOrEqual(1);
      expect(optional.length, r.id).toBeLessThanOrEqual(3);
      for (const s of optional) {
        expect(s.priority, `${r.id}/${s.id}`).toBeGreaterThanOrEqual(2);
        expect(s.priority, `${r.id}/${s.id}`).toBeLessThanOrEqual(5);
      }
    }
  });

  it('lets most movement and stretching steps repeat', () => {
    const active = steps.filter((s) => ['movement', 'stretching'].includes(s.step.technique));
    const repeatable = active.filter((s) => s.step.repeatable);
    expect(repeatable.length / active.length).toBeGreaterThan(0.75);
    for (const { label, step } of steps.filter((s) => s.step.repeatable)) {
      expect(['movement', 'stretching'], label).toContain(step.technique);
    }
  });
});

describe('narration', () => {
  const allText = (): { where: string; text: string }[] => [
    ...techniques.flatMap((t) =>
      [t.name, t.description, t.atDesk, ...t.cautions, ...Object.values(t.parameters)].map(
        (text) => ({ where: `technique ${t.id}`, text }),
      ),
    ),
    ...routines.flatMap((r) =>
      [r.title, r.summary, ...r.conditions, ...r.cautions].map((text) => ({ where: r.id, text })),
    ),
    ...bodies.flatMap(({ label, body }) =>
      [body.title, body.caption, ...spokenLines(body)].map((text) => ({ where: label, text })),
    ),
  ];

  it('never promises a cure: no "cure", "heal" or "fix" anywhere in the content', () => {
    const offending = allText().filter(({ text }) => /\b(cure|heal|fix)\b/i.test(text));
    expect(offending).toEqual([]);
  });

  it('is written for the ear: no digits, symbols, exclamation marks or abbreviations', () => {
    for (const { label, body } of bodies) {
      for (const line of spokenLines(body)) {
        expect(line, label).toMatch(/^[A-Za-z ,.;:'?-]+$/);
        expect(line, label).not.toMatch(
          /(^|[\s,.;:?])(s|sec|secs|min|mins|approx|etc|eg|ie|vs)\b/i,
        );
      }
    }
  });

  it('keeps intros to twenty-five words and cues and outros to fifteen', () => {
    for (const { label, body } of bodies) {
      const { intro, cues, outro } = body.narration;
      expect(words(intro), `${label}: "${intro}"`).toBeLessThanOrEqual(25);
      for (const cue of cues)
        expect(words(cue.text), `${label}: "${cue.text}"`).toBeLessThanOrEqual(15);
      expect(words(outro), `${label}: "${outro}"`).toBeLessThanOrEqual(15);
    }
  });

  it('speaks to you in short sentences', () => {
    for (const { label, body } of bodies) {
      for (const line of spokenLines(body)) {
        for (const sentence of line.split(/[.?]+/)) {
          expect(words(sentence), `${label}: "${line}"`).toBeLessThanOrEqual(20);
        }
      }
    }
  });

  it('captions each step in one or two sentences', () => {
    for (const { label, body } of bodies) {
      const sentences = body.caption.split(/[.?](\s|$)/).filter((s) => s.trim().length > 1);
      expect(sentences.length, `${label}: "${body.caption}"`).toBeGreaterThanOrEqual(1);
      expect(sentences.length, `${label}: "${body.caption}"`).toBeLessThanOrEqual(2);
    }
  });
});
