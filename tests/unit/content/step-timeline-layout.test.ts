import { describe, expect, it } from 'vitest';
import { SLOWER_FACTOR } from '../../../content/planner';
import type { Cue, Step } from '../../../content/schema';
import {
  SPOKEN_LINES,
  layOutStep,
  lineSeconds,
  timelineBounds,
  type TimelineContext,
} from '../../../content/step-timeline';
import { stepOf as stepWith } from './step-fixture';

/**
 * Where each line, hold and breath falls, to the tenth of a second, in steps small enough
 * to work out by hand. Every line here has a clip of a known length (2 s unless a test says
 * otherwise), so the figures in the comments are the whole calculation: the chime rings
 * alone for 1.5 s, a line is followed by 1 s of quiet, the outro ends 0.5 s before the step
 * does, and a hold's own lines keep 1 s clear of its ends.
 */

const INTRO = 'Settle in.';
const OUTRO = 'Let go.';

/** Clip lengths by text, 2 s for any other line. */
function clips(lengths: Record<string, number> = {}): TimelineContext['clipSeconds'] {
  return (text) => lengths[text] ?? 2;
}

function full(lengths?: Record<string, number>, more: Partial<TimelineContext> = {}) {
  return { paceFactor: 1, detail: 'full', clipSeconds: clips(lengths), ...more } as const;
}

function stepOf(fields: Partial<Step> & Pick<Step, 'technique'>, cues: Cue[] = []): Step {
  return stepWith({ narration: { intro: INTRO, cues, outro: OUTRO }, ...fields });
}

const guidance = (text: string, at: number, every?: number): Cue => ({
  kind: 'guidance',
  text,
  at,
  ...(every === undefined ? {} : { every }),
});
const ease = (text: string, at: number): Cue => ({ kind: 'ease-pressure', text, at });
const intro = { kind: 'intro', text: INTRO, atSeconds: 1.5 } as const;
const times = (cues: { atSeconds: number }[]): number[] => cues.map((c) => c.atSeconds);

describe('how long a line takes', () => {
  it('takes its clip’s own length, a silent clip included', () => {
    expect(lineSeconds('Rest.', () => 3.4)).toBe(3.4);
    expect(lineSeconds('Rest.', () => 0)).toBe(0);
  });

  it('is estimated at a calm rate when the clip is missing, broken or negative', () => {
    const line = 'Let your shoulders drop.';
    // Four words at 130 a minute, after 0.6 s to draw breath.
    expect(lineSeconds(line)).toBe(2.4);
    for (const broken of [undefined, Number.NaN, Number.POSITIVE_INFINITY, -1]) {
      expect(lineSeconds(line, () => broken)).toBe(2.4);
    }
  });

  it('gives an empty line only the breath before it', () => {
    expect(lineSeconds('')).toBe(0.6);
    expect(lineSeconds('   ')).toBe(0.6);
  });

  it('times a line of long words by its letters, so a German compound is not cut off', () => {
    // Two words would take 0.9 s; 29 letters at 13 a second take 2.2 s.
    expect(lineSeconds('Schultermuskulatur entspannen.')).toBe(2.8);
    expect(lineSeconds('Rest now.')).toBe(1.5);
  });
});

