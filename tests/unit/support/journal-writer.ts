/**
 * The child process of journal-kill.test.ts: records sessions as fast as it can, the way the
 * routine clock does (started, a checkpoint per step, ended), and prints each session's id
 * once ended() has returned, that is once its last line is fsynced. The parent kills it at a
 * random moment and checks that every printed session survived.
 *
 * Run: node --import tsx tests/unit/support/journal-writer.ts <dataDir> <deviceId> <runTag>
 */
import fs from 'node:fs';
import type { JournalFs } from '../../../electron/history/journal-files';
import { SessionJournal } from '../../../electron/history/session-journal';

const [dir, deviceId, runTag] = process.argv.slice(2);
if (!dir || !deviceId || !runTag) {
  process.stderr.write('usage: journal-writer <dataDir> <deviceId> <runTag>\n');
  process.exit(2);
}

/**
 * One write() of a short line is never cut by SIGKILL (a power cut can), so kills alone would
 * never tear a line. Writing in small pieces, as a slow or network disk may, lets them.
 */
const PIECE = 4;
const piecewise: JournalFs = {
  ...fs,
  writeSync: ((fd: number, buffer: Buffer, offset: number, length: number) =>
    fs.writeSync(fd, buffer, offset, Math.min(length, PIECE))) as JournalFs['writeSync'],
};

const journal = new SessionJournal({ dir, deviceId, fs: piecewise });
// What the app does at start-up after a crash.
journal.recoverInterrupted();
// stdout to a pipe is synchronous on POSIX, so a printed line has left this process.
process.stdout.write('ready\n');

const STEPS = 4;
for (let count = 0; ; count += 1) {
  const sessionId = `${runTag}-${count}`;
  const startedAt = Date.now();
  journal.started({
    sessionId,
    routineId: 'neck',
    title: 'Neck and shoulders',
    plannedSeconds: STEPS * 60,
    startedAt,
  });
  const stepsDone: string[] = [];
  for (let step = 0; step < STEPS; step += 1) {
    journal.checkpoint({
      sessionId,
      stepIndex: step,
      stepsDone: [...stepsDone],
      completedSeconds: step * 60,
      at: Date.now(),
    });
    stepsDone.push(`step-${step}`);
  }
  journal.ended({
    sessionId,
    status: 'completed',
    stepIndex: STEPS - 1,
    stepsDone,
    completedSeconds: STEPS * 60,
    at: Date.now(),
  });
  process.stdout.write(`ack ${sessionId}\n`);
}
