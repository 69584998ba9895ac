/**
 * The process boundaries, checked on every `npm test` (`npm run lint:boundaries`).
 * The layering, from the bottom: content <- electron/common <- electron/<feature>
 * <- electron/app; electron/preload and renderer/ sit on electron/common only.
 * See docs/architecture.md for why each rule exists.
 */

/** Pure cores: logic that decides. No file system, no child processes, no Electron. */
const PURE_CORES = [
  '^content/',
  '^electron/common/',
  '^electron/errors/',
  '^electron/ipc/',
  '^electron/history/(journal-format|journal-fold|history-stats|relief-tally|pain-by-area)\\.ts$',
  '^electron/report/(clinician-report|report-html)\\.ts$',
  '^electron/playback/(routine-clock|clock-scheduler|session-recorder)\\.ts$',
  '^electron/reminders/reminder-schedule\\.ts$',
  '^electron/desk/',
  '^electron/protocol/',
];

const ELECTRON = '^node_modules/electron/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'An import cycle makes load order matter and hides which part owns what.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'only-the-shell-imports-electron',
      severity: 'error',
      comment: 'Only electron/app (the shell) and electron/preload may load Electron.',
      from: { pathNot: '^electron/(app|preload)/' },
      to: { path: ELECTRON },
    },
    {
      name: 'pure-cores-do-no-io',
      severity: 'error',
      comment: 'Pure cores decide; the services around them read and write.',
      from: { path: PURE_CORES },
      to: {
        dependencyTypes: ['core'],
        path: '^(node:)?(fs|fs/promises|child_process|net|http|https|worker_threads)$',
      },
    },
    {
      name: 'content-is-plain-data',
      severity: 'error',
      comment: 'content/ is data and planning: no Node, no React, nothing from the processes.',
      from: { path: '^content/' },
      to: {
        path: ['^electron/', '^renderer/', '^node_modules/(react|react-dom)/', ELECTRON],
      },
    },
    {
      name: 'content-uses-no-node',
      severity: 'error',
      from: { path: '^content/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'common-is-the-bottom-of-electron',
      severity: 'error',
      comment: 'electron/common crosses the process boundary, so it leans on no feature.',
      from: { path: '^electron/common/' },
      to: { path: '^electron/', pathNot: '^electron/common/' },
    },
    {
      name: 'features-do-not-reach-up-into-the-shell',
      severity: 'error',
      comment: 'Features are wired by electron/app; they never import it.',
      from: { path: '^electron/', pathNot: '^electron/app/' },
      to: { path: '^electron/app/' },
    },
    {
      name: 'preload-knows-only-the-contract',
      severity: 'error',
      from: { path: '^electron/preload/' },
      to: { path: '^electron/', pathNot: '^electron/(common|preload)/' },
    },
    {
      name: 'renderer-reaches-main-only-through-the-contract',
      severity: 'error',
      comment: 'The renderer talks to main through window.unknot; it may read the contract.',
      from: { path: '^renderer/' },
      to: { path: '^electron/', pathNot: '^electron/common/' },
    },
    {
      name: 'renderer-imports-the-contract-as-types',
      severity: 'error',
      comment:
        'Types only, so zod and the schemas stay out of the page bundle. The two exceptions, ' +
        'startup-data.ts (how the page carries its first data) and language.ts (which ' +
        'language a person gets), are plain code both sides share, with no zod.',
      from: { path: '^renderer/' },
      to: {
        path: '^electron/common/',
        pathNot: '^electron/common/(ipc/startup-data|language)\\.ts$',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'startup-data-stays-plain',
      severity: 'error',
      comment: 'The page imports them (see above), so they may import nothing but types.',
      from: { path: '^electron/common/(ipc/startup-data|language)\\.ts$' },
      to: { dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'renderer-uses-no-node',
      severity: 'error',
      comment: 'The renderer is sandboxed.',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|\\.bench|test-results)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