describe('the least and most a step can run', () => {
  it('holds a trigger point 30–90 s after the intro that sets it up', () => {
    const step = stepOf({ technique: 'trigger-point' }, [
      ease('Ease off if it turns sharp.', 0.2),
      guidance('Breathe into the spot.', 0.5),
    ]);
    // Chime 1.5 + intro 2 + outro 2 + end room 0.5 = 6, around a hold of 30.3 to 89.7 s.
    expect(timelineBounds(step, full())).toEqual({ lo: 37, hi: 95 });
  });

  it('rounds the most down and the least up to whole seconds, a whole figure staying as it is', () => {
    const step = stepOf({ technique: 'trigger-point' });
    // A 2.3-s intro makes the fixed part 6.3 s: 6.3 + 89.7 is 96 s exactly.
    expect(timelineBounds(step, full({ [INTRO]: 2.3 }))).toEqual({ lo: 37, hi: 96 });
  });

  it('gives each side of a free step room for its own lines, after the switch line', () => {
    const step = stepOf({ technique: 'movement', sides: 'each' }, [
      guidance('Turn slowly.', 0.2),
      guidance('Look over your shoulder.', 0.5),
      guidance('Breathe out as you turn.', 0.7),
    ]);
    const ctx = full({ 'Look over your shoulder.': 3, 'Breathe out as you turn.': 3 });
    // Side two says two 3-s lines: (3 + 1 + 0.1) × 2 = 8.2 s, the busier side. Both sides
    // get that room and a second of quiet: 6 fixed + 1 after the intro + 3 for the switch
    // line and its gap + 2 × 9.2 = 28.4 s.
    expect(timelineBounds(step, ctx)).toEqual({ lo: 29, hi: undefined });
  });

  it('lets a step with nothing to say in "cues only" be as short as the chime and a breath', () => {
    const step = stepOf({ technique: 'movement' }, [guidance('Turn slowly.', 0.5)]);
    // Chime 1.5 + end room 0.5 + one second of quiet: no intro, so no gap after it.
    expect(timelineBounds(step, { paceFactor: 1, detail: 'cues', clipSeconds: clips() })).toEqual({
      lo: 3,
      hi: undefined,
    });
  });

  it('fits two breathing rounds at least, and the pattern’s rounds and a half at most', () => {
    const breathing = { inhale: 4, holdIn: 4, exhale: 4, holdOut: 4, maxRounds: 3 };
    const step = stepOf({ technique: 'meditation', breathing }, [
      guidance('Let your shoulders drop.', 0.5),
    ]);
    // 6 fixed + 1 after the intro + the line and its gap, 3 + two 16-s rounds + 1 = 43;
    // at most three rounds and half a round: 6 + 1 + 3 + 48 + 8 + 1 = 67.
    expect(timelineBounds(step, full())).toEqual({ lo: 43, hi: 67 });
    const oneRound = stepOf({ technique: 'meditation', breathing: { ...breathing, maxRounds: 1 } });
    expect(timelineBounds(oneRound, full())).toEqual({ lo: 24, hi: 32 });
    const open = stepOf({
      technique: 'meditation',
      breathing: { ...breathing, maxRounds: undefined },
    });
    expect(timelineBounds(open, full())).toEqual({ lo: 40, hi: undefined });
    // Without holds a round is 8 s: 6 + 1 + 3 + 16 + 1 = 27, and 6 + 1 + 3 + 24 + 4 + 1 = 39.
    expect(timelineBounds(step, full({}, { breathHolds: false }))).toEqual({ lo: 27, hi: 39 });
  });

  it('stops a stretch at the last count of holds that joins up with the counts before it', () => {
    const stretch = stepOf({ technique: 'stretching' });
    const withRelease = (seconds: number) => full({ [SPOKEN_LINES.release]: seconds });
    // Three holds of 15.3 s and two 10-s "let go" lines (65.9 s) start below where two holds
    // of 29.7 s end (69.4 s), so three holds of up to 29.7 s are offered: 6 + 20 + 89.1.
    expect(timelineBounds(stretch, withRelease(10)).hi).toBe(115);
    // With a 13.5-s "let go" the two bands just meet (72.9 s each): still three holds.
    expect(timelineBounds(stretch, withRelease(13.5))).toEqual({ lo: 51, hi: 122 });
    // With 13.6 s they no longer meet: the step stops at two holds of 29.7 s, 6 + 73.
    expect(timelineBounds(stretch, withRelease(13.6)).hi).toBe(79);
  });
});

