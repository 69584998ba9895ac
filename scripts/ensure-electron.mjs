// Runs before `npm start`: npm 11 no longer runs dependencies' install scripts unless they
// are approved, so Electron's binary may never have been downloaded. Fetch it once here,
// with Electron's own installer, and say clearly what to do when that is impossible.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = path.dirname(require.resolve('electron/package.json'));

if (!fs.existsSync(path.join(electronDir, 'path.txt'))) {
  console.log('Downloading the Electron binary (once)...');
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    stdio: 'inherit',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' },
  });
  if (result.status !== 0 || !fs.existsSync(path.join(electronDir, 'path.txt'))) {
    console.error(
      'Could not download Electron. Unknot needs it to run as a desktop app; check your network, ' +
        'or set ELECTRON_MIRROR to a reachable mirror, then run `npm start` again.',
    );
    process.exit(1);
  }
}
