// Runs electronegativity over the Electron code, the renderer sources and the built page,
// and fails on any finding: electronegativity itself exits 0 whatever it finds.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const electronVersion = JSON.parse(
  fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8'),
).version;
// Needs the network to list newer Electron releases; this check runs offline. The suite
// keeps the dates instead: tests/unit/packaging/electron-support.test.ts fails once the
// pinned major is past its end of support.
const excluded = ['AvailableSecurityFixesGlobalCheck'];

if (!fs.existsSync(path.join(root, 'out/renderer/index.html'))) {
  console.error('security-check: build first (npm run build); the built page is scanned too.');
  process.exit(1);
}

// Global checks (CSP, navigation limits, permission handlers) judge the whole app, so the
// main process, the renderer sources and the built page are scanned together as one tree.
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'unknot-eneg-'));
const tree = path.join(work, 'app');
fs.cpSync(path.join(root, 'electron'), path.join(tree, 'electron'), { recursive: true });
fs.cpSync(path.join(root, 'renderer'), path.join(tree, 'renderer'), { recursive: true });
fs.mkdirSync(path.join(tree, 'built'));
fs.copyFileSync(path.join(root, 'out/renderer/index.html'), path.join(tree, 'built/index.html'));

const report = path.join(work, 'report.sarif');
try {
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules/@doyensec/electronegativity/dist/index.js'),
      ...['-i', tree, '-e', electronVersion, '-x', excluded.join(','), '-r', '-v', 'false'],
      ...['-o', report],
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], cwd: root },
  );
  const findings = [];
  const sarif = JSON.parse(fs.readFileSync(report, 'utf8'));
  for (const run of sarif.runs) {
    for (const result of run.results) {
      const location = result.locations?.[0]?.physicalLocation;
      const where = `${location?.artifactLocation?.uri ?? '?'}:${location?.region?.startLine ?? '?'}`;
      findings.push(`${result.ruleId} in ${where}: ${result.message.text}`);
    }
  }
  if (findings.length > 0) {
    console.error(`electronegativity: ${findings.length} finding(s)`);
    for (const finding of findings) console.error(`  ${finding}`);
    process.exitCode = 1;
  } else {
    console.log(
      `electronegativity: 0 findings in electron/, renderer/ and the built page (Electron ${electronVersion}; excluded ${excluded.join(', ')})`,
    );
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
