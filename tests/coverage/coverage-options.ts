import type { CoverageReportOptions } from 'monocart-coverage-reports';

// One set of Monocart options for the two places code runs under test: the unit tests (Node,
// through vitest-monocart-coverage) and the e2e tests (the renderer in Chromium). Both keep
// raw V8 data, so scripts/coverage-report.ts can merge them into one report by source file.

/** The app's own source, the same filter for both runs. */
export const SOURCE_FILTER = {
  '**/node_modules/**': false,
  'content/**': true,
  'electron/**': true,
  'renderer/**': true,
  '**': false,
};

/** Built bundles and their maps are read for the renderer; anything else the page ran is not. */
const ENTRY_FILTER = {
  '**/node_modules/**': false,
  '**/assets/*.js': true,
  '**/content/**': true,
  '**/electron/**': true,
  '**/renderer/**': true,
  '**': false,
};

/** Source paths as the repository names them: "renderer/player/PlayerScreen.tsx". */
function sourcePath(filePath: string): string {
  const at = filePath.search(/(^|\/)(content|electron|renderer)\//);
  return at < 0 ? filePath : filePath.slice(at).replace(/^\//, '');
}

export function rawOptions(name: 'unit' | 'shell' | 'e2e'): CoverageReportOptions {
  return {
    name: `Unknot ${name} coverage`,
    outputDir: `coverage/${name}`,
    reports: [['raw', { outputDir: 'raw' }]],
    entryFilter: ENTRY_FILTER,
    sourceFilter: SOURCE_FILTER,
    sourcePath,
    cleanCache: false,
    logging: 'error',
  };
}
