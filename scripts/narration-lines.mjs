// @ts-check
/**
 * The pure half of the narration pipeline: which lines the routines speak, and the key each
 * clip is stored under. Shared by `scripts/narrate.mjs` (which renders the clips) and
 * `tests/unit/narration.test.ts` (which checks that every line has a fresh clip).
 *
 * Plain ESM with JSDoc types and no dependencies, so Node runs it without a build step.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The voice every built-in clip is rendered with, and how (the calm rate and the sentence
 * pauses). Part of the clip key, so changing how clips are rendered renders them all again.
 */
export const NARRATION_VOICE = 'festival:cmu_us_slt_arctic_hts;calm-2';

/**
 * Lines the app speaks itself (switch sides, release between stretch holds, skin checks,
 * breathing phases): content/spoken-lines.json, rendered like any content line.
 */
export const APP_LINES_FILE = 'spoken-lines.json';

/** Version of `assets/narration/manifest.json`. */
export const MANIFEST_VERSION = 1;

/**
 * @typedef {'intro' | 'cue' | 'outro' | 'app'} LineRole
 *
 * @typedef {object} NarrationUse
 * One place a line is spoken.
 * @property {string} routineFile  File name, e.g. `neck-release.json`.
 * @property {string} routineId
 * @property {string} stepId
 * @property {boolean} gentle      True when the line belongs to the step's `gentleVariant`.
 * @property {string} technique   The step's technique ('meditation' lines are read slower).
 * @property {LineRole} role
 * @property {number} index        Cue index for cues, 0 otherwise.
 *
 * @typedef {object} NarrationLine
 * A distinct line of text with every place it is spoken.
 * @property {string} hash
 * @property {string} text
 * @property {NarrationUse[]} uses
 *
 * @typedef {object} StepNarration
 * The narration and timing of one step (or of its gentle variant).
 * @property {string} routineFile
 * @property {string} routineId
 * @property {string} stepId
 * @property {boolean} gentle
 * @property {string} technique
 * @property {{ min: number, default: number, max: number }} seconds
 * @property {string} intro
 * @property {{ text: string, at: number }[]} cues
 * @property {string} outro
 *
 * @typedef {object} ManifestClip
 * @property {string} file
 * @property {number} seconds
 * @property {string} text
 *
 * @typedef {object} Manifest
 * @property {number} version
 * @property {string} voice
 * @property {Record<string, ManifestClip>} clips
 */

/**
 * The text a clip is rendered from: the schema trims lines, so the key is taken from the
 * trimmed text too, exactly what the app will look up at run time.
 * @param {string} text
 * @returns {string}
 */
export function normaliseLine(text) {
  return text.trim();
}

/**
 * Clip key: the first 16 hex digits of sha256(voice + "\n" + text).
 * @param {string} text
 * @param {string} [voice]
 * @returns {string}
 */
export function narrationHash(text, voice = NARRATION_VOICE) {
  return createHash('sha256')
    .update(`${voice}\n${normaliseLine(text)}`, 'utf8')
    .digest('hex')
    .slice(0, 16);
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * @param {unknown} value
 * @param {string} where
 * @returns {string}
 */
function requireText(value, where) {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`${where}: expected a non-empty string`);
  }
  return normaliseLine(value);
}

/**
 * @param {unknown} narration
 * @param {string} where
 * @returns {{ intro: string, cues: { text: string, at: number }[], outro: string }}
 */
function readNarration(narration, where) {
  if (!isObject(narration)) throw new Error(`${where}.narration: missing`);
  const cues = Array.isArray(narration.cues) ? narration.cues : [];
  return {
    intro: requireText(narration.intro, `${where}.narration.intro`),
    cues: cues.map((cue, i) => {
      if (!isObject(cue)) throw new Error(`${where}.narration.cues[${i}]: not an object`);
      return {
        text: requireText(cue.text, `${where}.narration.cues[${i}].text`),
        at: typeof cue.at === 'number' ? cue.at : 0,
      };
    }),
    outro: requireText(narration.outro, `${where}.narration.outro`),
  };
}

/**
 * @param {unknown} seconds
 * @param {string} where
 * @returns {{ min: number, default: number, max: number }}
 */
function readSeconds(seconds, where) {
  if (
    !isObject(seconds) ||
    typeof seconds.min !== 'number' ||
    typeof seconds.default !== 'number' ||
    typeof seconds.max !== 'number'
  ) {
    throw new Error(`${where}.seconds: expected { min, default, max }`);
  }
  return { min: seconds.min, default: seconds.default, max: seconds.max };
}

/**
 * Every step (and gentle variant) of one parsed routine file.
 * @param {unknown} routine  The parsed JSON.
 * @param {string} routineFile
 * @returns {StepNarration[]}
 */
