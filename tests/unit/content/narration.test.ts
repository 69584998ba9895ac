import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  NARRATION_VOICE,
  collectLines,
  describeUse,
  narrationHash,
  readRoutineSteps,
  type Manifest,
  type NarrationLine,
  type StepNarration,
} from '../../../scripts/narration-lines.mjs';
import { REPO_ROOT } from '../support/repo-paths';

/**
 * The pre-rendered narration (assets/narration, made by `npm run narrate`) must match the
 * routines exactly: a clip for every line, no stale or orphan clip, and clips short enough
 * to fit the step they are spoken in. Pure file checks: no speech engine needed.
 */
const ROOT = REPO_ROOT;
const ROUTINES_DIR = join(ROOT, 'content', 'routines');
const NARRATION_DIR = join(ROOT, 'assets', 'narration');
const MANIFEST_PATH = join(NARRATION_DIR, 'manifest.json');
const MAX_TOTAL_BYTES = 15 * 1024 * 1024;
/** Silence the player leaves after each clip. */
const GAP_SECONDS = 1;
const FIX = 'run `npm run narrate` and commit assets/narration';

const steps: StepNarration[] = readRoutineSteps(ROUTINES_DIR);
const lines: NarrationLine[] = collectLines(steps);
const manifest: Manifest = existsSync(MANIFEST_PATH)
  ? (JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as Manifest)
  : { version: 1, voice: NARRATION_VOICE, clips: {} };

function stepLabel(step: StepNarration): string {
  return `${step.routineFile} step "${step.stepId}"${step.gentle ? ' (gentle variant)' : ''}`;
}

describe('narration clips', () => {
  it('has a manifest when there are routines', () => {
    if (lines.length > 0) expect(existsSync(MANIFEST_PATH), `no manifest.json: ${FIX}`).toBe(true);
  });

  it('has a well-formed manifest with sorted keys', () => {
    expect(manifest.version).toBe(1);
    expect(manifest.voice).toBe(NARRATION_VOICE);
    const keys = Object.keys(manifest.clips);
    expect(keys).toEqual([...keys].sort());
    const problems: string[] = [];
    for (const [key, clip] of Object.entries(manifest.clips)) {
      if (!/^[0-9a-f]{16}$/.test(key)) problems.push(`${key}: key is not 16 hex digits`);
      if (clip.file !== `${key}.opus`) problems.push(`${key}: file should be ${key}.opus`);
      if (
        typeof clip.seconds !== 'number' ||
        !(clip.seconds > 0) ||
        Math.round(clip.seconds * 100) / 100 !== clip.seconds
      ) {
        problems.push(`${key}: seconds must be a positive number with 2 decimals`);
      }
      if (typeof clip.text !== 'string' || narrationHash(clip.text) !== key) {
        problems.push(`${key}: text does not hash to its key ("${clip.text}")`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has a clip file for every narration line', () => {
    const missing = lines
      .filter(
        (line) =>
          !manifest.clips[line.hash] || !existsSync(join(NARRATION_DIR, `${line.hash}.opus`)),
      )
      .map(
        (line) =>
          `no clip for "${line.text}" (${line.uses.map(describeUse).join('; ')}), hash ${line.hash}`,
      );
    expect(missing, `missing narration: ${FIX}`).toEqual([]);
  });

  it('has no stale clip: the manifest text is the line', () => {
    const stale = lines
      .filter((line) => manifest.clips[line.hash] && manifest.clips[line.hash]?.text !== line.text)
      .map(
        (line) =>
          `clip ${line.hash} says "${manifest.clips[line.hash]?.text}" but ` +
          `${describeUse(line.uses[0]!)} says "${line.text}"`,
      );
    expect(stale, `stale narration: ${FIX}`).toEqual([]);
  });

  it('has no orphan clips or stray files', () => {
    const used = new Set(lines.map((line) => line.hash));
    const orphanEntries = Object.keys(manifest.clips).filter((key) => !used.has(key));
    expect(orphanEntries, `manifest entries no routine speaks: ${FIX}`).toEqual([]);
    if (!existsSync(NARRATION_DIR)) return;
    const stray = readdirSync(NARRATION_DIR).filter((file) => {
      if (file === 'manifest.json') return false;
      const match = /^([0-9a-f]{16})\.opus$/.exec(file);
      return !match || !manifest.clips[match[1]!];
    });
    expect(stray, `files not in the manifest: ${FIX}`).toEqual([]);
  });

  it('stores every clip as Ogg Opus', () => {
    const bad = Object.values(manifest.clips)
      .filter((clip) => existsSync(join(NARRATION_DIR, clip.file)))
      .filter((clip) => {
        const head = readFileSync(join(NARRATION_DIR, clip.file)).subarray(0, 64);
        return head.subarray(0, 4).toString('latin1') !== 'OggS' || !head.includes('OpusHead');
      })
      .map((clip) => clip.file);
    expect(bad).toEqual([]);
  });

  it('fits every step: all clips (+1 s each) within the longest step, the intro before the first cue', () => {
    const problems: string[] = [];
    const seconds = (text: string): number => manifest.clips[narrationHash(text)]?.seconds ?? 0;
    for (const step of steps) {
      const spoken = [step.intro, ...step.cues.map((cue) => cue.text), step.outro];
      const needed = spoken.reduce((sum, text) => sum + seconds(text) + GAP_SECONDS, 0);
      if (needed > step.seconds.max) {
        problems.push(
          `${stepLabel(step)}: narration needs ${needed.toFixed(2)} s (clips + ${GAP_SECONDS} s ` +
            `gaps) but the step is at most ${step.seconds.max} s`,
        );
      }
      const firstCue = [...step.cues].sort((a, b) => a.at - b.at)[0];
      if (firstCue) {
        const room = firstCue.at * step.seconds.default + GAP_SECONDS;
        const intro = seconds(step.intro);
        if (intro > room) {
          problems.push(
            `${stepLabel(step)}: intro "${step.intro}" lasts ${intro.toFixed(2)} s but the ` +
              `first cue ("${firstCue.text}") starts ${(firstCue.at * step.seconds.default).toFixed(1)} s ` +
              `in at the default ${step.seconds.default} s`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps assets/narration under 15 MB', () => {
    if (!existsSync(NARRATION_DIR)) return;
    const total = readdirSync(NARRATION_DIR).reduce(
      (sum, file) => sum + statSync(join(NARRATION_DIR, file)).size,
      0,
    );
    expect(total).toBeLessThan(MAX_TOTAL_BYTES);
  });
});
