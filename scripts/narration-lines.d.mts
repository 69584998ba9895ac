/**
 * Types for `narration-lines.mjs` (plain JS so `npm run narrate` needs no build step), so
 * TypeScript tests can import it under `strict`. Keep in step with the JSDoc there.
 */

export declare const NARRATION_VOICE: 'festival:cmu_us_slt_arctic_hts;calm-2';
export declare const APP_LINES_FILE: 'spoken-lines.json';
export declare const MANIFEST_VERSION: 1;

export type LineRole = 'intro' | 'cue' | 'outro' | 'app';

/** One place a line is spoken. */
export interface NarrationUse {
  /** File name, e.g. `neck-release.json`. */
  routineFile: string;
  routineId: string;
  stepId: string;
  /** True when the line belongs to the step's `gentleVariant`. */
  gentle: boolean;
  /** The step's technique ('meditation' lines are read slower). */
  technique: string;
  role: LineRole;
  /** Cue index for cues, 0 otherwise. */
  index: number;
}

/** A distinct line of text with every place it is spoken. */
export interface NarrationLine {
  hash: string;
  text: string;
  uses: NarrationUse[];
}

/** The narration and timing of one step (or of its gentle variant). */
export interface StepNarration {
  routineFile: string;
  routineId: string;
  stepId: string;
  gentle: boolean;
  technique: string;
  seconds: { min: number; default: number; max: number };
  intro: string;
  cues: { text: string; at: number }[];
  outro: string;
}

export interface ManifestClip {
  file: string;
  seconds: number;
  text: string;
}

export interface Manifest {
  version: number;
  voice: string;
  clips: Record<string, ManifestClip>;
}

export declare function normaliseLine(text: string): string;
export declare function narrationHash(text: string, voice?: string): string;
export declare function stepsOfRoutine(routine: unknown, routineFile: string): StepNarration[];
export declare function readRoutineSteps(routinesDir: string): StepNarration[];
export declare function collectLines(steps: StepNarration[], voice?: string): NarrationLine[];
export declare function readAppLines(contentDir: string, voice?: string): NarrationLine[];
export declare function allLines(contentDir: string, voice?: string): NarrationLine[];
export declare function describeUse(use: NarrationUse): string;
export declare function buildManifest(
  clips: Record<string, ManifestClip>,
  voice?: string,
): Manifest;
