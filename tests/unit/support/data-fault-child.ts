/**
 * The child process of data-kill.test.ts: restores two backups in turn, or moves the data
 * folder from one new folder to the next, as fast as it can, and prints "ack <what>" once
 * each has returned. The parent kills it at a random moment and checks what is on disk.
 *
 * Run: node --import tsx tests/unit/support/data-fault-child.ts restore <dataDir> <a> <b>
 *      node --import tsx tests/unit/support/data-fault-child.ts move <userData> <targetsDir>
 */
import fs from 'node:fs';
import path from 'node:path';
import { locateDataFolder, moveDataFolder } from '../../../electron/data/data-folder';
import { openApp } from './open-app';

const [mode, dir, ...rest] = process.argv.slice(2);

if (mode === 'restore' && dir && rest.length === 2) {
  const app = openApp(dir);
  const texts = rest.map((file) => fs.readFileSync(file, 'utf8'));
  process.stdout.write('ready\n');
  for (let count = 0; ; count += 1) {
    const which = count % 2;
    app.backup.apply(texts[which]!, new Date(Date.now() + count));
    process.stdout.write(`ack ${which === 0 ? 'A' : 'B'}\n`);
  }
} else if (mode === 'move' && dir && rest.length === 1) {
  process.stdout.write('ready\n');
  for (let count = 0; ; count += 1) {
    const current = locateDataFolder(dir).folder;
    const target = path.join(rest[0]!, `folder-${count}`);
    moveDataFolder({ userData: dir, current, target });
    process.stdout.write(`ack ${target}\n`);
  }
} else {
  process.stderr.write(
    'usage: data-fault-child restore <dataDir> <a> <b> | move <userData> <targetsDir>\n',
  );
  process.exit(2);
}
