import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCrashLog } from '../../../../electron/notices/crash-log';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();

describe('the crash log', () => {
  it('appends what went wrong, when, and the stack, and says where', () => {
    const dir = path.join(tempDir(), 'logs');
    const error = new Error('settings folder is not writable');
    const file = writeCrashLog(
      dir,
      'Unknot could not start',
      error,
      new Date('2026-12-01T10:00:00Z'),
    );
    expect(file).toBe(path.join(dir, 'unknot.log'));
    writeCrashLog(dir, 'Unexpected error', 'a plain string', new Date('2026-12-01T10:05:00Z'));
    const text = fs.readFileSync(file!, 'utf8');
    expect(text).toMatch(
      /^\[2026-12-01T10:00:00\.000Z\] Unknot could not start\nError: settings folder is not writable\n\s+at /,
    );
    expect(text).toContain('[2026-12-01T10:05:00.000Z] Unexpected error\na plain string\n');
  });

  it('starts a new log past 1 MB and keeps the old one beside it', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'unknot.log'), 'x'.repeat(1024 * 1024 + 1));
    writeCrashLog(dir, 'Unexpected error', new Error('boom'));
    expect(fs.statSync(path.join(dir, 'unknot.old.log')).size).toBe(1024 * 1024 + 1);
    expect(fs.readFileSync(path.join(dir, 'unknot.log'), 'utf8')).toContain('boom');
  });

  it('never throws when the log cannot be written, so the error it was for is still shown', () => {
    const dir = tempDir();
    const blocked = path.join(dir, 'a-file');
    fs.writeFileSync(blocked, '');
    expect(writeCrashLog(path.join(blocked, 'logs'), 'Unexpected error', new Error('x'))).toBe(
      undefined,
    );
  });
});
