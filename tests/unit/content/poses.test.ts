import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBuiltInRoutines } from '../../../content/library';
import { POSES, poseFor } from '../../../content/poses';
import { REPO_ROOT } from '../support/repo-paths';

/**
 * The pose drawings (assets/poses) and their table (content/poses.ts): one drawing per pose,
 * each safe to inline and coloured by the page's theme, each pointing only at step keys the
 * shipped routines use, with alt text a screen reader can read in one breath.
 */

const POSES_DIR = join(REPO_ROOT, 'assets', 'poses');
const ROUTINES_DIR = join(REPO_ROOT, 'content', 'routines');

const drawingFiles = readdirSync(POSES_DIR)
  .filter((name) => name.endsWith('.svg'))
  .sort();
const drawings = drawingFiles.map((name) => ({
  name,
  svg: readFileSync(join(POSES_DIR, name), 'utf8'),
}));

const routines = parseBuiltInRoutines(
  readdirSync(ROUTINES_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({
      name,
      json: JSON.parse(readFileSync(join(ROUTINES_DIR, name), 'utf8')) as unknown,
    })),
);
/** Every illustration key a shipped step or gentle variant uses. */
const shippedKeys = new Set(
  routines.flatMap((r) =>
    r.steps.flatMap((step) => [
      step.illustration,
      ...(step.gentleVariant ? [step.gentleVariant.illustration] : []),
    ]),
  ),
);

const poseEntries = Object.entries(POSES);

/** Every value of a colour-carrying attribute or style property in the drawing. */
function paints(svg: string): string[] {
  const attrs = [...svg.matchAll(/\s(?:fill|stroke|color|stop-color|flood-color)="([^"]*)"/g)];
  const styles = [...svg.matchAll(/(?:fill|stroke|color)\s*:\s*([^;"]+)/g)];
  return [...attrs, ...styles].map((m) => m[1]!.trim());
}

describe('pose drawings', () => {
  it('has a drawing for every pose and lists every drawing as a pose', () => {
    expect(drawingFiles).toEqual(poseEntries.map(([pose]) => `${pose}.svg`).sort());
  });

  it('names poses in kebab-case', () => {
    for (const [pose] of poseEntries) expect(pose).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('draws every pose in a 160 by 160 viewBox', () => {
    for (const { name, svg } of drawings) {
      const root = /^<svg\b[^>]*>/.exec(svg.trimStart())?.[0] ?? '';
      expect(root, name).toContain('viewBox="0 0 160 160"');
      expect(root, name).toContain('xmlns="http://www.w3.org/2000/svg"');
    }
  });

  it('keeps every drawing free of scripts, styles, ids and references', () => {
    for (const { name, svg } of drawings) {
      expect(svg, name).not.toMatch(/<script|<style|<foreignObject|<image|<use\b/i);
      expect(svg, name).not.toMatch(/\sid=|\shref=|xlink:|url\(|\son[a-z]+=/i);
      expect(svg, name).not.toMatch(/<!DOCTYPE|<!ENTITY|<\?xml-stylesheet/i);
    }
  });

  it('colours every drawing with currentColor only, so the theme paints it', () => {
    for (const { name, svg } of drawings) {
      expect(svg, name).toContain('stroke="currentColor"');
      const colours = paints(svg).filter((value) => value !== 'none');
      expect(colours.length, name).toBeGreaterThan(0);
      for (const value of colours) expect(value, name).toBe('currentColor');
      expect(svg, name).not.toMatch(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/i);
    }
  });
});

describe('pose table', () => {
  it('names only illustration keys that shipped steps use', () => {
    const stale = poseEntries.flatMap(([pose, { illustrations }]) =>
      illustrations.filter((key) => !shippedKeys.has(key)).map((key) => `${pose}: ${key}`),
    );
    expect(stale).toEqual([]);
  });

  it('puts no step key under two poses', () => {
    const keys = poseEntries.flatMap(([, { illustrations }]) => illustrations);
    const twice = keys.filter((key, i) => keys.indexOf(key) !== i);
    expect(twice).toEqual([]);
  });

  it('gives every pose at least one step key', () => {
    for (const [pose, { illustrations }] of poseEntries) {
      expect(illustrations.length, pose).toBeGreaterThan(0);
    }
  });

  it('describes every pose in one sentence under 160 characters', () => {
    for (const [pose, { alt }] of poseEntries) {
      expect(alt, pose).toMatch(/^[A-Z][^.!?]*\.$/);
      expect(alt.length, pose).toBeLessThan(160);
    }
  });
});

describe('poseFor', () => {
  it('finds the pose for every step key in the table', () => {
    for (const [pose, { illustrations }] of poseEntries) {
      for (const key of illustrations) expect(poseFor(key), key).toBe(pose);
    }
  });

  it('finds a shared pose from any of its step keys', () => {
    expect(poseFor('neck-side-stretch')).toBe('seated-side-neck-stretch');
    expect(poseFor('upper-trap-pinch-hold')).toBe('seated-hand-to-shoulder');
    expect(poseFor('shoulder-stroking')).toBe('seated-hand-to-shoulder');
  });

  it('finds no pose for a step without a drawing, a user step or an object property', () => {
    expect(poseFor('jaw-rest-position')).toBeUndefined();
    expect(poseFor('own-step')).toBeUndefined();
    expect(poseFor('constructor')).toBeUndefined();
    expect(poseFor('')).toBeUndefined();
  });
});
