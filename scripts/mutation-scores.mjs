// Reads Stryker's JSON reports (one per mutated file) and prints one JSON object: the mutation
// score per file (killed and timed-out mutants over all that ran), the survivors per file,
// and the total.
import fs from 'node:fs';
import path from 'node:path';

const DIR = 'reports/mutation';
const reports = fs
  .readdirSync(DIR)
  .filter((name) => name.endsWith('.json') && !name.endsWith('.incremental.json'))
  .map((name) => JSON.parse(fs.readFileSync(path.join(DIR, name), 'utf8')));
const report = { files: Object.assign({}, ...reports.map((r) => r.files)) };
const DETECTED = new Set(['Killed', 'Timeout']);
const COUNTED = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);
const files = {};
let detected = 0;
let counted = 0;
for (const [file, { mutants }] of Object.entries(report.files)) {
  const ran = mutants.filter((m) => COUNTED.has(m.status));
  const hit = ran.filter((m) => DETECTED.has(m.status)).length;
  detected += hit;
  counted += ran.length;
  files[file] = {
    score: ran.length ? Math.round((hit / ran.length) * 1000) / 10 : null,
    mutants: ran.length,
    survived: ran.length - hit,
  };
}
const total = counted ? Math.round((detected / counted) * 1000) / 10 : null;
console.log(JSON.stringify({ total, files }));

// --survivors: every surviving mutant, where it is and what it changed, to stderr.
if (process.argv.includes('--survivors')) {
  for (const [file, { mutants }] of Object.entries(report.files)) {
    for (const m of mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')) {
      const at = `${file}:${m.location.start.line}:${m.location.start.column}`;
      console.error(`${at} ${m.status} ${m.mutatorName}: ${JSON.stringify(m.replacement ?? '')}`);
    }
  }
}