export function stepsOfRoutine(routine, routineFile) {
  if (!isObject(routine) || !Array.isArray(routine.steps)) {
    throw new Error(`${routineFile}: not a routine (no steps array)`);
  }
  const routineId =
    typeof routine.id === 'string' ? routine.id : routineFile.replace(/\.json$/, '');
  /** @type {StepNarration[]} */
  const out = [];
  routine.steps.forEach((step, i) => {
    if (!isObject(step)) throw new Error(`${routineFile} steps[${i}]: not an object`);
    const stepId = typeof step.id === 'string' ? step.id : `#${i}`;
    const where = `${routineFile} step "${stepId}"`;
    out.push({
      routineFile,
      routineId,
      stepId,
      gentle: false,
      technique: typeof step.technique === 'string' ? step.technique : '',
      seconds: readSeconds(step.seconds, where),
      ...readNarration(step.narration, where),
    });
    if (step.gentleVariant !== undefined) {
      const variant = step.gentleVariant;
      const whereGentle = `${where} gentleVariant`;
      if (!isObject(variant)) throw new Error(`${whereGentle}: not an object`);
      out.push({
        routineFile,
        routineId,
        stepId,
        gentle: true,
        technique: typeof variant.technique === 'string' ? variant.technique : '',
        seconds: readSeconds(variant.seconds, whereGentle),
        ...readNarration(variant.narration, whereGentle),
      });
    }
  });
  return out;
}

/**
 * Reads every `*.json` routine file in a folder, in file-name order.
 * @param {string} routinesDir
 * @returns {StepNarration[]}
 */
export function readRoutineSteps(routinesDir) {
  /** @type {string[]} */
  let files;
  try {
    files = readdirSync(routinesDir)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return [];
    throw error;
  }
  return files.flatMap((file) => {
    const raw = readFileSync(join(routinesDir, file), 'utf8');
    /** @type {unknown} */
    let json;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      throw new Error(`${file}: invalid JSON (${/** @type {Error} */ (error).message})`);
    }
    return stepsOfRoutine(json, file);
  });
}

/**
 * Deduplicated narration lines of the given steps, ordered by first use.
 * @param {StepNarration[]} steps
 * @param {string} [voice]
 * @returns {NarrationLine[]}
 */
export function collectLines(steps, voice = NARRATION_VOICE) {
  /** @type {Map<string, NarrationLine>} */
  const byText = new Map();
  /**
   * @param {string} text
   * @param {NarrationUse} use
   */
  const add = (text, use) => {
    let line = byText.get(text);
    if (!line) {
      line = { hash: narrationHash(text, voice), text, uses: [] };
      byText.set(text, line);
    }
    line.uses.push(use);
  };
  for (const step of steps) {
    const base = {
      routineFile: step.routineFile,
      routineId: step.routineId,
      stepId: step.stepId,
      gentle: step.gentle,
      technique: step.technique,
    };
    add(step.intro, { ...base, role: 'intro', index: 0 });
    step.cues.forEach((cue, index) => add(cue.text, { ...base, role: 'cue', index }));
    add(step.outro, { ...base, role: 'outro', index: 0 });
  }
  return [...byText.values()];
}

/**
 * The lines the app speaks itself, as narration lines of their own.
 * @param {string} contentDir  The content folder (holds spoken-lines.json).
 * @param {string} [voice]
 * @returns {NarrationLine[]}
 */
export function readAppLines(contentDir, voice = NARRATION_VOICE) {
  const json = JSON.parse(readFileSync(join(contentDir, APP_LINES_FILE), 'utf8'));
  if (!isObject(json)) throw new Error(`${APP_LINES_FILE}: not an object`);
  return Object.entries(json).map(([key, value]) => {
    const text = requireText(value, `${APP_LINES_FILE} ${key}`);
    /** @type {NarrationUse} */
    const use = {
      routineFile: APP_LINES_FILE,
      routineId: 'app',
      stepId: key,
      gentle: false,
      technique: '',
      role: 'app',
      index: 0,
    };
    return { hash: narrationHash(text, voice), text, uses: [use] };
  });
}

/**
 * Every line to render: the routines' lines, then the app's own (merged by text).
 * @param {string} contentDir
 * @param {string} [voice]
 * @returns {NarrationLine[]}
 */
export function allLines(contentDir, voice = NARRATION_VOICE) {
  const lines = collectLines(readRoutineSteps(join(contentDir, 'routines')), voice);
  const byText = new Map(lines.map((line) => [line.text, line]));
  for (const line of readAppLines(contentDir, voice)) {
    const existing = byText.get(line.text);
    if (existing) existing.uses.push(...line.uses);
    else {
      byText.set(line.text, line);
      lines.push(line);
    }
  }
  return lines;
}

/**
 * Human-readable place of a use, for error messages.
 * @param {NarrationUse} use
 * @returns {string}
 */
export function describeUse(use) {
  if (use.role === 'app') return `${APP_LINES_FILE} "${use.stepId}"`;
  const role = use.role === 'cue' ? `cue ${use.index + 1}` : use.role;
  return `${use.routineFile} step "${use.stepId}"${use.gentle ? ' (gentle variant)' : ''} ${role}`;
}

/**
 * The manifest with its clip keys sorted, ready for a stable `JSON.stringify`.
 * @param {Record<string, ManifestClip>} clips
 * @param {string} [voice]
 * @returns {Manifest}
 */
export function buildManifest(clips, voice = NARRATION_VOICE) {
  /** @type {Record<string, ManifestClip>} */
  const sorted = {};
  for (const key of Object.keys(clips).sort()) {
    const clip = /** @type {ManifestClip} */ (clips[key]);
    sorted[key] = { file: clip.file, seconds: clip.seconds, text: clip.text };
  }
  return { version: MANIFEST_VERSION, voice, clips: sorted };
}