describe('where each line and hold falls', () => {
  it('holds a trigger point from the intro’s end to the outro, with its lines where they ask', () => {
    const step = stepOf({ technique: 'trigger-point' }, [
      guidance('Breathe into the spot.', 0.5),
      ease('Ease off if it turns sharp.', 0.2),
    ]);
    // The hold runs 3.5–57.5; its lines keep to 4.5–56.5, 52 s: 0.2 of it is 14.9.
    expect(layOutStep(step, 60, full())).toEqual({
      cues: [
        intro,
        { kind: 'ease-pressure', text: 'Ease off if it turns sharp.', atSeconds: 14.9 },
        { kind: 'guidance', text: 'Breathe into the spot.', atSeconds: 30.5 },
      ],
      outroAtSeconds: 57.5,
      holds: [{ side: 1, startSeconds: 3.5, endSeconds: 57.5 }],
    });
  });

  it('stretches each side twice, a "let go" line between the holds, and switches sides between', () => {
    const step = stepOf({ technique: 'stretching', sides: 'each' }, [
      guidance('Keep your shoulders low.', 0.25),
    ]);
    const timeline = layOutStep(step, 100, full());
    // 92 s between the intro and the outro: a 2-s switch line, two 2-s "let go" lines and
    // four holds of 22 s.
    expect(timeline.holds).toEqual([
      { side: 1, startSeconds: 3.5, endSeconds: 25.5 },
      { side: 1, startSeconds: 27.5, endSeconds: 49.5 },
      { side: 2, startSeconds: 51.5, endSeconds: 73.5 },
      { side: 2, startSeconds: 75.5, endSeconds: 97.5 },
    ]);
    expect(timeline.sideSwitchAtSeconds).toBe(49.5);
    expect(timeline.outroAtSeconds).toBe(97.5);
    // Half-way through side one is 26.5 s, while "let go" is said: the line waits for the
    // next hold's first quiet second.
    expect(timeline.cues.map((c) => [c.kind, c.atSeconds])).toEqual([
      ['intro', 1.5],
      ['release', 25.5],
      ['guidance', 28.5],
      ['switch-sides', 49.5],
      ['release', 73.5],
    ]);
  });

  it('takes a third hold a side rather than let two reach the top of the range', () => {
    const step = stepOf({ technique: 'stretching', sides: 'each' });
    // At 132 s two holds a side would last 30 s each; three last 19.3 s.
    const { holds } = layOutStep(step, 132, full());
    expect(holds).toHaveLength(6);
    for (const hold of holds) {
      expect(hold.endSeconds - hold.startSeconds).toBeCloseTo(19.3, 0);
    }
  });

  it('places a free step’s lines on the side they belong to, proportionally within it', () => {
    const step = stepOf({ technique: 'movement', sides: 'each' }, [
      guidance('Turn slowly.', 0.2),
      guidance('Look over your shoulder.', 0.5),
    ]);
    const timeline = layOutStep(step, 40, full({ 'Look over your shoulder.': 3 }));
    // Each side has 16 s; its lines keep to 4.5–18.5 and 22.5–36.5. A line at 0.5 opens
    // side two.
    expect(timeline.cues.map((c) => [c.kind, c.atSeconds])).toEqual([
      ['intro', 1.5],
      ['guidance', 10.1],
      ['switch-sides', 19.5],
      ['guidance', 22.5],
    ]);
    expect(timeline.sideSwitchAtSeconds).toBe(19.5);
    expect(timeline.holds).toEqual([]);
  });

  it('says "ease off" on each side of a pressure step, whichever side the content wrote it for', () => {
    const onSide = (cues: Cue[]) => {
      const timeline = layOutStep(
        stepOf({ technique: 'trigger-point', sides: 'each' }, cues),
        120,
        full(),
      );
      const switchAt = timeline.sideSwitchAtSeconds!;
      const said = timeline.cues.filter((c) => c.kind === 'ease-pressure');
      return [
        said.filter((c) => c.atSeconds < switchAt).length,
        said.filter((c) => c.atSeconds >= switchAt).length,
      ];
    };
    expect(onSide([ease('Ease off if it turns sharp.', 0.2)])).toEqual([1, 1]);
    expect(onSide([ease('Ease off if it turns sharp.', 0.5)])).toEqual([1, 1]);
    expect(onSide([ease('Ease off if it turns sharp.', 0.7)])).toEqual([1, 1]);
    // Written for both sides already: said once on each, not twice.
    expect(onSide([ease('Ease off if it turns sharp.', 0.2), ease('Lighten up.', 0.6)])).toEqual([
      1, 1,
    ]);
  });

  it('keeps "ease off" and the skin check in "cues only", and nothing else', () => {
    const step = stepOf({ technique: 'swedish' }, [
      guidance('Glide slowly.', 0.3),
      ease('Ease off if it turns sharp.', 0.5),
      { kind: 'skin-check', text: 'Check your skin.', at: 0.8 },
    ]);
    const timeline = layOutStep(step, 60, { paceFactor: 1, detail: 'cues', clipSeconds: clips() });
    expect(timeline.cues.map((c) => c.kind)).toEqual(['ease-pressure', 'skin-check']);
  });

  it('checks the skin at four minutes of heat, and a line asking for that moment waits for it', () => {
    const step = stepOf({ technique: 'heat' }, [guidance('Let the warmth spread.', 0.6)]);
    const timeline = layOutStep(step, 400, full());
    // The line asks for 239.7 s and would run over the check at 240: it follows the check.
    expect(timeline.cues.map((c) => [c.kind, c.atSeconds])).toEqual([
      ['intro', 1.5],
      ['skin-check', 240],
      ['guidance', 243],
    ]);
  });

  it('needs no skin check in five minutes of heat, nor in a long step without heat', () => {
    const heat = layOutStep(stepOf({ technique: 'heat' }), 300, full());
    expect(heat.cues.some((c) => c.kind === 'skin-check')).toBe(false);
    const movement = layOutStep(stepOf({ technique: 'movement' }), 900, full());
    expect(movement.cues.some((c) => c.kind === 'skin-check')).toBe(false);
  });

  it('gives "ease off" the moment both it and a guidance line ask for', () => {
    const step = stepOf({ technique: 'swedish' }, [
      guidance('Glide slowly.', 0.3),
      ease('Ease off if it turns sharp.', 0.3),
    ]);
    const timeline = layOutStep(step, 60, full());
    expect(timeline.cues.map((c) => [c.kind, c.atSeconds])).toEqual([
      ['intro', 1.5],
      ['ease-pressure', 20.1],
      ['guidance', 23.1],
    ]);
  });

  it('brings a repeating line back on its interval, giving way to the step’s own lines', () => {
    const step = stepOf({ technique: 'movement' }, [
      guidance('Keep breathing.', 0.1, 15),
      guidance('Soften your jaw.', 0.4),
    ]);
    // Said at 9.7 s; repeats asked from 8.9 s (a tenth of the 54 s) every 15 s: 23.9 runs
    // into "soften your jaw" at 25.3, so it follows it; then 38.9 and 53.9.
    const timeline = layOutStep(step, 60, full());
    expect(timeline.cues.map((c) => [c.text, c.atSeconds])).toEqual([
      [INTRO, 1.5],
      ['Keep breathing.', 9.7],
      ['Soften your jaw.', 25.3],
      ['Keep breathing.', 28.3],
      ['Keep breathing.', 38.9],
      ['Keep breathing.', 53.9],
    ]);
    // At the slower pace the interval grows with it: 18.75 s.
    const slower = layOutStep(
      stepOf({ technique: 'movement' }, [guidance('Keep breathing.', 0.1, 15)]),
      60,
      full({}, { paceFactor: SLOWER_FACTOR }),
    );
    expect(times(slower.cues)).toEqual([1.5, 9.7, 27.7, 46.4]);
  });

  it('speaks lines in the order of their moments, however the content lists them', () => {
    const step = stepOf({ technique: 'movement' }, [
      guidance('Then the other way.', 0.31),
      guidance('Turn one way.', 0.3),
    ]);
    const timeline = layOutStep(step, 60, full());
    expect(timeline.cues.map((c) => [c.text, c.atSeconds])).toEqual([
      [INTRO, 1.5],
      ['Turn one way.', 20.1],
      ['Then the other way.', 23.1],
    ]);
  });

  it('packs the safety lines from the start of the hold when that is the only way all fit', () => {
    const first = 'Ease off if it turns sharp.';
    const second = 'Lighten your pressure now.';
    const step = stepOf({ technique: 'trigger-point' }, [ease(first, 0.4), ease(second, 0.45)]);
    const ctx = full({ [first]: 12, [second]: 12 });
    // At its least length the hold's lines have 4.5–33.5. Said where they ask (16.1 s), the
    // first leaves no 13 s for the second before or after it; packed, both fit.
    expect(timelineBounds(step, ctx).lo).toBe(37);
    const timeline = layOutStep(step, 37, ctx);
    expect(timeline.cues.map((c) => [c.text, c.atSeconds])).toEqual([
      [INTRO, 1.5],
      [first, 4.5],
      [second, 17.5],
    ]);
  });

  it('ends a line at the last quiet moment of the hold, and fits another just before it', () => {
    const first = 'Ease off if it turns sharp.';
    const second = 'Lighten your pressure now.';
    const step = stepOf({ technique: 'trigger-point' }, [ease(first, 1), ease(second, 1)]);
    const timeline = layOutStep(step, 37, full({ [first]: 12, [second]: 12 }));
    // The first ends at 33.5 exactly; the second ends a second before the first starts.
    expect(timeline.cues.map((c) => [c.text, c.atSeconds])).toEqual([
      [INTRO, 1.5],
      [second, 8.5],
      [first, 21.5],
    ]);
  });
});

