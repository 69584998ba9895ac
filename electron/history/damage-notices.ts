import fs from 'node:fs';
import path from 'node:path';
import type { Notice } from '../common/ipc/contract';
import { writeDurably } from '../data/durable-write';
import { tm } from '../i18n/main-i18n';
import type { DamagedPart } from './journal-format';

/** Damage in other computers' files already told, so it is told once, not at every start. */
const REPORTED = 'damage-reported.json';

const sizeOf = (bytes: number) => tm('errors:history.damage.bytes', { count: bytes });

/**
 * What to tell the user about damaged history: this computer's own damage was set aside
 * (said each time it happens); another computer's file is only read, never rewritten, so its
 * damage stays until that computer repairs it, and is told once.
 */
export function damageNotices(damaged: readonly DamagedPart[], dataDir: string): Notice[] {
  const notices: Notice[] = [];
  const own = damaged.filter((part) => part.movedTo !== undefined);
  if (own.length > 0) {
    const bytes = own.reduce((sum, part) => sum + part.bytes, 0);
    notices.push({
      id: 'journal-damaged',
      level: 'warning',
      message: tm('errors:history.damage.own', { size: sizeOf(bytes) }),
    });
  }
  const file = path.join(dataDir, REPORTED);
  let told: string[] = [];
  try {
    told = JSON.parse(fs.readFileSync(file, 'utf8')) as string[];
    if (!Array.isArray(told)) told = [];
  } catch {
    // Nothing told yet.
  }
  const fresh = damaged.filter((part) => {
    if (part.movedTo !== undefined) return false;
    return !told.includes(`${path.basename(part.file)}|${part.where}|${part.bytes}`);
  });
  for (const part of fresh) {
    notices.push({
      id: `journal-damaged-${path.basename(part.file)}-${part.where}`,
      level: 'info',
      message: tm('errors:history.damage.other', {
        file: path.basename(part.file),
        size: sizeOf(part.bytes),
      }),
    });
    told.push(`${path.basename(part.file)}|${part.where}|${part.bytes}`);
  }
  if (fresh.length > 0) {
    try {
      writeDurably(file, JSON.stringify(told));
    } catch {
      // Told again next start: better than never.
    }
  }
  return notices;
}
