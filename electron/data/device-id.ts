import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * This computer's id, which names its journal files so two computers syncing one data
 * folder never write the same file. Made once and kept in the data folder.
 */
export function readOrCreateDeviceId(dataDir: string): string {
  const file = path.join(dataDir, 'device-id');
  try {
    const existing = fs.readFileSync(file, 'utf8').trim();
    if (/^[A-Za-z0-9_-]{1,64}$/.test(existing)) return existing;
  } catch {
    // No id yet: this is the first start on this computer.
  }
  const id = randomUUID().slice(0, 8);
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, `${id}\n`);
  return id;
}
