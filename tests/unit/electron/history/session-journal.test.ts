import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../../electron/errors/user-error';
import type { JournalFs } from '../../../../electron/history/journal-files';
import {
  SessionJournal,
  type SessionJournalOptions,
} from '../../../../electron/history/session-journal';
import type {
  SessionEnd,
  SessionProgress,
  SessionStart,
} from '../../../../electron/playback/session-recorder';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();

/** 2025-03-10, a Monday, 09:00 UTC. */
const T0 = Date.UTC(2025, 2, 10, 9, 0, 0);
const MINUTE = 60_000;

function counterIds(prefix: string): () => string {
  let next = 0;
  return () => `${prefix}-${String((next += 1)).padStart(6, '0')}`;
}

function openJournal(dir: string, options: Partial<SessionJournalOptions> = {}): SessionJournal {
  return new SessionJournal({
    dir,
    deviceId: 'desk',
    now: () => T0,
    newId: counterIds(options.deviceId ?? 'desk'),
    ...options,
  });
}

const start = (sessionId: string, at = T0, routineId = 'neck'): SessionStart => ({
  sessionId,
  routineId,
  title: routineId === 'neck' ? 'Neck and shoulders' : 'Low back',
  plannedSeconds: 600,
  startedAt: at,
});

const progress = (sessionId: string, steps: number, at: number): SessionProgress => ({
  sessionId,
  stepIndex: steps,
  stepsDone: Array.from({ length: steps }, (_, index) => `step-${index}`),
  completedSeconds: steps * 120,
  at,
});

const end = (
  sessionId: string,
  steps: number,
  at: number,
  status: SessionEnd['status'] = 'completed',
): SessionEnd => ({ ...progress(sessionId, steps, at), status });

/** Records a whole session the way the routine clock does: start, a checkpoint per step, end. */
function playSession(
  journal: SessionJournal,
  sessionId: string,
  at: number,
  options: { steps?: number; stop?: boolean; routineId?: string } = {},
): void {
  const steps = options.steps ?? 5;
  journal.started(start(sessionId, at, options.routineId));
  for (let step = 0; step < steps; step += 1) {
    journal.checkpoint(progress(sessionId, step, at + step * 2 * MINUTE));
  }
  journal.ended(
    end(sessionId, steps, at + steps * 2 * MINUTE, options.stop ? 'stopped' : 'completed'),
  );
}

function historyFile(dir: string, deviceId = 'desk', year = 2025): string {
  return path.join(dir, 'history', `sessions-${year}.${deviceId}.jsonl`);
}

function lines(file: string): string[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
}

