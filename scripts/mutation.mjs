// npm run test:mutation [file ...]: StrykerJS over the cores and the services that decide,
// one file per run (smallest first), then one JSON object with the score per file from every
// report so far (scripts/mutation-scores.mjs). A file's rerun reuses its earlier results for
// the code and tests that did not change.
import { spawnSync } from 'node:child_process';

const FILES = [
  'electron/settings/settings-migrations.ts',
  'electron/data/backup.ts',
  'electron/history/journal-fold.ts',
  'electron/history/journal-format.ts',
  'content/routine-validation.ts',
  'electron/reminders/reminder-schedule.ts',
  'electron/history/history-stats.ts',
  'electron/history/relief-tally.ts',
  'electron/history/pain-by-area.ts',
  'content/step-timeline.ts',
  'electron/playback/routine-clock.ts',
  'content/planner.ts',
];

const chosen = process.argv.slice(2);
for (const file of chosen.length > 0 ? chosen : FILES) {
  console.error(`\nMutation testing ${file}`);
  const run = spawnSync('npx', ['stryker', 'run'], {
    stdio: 'inherit',
    env: { ...process.env, MUTATE_FILE: file },
    shell: process.platform === 'win32',
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
spawnSync(process.execPath, ['scripts/mutation-scores.mjs'], { stdio: 'inherit' });