describe('where the breath runs', () => {
  const pattern = { inhale: 4, holdIn: 0, exhale: 6, holdOut: 0 };
  const breathStep = (cues: Cue[] = [], breathing: Step['breathing'] = pattern): Step =>
    stepOf({ technique: 'meditation', breathing }, cues);
  const said = (step: Step, seconds: number) =>
    layOutStep(step, seconds, full()).cues.map((c) =>
      c.kind === 'breath'
        ? `${c.text === SPOKEN_LINES.breathIn ? 'in' : 'out'}${c.tone ? '~' : ''} ${c.atSeconds}`
        : `${c.kind} ${c.atSeconds}`,
    );

  it('speaks a line between rounds when its moment comes, and the rounds go on after it', () => {
    // 10-s rounds from 4.5 s; the line asks for 0.8 of 3.5–57.5, 46.7 s, and is said at the
    // round that would pass it. The fourth round is a soft tone.
    expect(said(breathStep([guidance('Let your shoulders drop.', 0.8)]), 60)).toEqual([
      'intro 1.5',
      'in 4.5',
      'out 8.5',
      'in 14.5',
      'out 18.5',
      'in 24.5',
      'out 28.5',
      'in~ 34.5',
      'out~ 38.5',
      'guidance 44.5',
    ]);
  });

  it('voices the first round after a line again, then goes back to tones', () => {
    // At 58 s the outro is at 55.5; a line at 0.5 asks for 29.5 s, exactly when the third
    // round would be half done, so it is said there.
    const timeline = layOutStep(
      breathStep([guidance('Let your shoulders drop.', 0.5)]),
      58,
      full(),
    );
    expect(timeline.breathing?.spans).toEqual([
      { startSeconds: 4.5, endSeconds: 24.5 },
      { startSeconds: 27.5, endSeconds: 47.5 },
    ]);
    expect(said(breathStep([guidance('Let your shoulders drop.', 0.5)]), 58)).toEqual([
      'intro 1.5',
      'in 4.5',
      'out 8.5',
      'in 14.5',
      'out 18.5',
      'guidance 24.5',
      'in 27.5',
      'out 31.5',
      'in~ 37.5',
      'out~ 41.5',
    ]);
  });

  it('runs a round only when it ends a second before the outro', () => {
    const rounds = (seconds: number) => layOutStep(breathStep(), seconds, full()).breathing?.spans;
    // Outro at 54.5: a fifth round would end at 54.5 with no quiet second after it.
    expect(rounds(57)).toEqual([{ startSeconds: 4.5, endSeconds: 44.5 }]);
    // Outro at 55.5: it ends a second before.
    expect(rounds(58)).toEqual([{ startSeconds: 4.5, endSeconds: 54.5 }]);
  });

  it('stops at the pattern’s most rounds', () => {
    const timeline = layOutStep(breathStep([], { ...pattern, maxRounds: 2 }), 60, full());
    expect(timeline.breathing?.spans).toEqual([{ startSeconds: 4.5, endSeconds: 24.5 }]);
  });

  it('leaves out a line too long for the step, and still says the ones after it', () => {
    const step = breathStep([guidance('A very long line.', 0.3), guidance('Rest here.', 0.9)]);
    const timeline = layOutStep(step, 60, full({ 'A very long line.': 60 }));
    // "Rest here" ends at 56.5, a second before the outro at 57.5.
    expect(timeline.cues.filter((c) => c.kind === 'guidance')).toEqual([
      { kind: 'guidance', text: 'Rest here.', atSeconds: 54.5 },
    ]);
    expect(timeline.breathing?.spans).toEqual([{ startSeconds: 4.5, endSeconds: 54.5 }]);
  });

  it('leaves out a line that would run into the outro rather than cut it off', () => {
    const step = breathStep([guidance('Rest here.', 1)]);
    const timeline = layOutStep(step, 60, full({ 'Rest here.': 3 }));
    expect(timeline.cues.some((c) => c.kind === 'guidance')).toBe(false);
  });

  it('speaks a content line in a pattern step as guidance, in the order of its moment', () => {
    const step = breathStep([
      { kind: 'breath', text: 'Breathe low into your belly.', at: 0.8 },
      guidance('Let your shoulders drop.', 0.2),
    ]);
    const timeline = layOutStep(step, 60, full());
    expect(timeline.cues.filter((c) => c.kind !== 'breath' && c.kind !== 'intro')).toEqual([
      { kind: 'guidance', text: 'Let your shoulders drop.', atSeconds: expect.any(Number) },
      { kind: 'guidance', text: 'Breathe low into your belly.', atSeconds: expect.any(Number) },
    ]);
  });
});
