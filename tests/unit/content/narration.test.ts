import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  NARRATION_VOICE,
  allLines,
  describeUse,
  narrationHash,
  type Manifest,
  type NarrationLine,
} from '../../../scripts/narration-lines.mjs';
import { REPO_ROOT } from '../support/repo-paths';

/**
 * The pre-rendered narration (assets/narration, made by `npm run narrate`) must match the
 * routines exactly: a clip for every line, no stale or orphan clip, and clips short enough
 * to fit the step they are spoken in. Pure file checks: no speech engine needed.
 */
const ROOT = REPO_ROOT;
const CONTENT_DIR = join(ROOT, 'content');
const NARRATION_DIR = join(ROOT, 'assets', 'narration');
const MANIFEST_PATH = join(NARRATION_DIR, 'manifest.json');
const MAX_TOTAL_BYTES = 15 * 1024 * 1024;
/** Calm guidance runs at 110–140 words a minute; meditation slower still. */
const MAX_MEDIAN_WPM = 140;
const MAX_MEDIAN_MEDITATION_WPM = 130;
/** No single clip rushes, however short. */
const MAX_CLIP_WPM = 150;
const FIX = 'run `npm run narrate` and commit assets/narration';

// Every line the routines speak, and the app's own (switch sides, breaths, skin checks).
const lines: NarrationLine[] = allLines(CONTENT_DIR);
const manifest: Manifest = existsSync(MANIFEST_PATH)
  ? (JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as Manifest)
  : { version: 1, voice: NARRATION_VOICE, clips: {} };

/** Words a minute of a clip: its words over its whole length, pauses included. */
function wordsPerMinute(text: string, seconds: number): number {
  const words = text.match(/[A-Za-z0-9']+/g)?.length ?? 0;
  return (words / seconds) * 60;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
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

  it('speaks at a calm rate: median at most 140 words a minute, meditation at most 130', () => {
    const rated = lines.flatMap((line) => {
      const clip = manifest.clips[line.hash];
      if (!clip) return [];
      const meditation = line.uses.some((use) => use.technique === 'meditation');
      return [{ line, meditation, wpm: wordsPerMinute(line.text, clip.seconds) }];
    });
    expect(rated.length).toBe(lines.length);
    expect(median(rated.map((r) => r.wpm))).toBeLessThanOrEqual(MAX_MEDIAN_WPM);
    expect(median(rated.filter((r) => r.meditation).map((r) => r.wpm))).toBeLessThanOrEqual(
      MAX_MEDIAN_MEDITATION_WPM,
    );
    const rushed = rated
      .filter((r) => r.wpm > MAX_CLIP_WPM)
      .map((r) => `${r.wpm.toFixed(0)} wpm: "${r.line.text}" (${describeUse(r.line.uses[0]!)})`);
    expect(rushed).toEqual([]);
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