describe('session journal', () => {
  it('writes one JSON line per event and loads the session back', () => {
    const dir = tempDir();
    const journal = openJournal(dir);
    playSession(journal, 'a', T0, { steps: 3 });
    journal.close();

    const written = lines(historyFile(dir)).map(
      (line) => JSON.parse(line) as Record<string, unknown>,
    );
    expect(written.map((event) => event.type)).toEqual([
      'session-started',
      'step-completed',
      'step-completed',
      'step-completed',
      'session-ended',
    ]);
    for (const event of written) {
      expect(event).toMatchObject({ v: 1, device: 'desk', sessionId: 'a' });
      expect(typeof event.id).toBe('string');
      expect(typeof event.at).toBe('number');
    }
    expect(new Set(written.map((event) => event.id)).size).toBe(written.length);

    const loaded = openJournal(dir).load();
    expect(loaded.damaged).toEqual([]);
    expect(loaded.unknownEvents).toEqual([]);
    expect(loaded.sessions).toEqual([
      {
        sessionId: 'a',
        routineId: 'neck',
        title: 'Neck and shoulders',
        device: 'desk',
        startedAt: T0,
        endedAt: T0 + 6 * MINUTE,
        plannedSeconds: 600,
        completedSeconds: 360,
        stepsDone: ['step-0', 'step-1', 'step-2'],
        status: 'completed',
        lastStepIndex: 3,
      },
    ]);
  });

  it('lists sessions newest first', () => {
    const dir = tempDir();
    const journal = openJournal(dir);
    playSession(journal, 'old', T0);
    playSession(journal, 'new', T0 + 60 * MINUTE);
    expect(journal.load().sessions.map((session) => session.sessionId)).toEqual(['new', 'old']);
  });

  it('keeps the partial credit of a stopped session', () => {
    const dir = tempDir();
    const journal = openJournal(dir);
    journal.started(start('s'));
    journal.checkpoint(progress('s', 0, T0));
    journal.checkpoint(progress('s', 1, T0 + 2 * MINUTE));
    journal.ended({
      ...progress('s', 1, T0 + 3 * MINUTE),
      completedSeconds: 185,
      status: 'stopped',
    });
    const [session] = journal.load().sessions;
    expect(session).toMatchObject({
      status: 'stopped',
      completedSeconds: 185,
      stepsDone: ['step-0'],
      plannedSeconds: 600,
      endedAt: T0 + 3 * MINUTE,
    });
  });

  it('folds pain check-ins and notes into their session, the latest one winning', () => {
    const dir = tempDir();
    let now = T0;
    const journal = openJournal(dir, { now: () => now });
    journal.started(start('a'));
    journal.checkIn('a', 'before', 7);
    journal.ended(end('a', 5, T0 + 10 * MINUTE));
    now = T0 + 11 * MINUTE;
    journal.checkIn('a', 'after', 4);
    journal.setNote('a', '  Left shoulder eased.  ');
    now = T0 + 12 * MINUTE;
    journal.checkIn('a', 'after', 3);
    const [session] = journal.load().sessions;
    expect(session).toMatchObject({ painBefore: 7, painAfter: 3, note: 'Left shoulder eased.' });

    now = T0 + 13 * MINUTE;
    journal.setNote('a', '');
    expect(journal.load().sessions[0]!.note).toBeUndefined();
  });

  it('keeps where it hurt with each check-in, a later check-in of the same kind replacing it', () => {
    const dir = tempDir();
    let now = T0;
    const journal = openJournal(dir, { now: () => now });
    journal.started(start('a'));
    journal.checkIn('a', 'before', 6, ['neck', 'shoulders', 'neck']);
    journal.ended(end('a', 5, T0 + 10 * MINUTE));
    now = T0 + 11 * MINUTE;
    journal.checkIn('a', 'after', 4, ['shoulders']);
    expect(journal.load().sessions[0]?.areasAfter).toEqual(['shoulders']);
    now = T0 + 12 * MINUTE;
    journal.checkIn('a', 'after', 3);
    const [session] = journal.load().sessions;
    expect(session?.areasBefore).toEqual(['neck', 'shoulders']);
    expect(session?.painAfter).toBe(3);
    expect(session && 'areasAfter' in session).toBe(false);
  });

  it('keeps the score of a check-in whose areas it cannot read, and the areas it knows', () => {
    const dir = tempDir();
    const journal = openJournal(dir);
    journal.started(start('a'));
    journal.started(start('b', T0 + MINUTE));
    journal.started(start('c', T0 + MINUTE));
    const file = historyFile(dir);
    const line = (sessionId: string, areas: unknown) =>
      `${JSON.stringify({ v: 1, id: `x-${sessionId}`, at: T0 + 2 * MINUTE, device: 'desk', type: 'pain-checkin', sessionId, when: 'before', score: 5, areas })}\n`;
    // A newer app's area beside a known one, a list damaged into a string, and a list of
    // only areas this version does not know.
    fs.appendFileSync(
      file,
      line('a', ['neck', 'left-little-toe']) + line('b', 'neck') + line('c', ['left-little-toe']),
    );
    const sessions = new SessionJournal({ dir, deviceId: 'desk', now: () => T0 }).load().sessions;
    const byId = new Map(sessions.map((s) => [s.sessionId, s]));
    expect(byId.get('a')).toMatchObject({ painBefore: 5, areasBefore: ['neck'] });
    expect(byId.get('b')?.painBefore).toBe(5);
    expect(byId.get('b')?.areasBefore).toBeUndefined();
    expect(byId.get('c')?.painBefore).toBe(5);
    expect(byId.get('c') && 'areasBefore' in byId.get('c')!).toBe(false);
  });

  it('refuses a pain score outside the 0-10 scale', () => {
    const journal = openJournal(tempDir());
    expect(() => journal.checkIn('a', 'before', 11)).toThrow(RangeError);
    expect(() => journal.checkIn('a', 'before', 2.5)).toThrow(RangeError);
    expect(() => journal.checkIn('a', 'before', -1)).toThrow(RangeError);
  });

  it('hides a deleted session but keeps its events on disk', () => {
    const dir = tempDir();
    const journal = openJournal(dir);
    playSession(journal, 'keep', T0);
    playSession(journal, 'gone', T0 + 30 * MINUTE);
    const before = lines(historyFile(dir)).length;
    journal.deleteSession('gone');
    expect(journal.load().sessions.map((session) => session.sessionId)).toEqual(['keep']);
    expect(lines(historyFile(dir))).toHaveLength(before + 1);
  });

  it('sets a torn last line aside in .damaged and loads the rest', () => {
    const dir = tempDir();
    const journal = openJournal(dir);
    playSession(journal, 'a', T0);
    journal.close();
    const file = historyFile(dir);
    const good = fs.readFileSync(file);
    const torn = '{"v":1,"type":"session-started","id":"x","at":17';
    fs.appendFileSync(file, torn);

    const loaded = openJournal(dir).load();
    expect(loaded.sessions.map((session) => session.sessionId)).toEqual(['a']);
    expect(loaded.damaged).toEqual([
      { file, bytes: Buffer.byteLength(torn), where: 'end', movedTo: `${file}.damaged` },
    ]);
    expect(fs.readFileSync(file)).toEqual(good);
    expect(fs.readFileSync(`${file}.damaged`, 'utf8')).toBe(`${torn}\n`);
    // Set aside once: the next load finds nothing wrong.
    expect(openJournal(dir).load().damaged).toEqual([]);
  });

  it('sets aside a complete line that lost its newline: its write was never acknowledged', () => {
    const dir = tempDir();
    const journal = openJournal(dir);
    playSession(journal, 'a', T0);
    journal.close();
    const file = historyFile(dir);
    const unfinished = JSON.stringify({
      v: 1,
      type: 'session-deleted',
      id: 'z',
      at: T0 + MINUTE,
      device: 'desk',
      sessionId: 'a',
    });
    fs.appendFileSync(file, unfinished);
    const loaded = openJournal(dir).load();
    expect(loaded.sessions).toHaveLength(1);
    expect(loaded.damaged).toMatchObject([{ where: 'end', bytes: unfinished.length }]);
  });

  it('never glues a new line onto a torn one when writing before any load', () => {
    const dir = tempDir();
    const first = openJournal(dir);
    playSession(first, 'a', T0);
    first.close();
    fs.appendFileSync(historyFile(dir), '{"v":1,"type":"sess');

    const second = openJournal(dir, { newId: counterIds('second') });
    playSession(second, 'b', T0 + 60 * MINUTE);
    const loaded = second.load();
    expect(loaded.sessions.map((session) => session.sessionId)).toEqual(['b', 'a']);
    expect(loaded.damaged).toMatchObject([
      { where: 'middle', bytes: '{"v":1,"type":"sess\n'.length },
    ]);
  });

  it('moves a corrupt line in the middle to .damaged and keeps every other line', () => {
    const dir = tempDir();
    const journal = openJournal(dir);
    playSession(journal, 'a', T0, { steps: 2 });
    playSession(journal, 'b', T0 + 60 * MINUTE, { steps: 2 });
    journal.close();
    const file = historyFile(dir);
    const original = lines(file);
    const corrupt = '{"v":1,"type":"step-comp\u0000garbage';
    const withCorrupt = [...original.slice(0, 3), corrupt, ...original.slice(3)];
    fs.writeFileSync(file, `${withCorrupt.join('\n')}\n`);

    const reopened = openJournal(dir, { newId: counterIds('again') });
    const loaded = reopened.load();
    expect(loaded.sessions.map((session) => [session.sessionId, session.status])).toEqual([
      ['b', 'completed'],
      ['a', 'completed'],
    ]);
    expect(loaded.damaged).toEqual([
      {
        file,
        bytes: Buffer.byteLength(`${corrupt}\n`),
        where: 'middle',
        movedTo: `${file}.damaged`,
      },
    ]);
    expect(lines(file)).toEqual(original);
    expect(fs.readFileSync(`${file}.damaged`, 'utf8')).toBe(`${corrupt}\n`);

    // The journal keeps appending to the rewritten file.
    playSession(reopened, 'c', T0 + 120 * MINUTE, { steps: 1 });
    expect(reopened.load().sessions).toHaveLength(3);
  });

  it('keeps event types it does not know, on disk and in unknownEvents', () => {
    const dir = tempDir();
    const journal = openJournal(dir);
    playSession(journal, 'a', T0);
    journal.close();
    const file = historyFile(dir);
    const future = {
      v: 2,
      type: 'mood-checkin',
      id: 'future-1',
      at: T0 + MINUTE,
      device: 'desk',
      sessionId: 'a',
      mood: 'calm',
    };
    fs.appendFileSync(file, `${JSON.stringify(future)}\n`);
    const sizeWithFuture = fs.statSync(file).size;

    const reopened = openJournal(dir, { newId: counterIds('again') });
    const loaded = reopened.load();
    expect(loaded.unknownEvents).toEqual([future]);
    expect(loaded.damaged).toEqual([]);
    expect(loaded.sessions[0]).toMatchObject({ sessionId: 'a', status: 'completed' });
    playSession(reopened, 'b', T0 + 60 * MINUTE);
    expect(fs.readFileSync(file, 'utf8')).toContain(JSON.stringify(future));
    expect(fs.statSync(file).size).toBeGreaterThan(sizeWithFuture);
  });

  it('records a crashed session as interrupted at its last checkpoint, once', () => {
    const dir = tempDir();
    const crashed = openJournal(dir);
    playSession(crashed, 'done', T0 - 60 * MINUTE);
    crashed.started(start('cut'));
    crashed.checkpoint(progress('cut', 0, T0));
    crashed.checkpoint(progress('cut', 1, T0 + 2 * MINUTE));
    crashed.checkpoint(progress('cut', 2, T0 + 4 * MINUTE));
    // No close(), no end: the process died here.

    const restarted = openJournal(dir, { now: () => T0 + 90 * MINUTE, newId: counterIds('run2') });
    const recovered = restarted.recoverInterrupted();
    expect(recovered).toEqual([
      expect.objectContaining({
        sessionId: 'cut',
        status: 'interrupted',
        lastStepIndex: 2,
        completedSeconds: 240,
        stepsDone: ['step-0', 'step-1'],
        endedAt: T0 + 4 * MINUTE,
      }),
    ]);
    const loaded = restarted.load().sessions;
    expect(loaded.map((session) => [session.sessionId, session.status])).toEqual([
      ['cut', 'interrupted'],
      ['done', 'completed'],
    ]);
    expect(loaded[0]).toMatchObject({ lastStepIndex: 2, completedSeconds: 240 });
    expect(restarted.recoverInterrupted()).toEqual([]);
  });

  it('does not call a session interrupted while this run is still playing it', () => {
    const journal = openJournal(tempDir());
    journal.started(start('live'));
    journal.checkpoint(progress('live', 0, T0));
    expect(journal.recoverInterrupted()).toEqual([]);
    expect(journal.load().sessions[0]!.status).toBe('in-progress');
  });

  it("leaves another device's unfinished session alone: only that device can tell", () => {
    const dir = tempDir();
    const laptop = openJournal(dir, { deviceId: 'laptop' });
    laptop.started(start('elsewhere'));
    const desk = openJournal(dir);
    expect(desk.recoverInterrupted()).toEqual([]);
    expect(desk.load().sessions[0]).toMatchObject({ device: 'laptop', status: 'in-progress' });
  });

  it('merges two devices sharing a synced folder in time order, each writing its own files', () => {
    const dir = tempDir();
    const desk = openJournal(dir, { deviceId: 'desk' });
    const laptop = openJournal(dir, { deviceId: 'laptop' });
    playSession(desk, 'd1', T0);
    playSession(laptop, 'l1', T0 + 30 * MINUTE);
    playSession(desk, 'd2', T0 + 60 * MINUTE);
    playSession(laptop, 'l2', T0 + 90 * MINUTE, { stop: true, steps: 2 });
    // A check-in made on the laptop about a session played at the desk.
    laptop.checkIn('d1', 'after', 2);

    expect(fs.readdirSync(path.join(dir, 'history')).sort()).toEqual([
      'sessions-2025.desk.jsonl',
      'sessions-2025.laptop.jsonl',
    ]);
    for (const line of lines(historyFile(dir, 'laptop'))) {
      expect(JSON.parse(line)).toMatchObject({ device: 'laptop' });
    }
    for (const journal of [desk, laptop]) {
      const sessions = journal.load().sessions;
      expect(sessions.map((session) => [session.sessionId, session.device])).toEqual([
        ['l2', 'laptop'],
        ['d2', 'desk'],
        ['l1', 'laptop'],
        ['d1', 'desk'],
      ]);
      expect(sessions[0]!.status).toBe('stopped');
      expect(sessions[3]!.painAfter).toBe(2);
    }
  });

  it('sees between two loads what other devices appended, and a file a sync tool replaced', () => {
    const dir = tempDir();
    const desk = openJournal(dir);
    const laptop = openJournal(dir, { deviceId: 'laptop' });
    playSession(laptop, 'l1', T0);
    expect(desk.load().sessions.map((session) => session.sessionId)).toEqual(['l1']);

    playSession(laptop, 'l2', T0 + 30 * MINUTE);
    laptop.checkIn('l1', 'before', 5);
    expect(desk.load().sessions.map((session) => [session.sessionId, session.painBefore])).toEqual([
      ['l2', undefined],
      ['l1', 5],
    ]);

    // Sync tools write a new version beside the old and rename it over: a new file.
    const file = historyFile(dir, 'laptop');
    const kept = lines(file).filter((line) => !line.includes('"l2"'));
    fs.writeFileSync(`${file}.part`, `${kept.join('\n')}\n`);
    fs.renameSync(`${file}.part`, file);
    expect(desk.load().sessions.map((session) => session.sessionId)).toEqual(['l1']);
  });

  it('reports damage that recoverInterrupted() set aside in the next load()', () => {
    const dir = tempDir();
    const crashed = openJournal(dir);
    playSession(crashed, 'a', T0);
    crashed.started(start('cut', T0 + 30 * MINUTE));
    crashed.close();
    const file = historyFile(dir);
    fs.appendFileSync(file, '{"v":1,"type":"step-co');

    const restarted = openJournal(dir, { newId: counterIds('run2') });
    expect(restarted.recoverInterrupted().map((session) => session.sessionId)).toEqual(['cut']);
    const loaded = restarted.load();
    expect(loaded.damaged).toEqual([{ file, bytes: 22, where: 'end', movedTo: `${file}.damaged` }]);
    expect(restarted.load().damaged).toEqual([]);
  });

  it("reports but never rewrites another device's damaged file", () => {
    const dir = tempDir();
    const laptop = openJournal(dir, { deviceId: 'laptop' });
    playSession(laptop, 'l1', T0);
    laptop.close();
    const file = historyFile(dir, 'laptop');
    fs.appendFileSync(file, '{"torn');
    const size = fs.statSync(file).size;

    const loaded = openJournal(dir).load();
    expect(loaded.sessions).toHaveLength(1);
    expect(loaded.damaged).toEqual([{ file, bytes: 6, where: 'end' }]);
    expect(fs.statSync(file).size).toBe(size);
    expect(fs.existsSync(`${file}.damaged`)).toBe(false);
  });

  it("counts once the events of a sync tool's conflict copy", () => {
    const dir = tempDir();
    const journal = openJournal(dir);
    playSession(journal, 'a', T0);
    const file = historyFile(dir);
    fs.copyFileSync(file, file.replace('.jsonl', '.sync-conflict-20250310-101010-ABC.jsonl'));
    const loaded = journal.load();
    expect(loaded.sessions).toHaveLength(1);
    expect(loaded.sessions[0]!.completedSeconds).toBe(600);
  });

  it('starts a new file each year and reads them all', () => {
    const dir = tempDir();
    const journal = openJournal(dir);
    // A session across New Year's Eve: started in one year's file, ended in the next.
    const eve = new Date(2024, 11, 31, 23, 55).getTime();
    journal.started(start('nye', eve));
    journal.checkpoint(progress('nye', 0, eve));
    journal.ended(end('nye', 1, eve + 10 * MINUTE));
    playSession(journal, 'a', T0);
    expect(fs.readdirSync(path.join(dir, 'history')).sort()).toEqual([
      'sessions-2024.desk.jsonl',
      'sessions-2025.desk.jsonl',
    ]);
    expect(journal.load().sessions.map((session) => [session.sessionId, session.status])).toEqual([
      ['a', 'completed'],
      ['nye', 'completed'],
    ]);
  });

  it('refuses a device id that could not name a file', () => {
    expect(() => openJournal(tempDir(), { deviceId: '../evil' })).toThrow(RangeError);
  });

  it('throws a clear error on a full disk and loses nothing already written', () => {
    const dir = tempDir();
    let full = false;
    const failing: JournalFs = {
      ...fs,
      writeSync: ((fd: number, buffer: Buffer, offset: number, length: number) => {
        if (!full) return fs.writeSync(fd, buffer, offset, length);
        // A disk that takes half the line and then runs out of room.
        if (length > 10) return fs.writeSync(fd, buffer, offset, Math.floor(length / 2));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
          code: 'ENOSPC',
        });
      }) as JournalFs['writeSync'],
    };
    const journal = openJournal(dir, { fs: failing });
    playSession(journal, 'safe', T0);
    const file = historyFile(dir);
    const written = fs.readFileSync(file);

    full = true;
    const attempts: (() => void)[] = [
      () => journal.started(start('lost', T0 + 60 * MINUTE)),
      () => journal.checkpoint(progress('lost', 1, T0 + 61 * MINUTE)),
      () => journal.ended(end('lost', 1, T0 + 62 * MINUTE)),
    ];
    for (const attempt of attempts) {
      expect(attempt).toThrow(UserError);
      expect(attempt).toThrow('Could not record the session: the disk is full.');
    }
    expect(() => journal.checkIn('safe', 'after', 3)).toThrow(
      'Could not save the pain score: the disk is full.',
    );
    // Asserted outside a catch: if nothing is thrown, this fails too.
    let thrown: unknown;
    try {
      journal.started(start('lost', T0 + 60 * MINUTE));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UserError);
    expect(thrown).toMatchObject({ errno: 'ENOSPC', code: 'storage-failed' });
    // The half-written lines were cut off again: the file is exactly as it was.
    expect(fs.readFileSync(file)).toEqual(written);

    full = false;
    playSession(journal, 'later', T0 + 120 * MINUTE);
    const loaded = openJournal(dir).load();
    expect(loaded.damaged).toEqual([]);
    expect(loaded.sessions.map((session) => [session.sessionId, session.status])).toEqual([
      ['later', 'completed'],
      ['safe', 'completed'],
    ]);
  });

  it('names the cause of other write errors', () => {
    const readOnly: JournalFs = {
      ...fs,
      openSync: (() => {
        throw Object.assign(new Error('EROFS: read-only file system, open'), { code: 'EROFS' });
      }) as JournalFs['openSync'],
    };
    const journal = openJournal(tempDir(), { fs: readOnly });
    expect(() => journal.started(start('a'))).toThrow(
      'Could not record the session: the data folder is on a read-only disk.',
    );
  });

  it('loads an empty history from a folder that has none yet', () => {
    expect(openJournal(tempDir()).load()).toEqual({ sessions: [], unknownEvents: [], damaged: [] });
  });

  it('records a session and reads it back with 20,000 sessions already in history', () => {
    const dir = tempDir();
    const historyDir = path.join(dir, 'history');
    fs.mkdirSync(historyDir);
    const now = Date.now();
    const year = new Date(now).getFullYear();
    const chunks: string[] = [];
    let id = 0;
    const event = (fields: Record<string, unknown>, at: number): string =>
      `${JSON.stringify({ v: 1, id: `h${(id += 1)}`, at, device: 'desk', ...fields })}\n`;
    // Spread over this year up to now, so it all lands in the file the journal appends to.
    const yearStart = new Date(year, 0, 1).getTime();
    for (let index = 0; index < 20_000; index += 1) {
      const at = yearStart + Math.floor(((now - yearStart) * index) / 20_000);
      const sessionId = `history-${index}`;
      chunks.push(
        event(
          {
            type: 'session-started',
            sessionId,
            routineId: 'neck',
            title: 'Neck',
            plannedSeconds: 600,
          },
          at,
        ),
      );
      for (let step = 0; step < 4; step += 1) {
        chunks.push(
          event(
            {
              type: 'step-completed',
              sessionId,
              stepIndex: step,
              stepsDone: Array.from({ length: step }, (_, k) => `step-${k}`),
              completedSeconds: step * 150,
            },
            at + step * 150_000,
          ),
        );
      }
      chunks.push(
        event(
          {
            type: 'session-ended',
            sessionId,
            status: 'completed',
            completedSeconds: 600,
            stepsDone: ['step-0', 'step-1', 'step-2', 'step-3'],
            stepIndex: 3,
          },
          at + 600_000,
        ),
      );
      chunks.push(event({ type: 'pain-checkin', sessionId, when: 'before', score: 6 }, at));
      chunks.push(
        event({ type: 'pain-checkin', sessionId, when: 'after', score: 4 }, at + 600_000),
      );
    }
    const file = path.join(historyDir, `sessions-${year}.desk.jsonl`);
    fs.writeFileSync(file, chunks.join(''));

    const journal = new SessionJournal({ dir, deviceId: 'desk' });
    const loadStart = performance.now();
    expect(journal.load().sessions).toHaveLength(20_000);
    const loadMs = performance.now() - loadStart;

    const timings: number[] = [];
    for (let index = 0; index < 200; index += 1) {
      const sessionId = `timed-${index}`;
      const at = Date.now();
      const begin = performance.now();
      journal.started({
        sessionId,
        routineId: 'neck',
        title: 'Neck',
        plannedSeconds: 600,
        startedAt: at,
      });
      journal.ended({
        sessionId,
        status: 'completed',
        stepIndex: 0,
        stepsDone: ['step-0'],
        completedSeconds: 600,
        at,
      });
      timings.push(performance.now() - begin);
    }
    const reloadStart = performance.now();
    expect(journal.load().sessions).toHaveLength(20_200);
    const reloadMs = performance.now() - reloadStart;
    journal.close();
    timings.sort((a, b) => a - b);
    const p95 = timings[Math.ceil(timings.length * 0.95) - 1]!;
    console.info(
      `journal: record a session (started + ended, 2 fsyncs) with 20,000 in history: ` +
        `p50 ${timings[99]!.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms; load of 20,000 ${loadMs.toFixed(0)} ms, ` +
        `again after the appends ${reloadMs.toFixed(0)} ms`,
    );
    // The time is a figure for npm run bench (record_session_ms_p95_with_20000, bar 25 ms),
    // printed here for the record; a loaded machine must not fail the suite on it.
    expect(p95).toBeGreaterThan(0);
    expect(openJournal(dir).load().sessions).toHaveLength(20_200);
  });

  it('makes a new journal file’s name durable: the history folder is fsynced before the first line is acknowledged', () => {
    const dir = tempDir();
    const log: string[] = [];
    const folders = new Map<number, string>();
    const recording: JournalFs = {
      ...fs,
      openSync: ((file: string, flags: string) => {
        const fd = fs.openSync(file, flags);
        if (flags === 'r') folders.set(fd, path.relative(dir, file) || '.');
        return fd;
      }) as JournalFs['openSync'],
      fsyncSync: (fd: number) => {
        log.push(folders.has(fd) ? `fsync folder ${folders.get(fd)}` : 'fsync file');
        fs.fsyncSync(fd);
      },
      // A closed folder's fd number is reused for the next file.
      closeSync: (fd: number) => {
        folders.delete(fd);
        fs.closeSync(fd);
      },
    };
    const journal = openJournal(dir, { fs: recording });
    journal.started(start('s'));
    // The data folder (for the new history folder), the history folder (for the new file),
    // then the line itself.
    expect(log).toEqual(['fsync folder .', 'fsync folder history', 'fsync file']);
    log.length = 0;
    journal.checkpoint(progress('s', 1, T0 + MINUTE));
    expect(log).toEqual(['fsync file']);
  });

  describe('a session resumed', () => {
    it('after a stop is one session: finished, both check-ins joined, its choices kept', () => {
      const dir = tempDir();
      const journal = openJournal(dir);
      const choices = { targetSeconds: 600, overrides: { 'step-1': { enabled: false } } };
      journal.started({ ...start('s'), choices });
      journal.checkIn('s', 'before', 6);
      journal.checkpoint(progress('s', 2, T0 + 4 * MINUTE));
      journal.ended(end('s', 2, T0 + 5 * MINUTE, 'stopped'));
      journal.resumed({ sessionId: 's', stepIndex: 2, at: T0 + 20 * MINUTE });
      journal.checkpoint(progress('s', 4, T0 + 24 * MINUTE));
      journal.ended(end('s', 5, T0 + 26 * MINUTE));
      journal.checkIn('s', 'after', 3);

      const sessions = openJournal(dir).load().sessions;
      expect(sessions).toHaveLength(1);
      expect(sessions[0]).toMatchObject({
        sessionId: 's',
        status: 'completed',
        startedAt: T0,
        endedAt: T0 + 26 * MINUTE,
        completedSeconds: 600,
        painBefore: 6,
        painAfter: 3,
        choices,
      });
    });

    it('after a crash is no longer interrupted, and interrupted again if it crashes again', () => {
      const dir = tempDir();
      const first = openJournal(dir);
      first.started(start('s'));
      first.checkpoint(progress('s', 2, T0 + 4 * MINUTE));
      // The app dies; the next start marks the session interrupted.
      // Each run of the app makes its own event ids.
      const second = openJournal(dir, { now: () => T0 + 25 * MINUTE, newId: counterIds('run2') });
      expect(second.recoverInterrupted().map((r) => r.sessionId)).toEqual(['s']);
      second.resumed({ sessionId: 's', stepIndex: 2, at: T0 + 30 * MINUTE });
      second.checkpoint(progress('s', 3, T0 + 32 * MINUTE));
      expect(second.load().sessions[0]).toMatchObject({ status: 'in-progress', lastStepIndex: 3 });
      // It dies again mid-way: interrupted once more, at the new step.
      const third = openJournal(dir, { now: () => T0 + 40 * MINUTE, newId: counterIds('run3') });
      expect(third.recoverInterrupted().map((r) => r.sessionId)).toEqual(['s']);
      expect(third.load().sessions).toEqual([
        expect.objectContaining({ sessionId: 's', status: 'interrupted', lastStepIndex: 3 }),
      ]);
    });
  });
});
