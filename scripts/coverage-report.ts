// One coverage report for the unit, shell and e2e runs together (npm test prints it at the end):
// the unit tests' raw V8 data (vitest-monocart-coverage) and the renderer's from Chromium
// (tests/harness/page-coverage.ts) are merged by source file, then printed as line coverage
// per folder. The full report is written to coverage/merged/ (open index.html).
import fs from 'node:fs';
import { CoverageReport, type CoverageResults } from 'monocart-coverage-reports';
import ts from 'typescript';
import { rawOptions, SOURCE_FILTER } from '../tests/coverage/coverage-options';

const FOLDERS = ['content', 'electron', 'renderer'];

// The e2e workers each added their pages' data to one cache; turn it into raw data first.
await new CoverageReport(rawOptions('e2e')).generate();

const inputDir = ['coverage/unit/raw', 'coverage/shell/raw', 'coverage/e2e/raw'].filter((dir) =>
  fs.existsSync(dir),
);
let results: CoverageResults | undefined;
await new CoverageReport({
  name: 'Unknot coverage (unit + shell + e2e)',
  inputDir,
  outputDir: 'coverage/merged',
  reports: [['v8'], ['json-summary']],
  sourceFilter: SOURCE_FILTER,
  // Files no test loaded count too, at 0 %.
  all: {
    dir: FOLDERS,
    filter: { '**/*.d.ts': false, '**/*.ts': true, '**/*.tsx': true, '**': false },
  },
  logging: 'error',
  onEnd: (report) => {
    results = report;
  },
}).generate();

/** "renderer/player/PlayerScreen.tsx" -> ["renderer", "renderer/player"]. */
function foldersOf(file: string): string[] {
  const [top = file, sub] = file.split('/');
  return file.split('/').length > 2 ? [top, `${top}/${sub}`] : [top];
}

/** A file of types only compiles to nothing: no code to run, so no lines to count. */
function typesOnly(file: string): boolean {
  const source = fs.readFileSync(file, 'utf8');
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, removeComments: true },
  });
  return js.outputText.replace(/export \{\};|\/\/.*|\s/g, '') === '';
}

interface Tally {
  total: number;
  covered: number;
  files: number;
}
const tally = new Map<string, Tally>();
const zero: string[] = [];
if (!results) throw new Error('Coverage: the merged report produced no results');
for (const file of results.files.filter((f) => !typesOnly(f.sourcePath))) {
  const { total, covered } = file.summary.lines;
  if (total > 0 && covered === 0) zero.push(file.sourcePath);
  for (const folder of foldersOf(file.sourcePath)) {
    const t = tally.get(folder) ?? { total: 0, covered: 0, files: 0 };
    t.total += total;
    t.covered += covered;
    t.files += 1;
    tally.set(folder, t);
  }
}
const pct = (t: { total: number; covered: number }): number =>
  t.total ? Math.round((t.covered / t.total) * 1000) / 10 : 100;
const rows = [...tally.entries()].sort(([a], [b]) => a.localeCompare(b));
console.log('\nLine coverage, unit, shell and e2e together:');
for (const [folder, t] of rows) {
  const indent = folder.includes('/') ? '    ' : '  ';
  console.log(
    `${indent}${folder.padEnd(30 - indent.length)} ${String(pct(t)).padStart(5)} %  (${t.covered}/${t.total} lines, ${t.files} files)`,
  );
}
const all = FOLDERS.reduce(
  (sum, folder) => {
    const t = tally.get(folder) ?? { total: 0, covered: 0, files: 0 };
    return { total: sum.total + t.total, covered: sum.covered + t.covered };
  },
  { total: 0, covered: 0 },
);
console.log(`  ${'all'.padEnd(28)} ${String(pct(all)).padStart(5)} %`);
console.log(zero.length ? `Files at 0 %: ${zero.join(', ')}` : 'No file at 0 %.');
console.log('Full report: coverage/merged/index.html\n');
