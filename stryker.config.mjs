// Mutation testing of the cores and the services that decide (npm run test:mutation).
// Not part of npm test: a full run takes far longer than the suite. Incremental, so a rerun
// only tests the mutants whose code or tests changed; scripts/mutation-scores.mjs then
// prints one JSON object with the score per file.
// The property tests and the journal's kill test rerun for every mutant that they cover:
// fewer runs here keep a full run within an hour on two cores (npm test keeps its counts).
process.env.PLANNER_RUNS ??= '40';
process.env.TIMELINE_RUNS ??= '80';
process.env.JOURNAL_KILLS ??= '3';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts' },
  coverageAnalysis: 'perTest',
  mutate: [
    'content/planner.ts',
    'content/step-timeline.ts',
    'content/routine-validation.ts',
    'electron/playback/routine-clock.ts',
    'electron/reminders/reminder-schedule.ts',
    'electron/history/history-stats.ts',
    'electron/history/journal-format.ts',
    'electron/history/journal-fold.ts',
    'electron/data/backup.ts',
    'electron/settings/settings-migrations.ts',
  ],
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['json', 'progress', 'clear-text'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  concurrency: 2,
  // The real-timer clock test runs 10 s of real time; mutants must get room for it.
  timeoutMS: 30_000,
  // A mutant in a module-level constant would rerun the whole suite: counted as "ignored".
  ignoreStatic: true,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
