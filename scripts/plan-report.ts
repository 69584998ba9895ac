/**
 * npx tsx scripts/plan-report.ts [routine.json ...] — what the planner makes of each routine:
 * per step the effective min/default/max seconds (raised so every line is whole and every
 * hold keeps its bounds), the holds at the routine's own length, and every problem the
 * guidance audit finds at the shortest, default and longest length, normal and slower pace,
 * standard and gentle. With no arguments it reports every built-in routine. Exits 1 when
 * anything is wrong, so it doubles as a check while writing content.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { auditPlan, auditWording } from '../content/guidance-audit';
import { clipsByText, type NarrationManifest } from '../content/narration-manifest';
import { plan, planBounds, type Pace, type PlanIntensity } from '../content/planner';
import { RoutineSchema } from '../content/schema';

const root = resolve(import.meta.dirname, '..');
const routinesDir = join(root, 'content', 'routines');
const manifest = JSON.parse(
  readFileSync(join(root, 'assets', 'narration', 'manifest.json'), 'utf8'),
) as NarrationManifest;
const clip = clipsByText(manifest);
const clipSeconds = (text: string): number | undefined => clip(text)?.seconds;

const files = process.argv.slice(2).length
  ? process.argv.slice(2).map((f) => resolve(routinesDir, basename(f)))
  : readdirSync(routinesDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join(routinesDir, f));

let failures = 0;
for (const file of files) {
  const parsed = RoutineSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    console.log(`${basename(file)}: not a valid routine\n  ${parsed.error.message}`);
    failures++;
    continue;
  }
  const routine = parsed.data;
  const own = plan(routine, { clipSeconds });
  const contentDefault = routine.steps.reduce((sum, s) => sum + s.seconds.default, 0);
  console.log(
    `\n${basename(file)}: planned ${own.totalSeconds} s at its own lengths (content defaults add up to ${contentDefault} s)`,
  );
  for (const step of own.steps) {
    const source = routine.steps.find((s) => s.id === step.stepId);
    const holds = step.holds
      .map((h) => `${h.side}:${(h.endSeconds - h.startSeconds).toFixed(1)}`)
      .join(' ');
    const stated = source
      ? `${source.seconds.min}/${source.seconds.default}/${source.seconds.max}`
      : '';
    const flag =
      source && (source.seconds.min < step.minSeconds || source.seconds.max > step.maxSeconds)
        ? '  <- set seconds within the effective bounds'
        : '';
    console.log(
      `  ${step.key.padEnd(28)} ${step.technique.padEnd(24)} content ${stated.padEnd(12)} effective ${step.minSeconds}/${step.seconds}/${step.maxSeconds}${holds ? `  holds ${holds}` : ''}${flag}`,
    );
  }
  const problems = auditWording(routine).map((p) => `wording ${p.stepKey}: ${p.message}`);
  for (const pace of ['normal', 'slower'] as Pace[]) {
    for (const intensity of ['standard', 'gentle'] as PlanIntensity[]) {
      for (const narrationDetail of ['full', 'cues'] as const) {
        const options = { pace, intensity, narrationDetail, clipSeconds };
        const bounds = planBounds(routine, options);
        for (const target of [undefined, bounds.minSeconds, bounds.maxSeconds]) {
          const planned = plan(routine, { ...options, targetSeconds: target });
          for (const p of auditPlan(planned, clipSeconds)) {
            problems.push(
              `${pace}/${intensity}/${narrationDetail} at ${target ?? 'own'} s, ${p.stepKey}: ${p.message}`,
            );
          }
        }
      }
    }
  }
  const unique = [...new Set(problems)];
  for (const p of unique.slice(0, 40)) console.log(`  PROBLEM ${p}`);
  if (unique.length > 40) console.log(`  ... and ${unique.length - 40} more`);
  if (unique.length > 0) failures++;
}
console.log(
  failures === 0
    ? '\nplan-report: no problems'
    : `\nplan-report: ${failures} file(s) with problems`,
);
process.exit(failures === 0 ? 0 : 1);
