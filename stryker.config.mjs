// Mutation testing of one of the cores or services that decide (npm run test:mutation runs
// them all, see scripts/mutation.mjs). Not part of npm test: a full run takes far longer
// than the suite. Incremental, so a rerun only tests the mutants whose code or tests changed.
// The property tests and the journal's kill test rerun for every mutant that they cover:
// fewer runs here keep a full run within an hour on two cores (npm test keeps its counts).
process.env.PLANNER_RUNS ??= '40';
process.env.TIMELINE_RUNS ??= '80';
process.env.JOURNAL_KILLS ??= '3';
process.env.DATA_KILLS ??= '3';
// Timing claims (the real-timer clock test) sit out: on a busy machine a late timer would
// count a mutant as killed for the wrong reason.
process.env.MUTATION_RUN = '1';
// Away from UTC, where a zone offset of 0 would hide a wrong sign: Sao Paulo is UTC-3.
process.env.TZ = 'America/Sao_Paulo';

const file = process.env.MUTATE_FILE;
if (!file)
  throw new Error('Run mutation testing with npm run test:mutation (it sets MUTATE_FILE).');
const slug = file.replace(/[/.]/g, '-');

// The tests that test each file. Without this, every test whose import graph reaches the
// file counts (the data folder's kill tests reach the clock through the services and take
// 13 s a run), and a full run of the clock took over an hour on two cores.
const TESTS_FOR = {
  'electron/settings/settings-migrations.ts': ['tests/unit/electron/settings/**'],
  'electron/data/backup.ts': ['tests/unit/electron/data/**'],
  'electron/history/journal-fold.ts': ['tests/unit/electron/history/**'],
  'electron/history/journal-format.ts': ['tests/unit/electron/history/**'],
  'content/routine-validation.ts': ['tests/unit/content/**', 'tests/unit/electron/routines/**'],
  'electron/reminders/reminder-schedule.ts': ['tests/unit/electron/reminders/**'],
  'electron/history/history-stats.ts': ['tests/unit/electron/history/**'],
  'electron/history/relief-tally.ts': ['tests/unit/electron/history/**'],
  'electron/history/pain-by-area.ts': ['tests/unit/electron/history/**'],
  'content/step-timeline.ts': ['tests/unit/content/**', 'tests/unit/electron/playback/**'],
  'electron/playback/routine-clock.ts': [
    'tests/unit/electron/playback/**',
    'tests/unit/electron/ipc/**',
    'tests/unit/electron/desk/**',
  ],
  'content/planner.ts': ['tests/unit/content/**', 'tests/unit/electron/playback/**'],
};
process.env.MUTATION_TESTS = (TESTS_FOR[file] ?? ['tests/unit/**'])
  .map((folder) => `${folder}/*.test.ts`)
  .join(',');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts' },
  coverageAnalysis: 'perTest',
  // One file per run (scripts/mutation.mjs sets MUTATE_FILE): each keeps its own
  // incremental record and report, so a long run that is stopped keeps what it finished.
  mutate: [file],
  incremental: true,
  incrementalFile: `reports/mutation/${slug}.incremental.json`,
  reporters: ['json', 'progress', 'clear-text'],
  jsonReporter: { fileName: `reports/mutation/${slug}.json` },
  concurrency: 2,
  // The real-timer clock test runs 10 s of real time; mutants must get room for it.
  timeoutMS: 30_000,
  // A mutant in a module-level constant would rerun the whole suite: counted as "ignored".
  ignoreStatic: true,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
