import { describe, expect, it } from 'vitest';
import type { SessionProgress, SessionStart } from '../../../electron/playback/session-recorder';
import { MemorySessionRecorder } from './memory-session-recorder';

const start = (sessionId: string): SessionStart => ({
  sessionId,
  routineId: 'neck-and-shoulders',
  title: 'Neck and shoulders',
  plannedSeconds: 600,
  startedAt: 1_700_000_000_000,
});

const progress = (sessionId: string, stepsDone: string[]): SessionProgress => ({
  sessionId,
  stepIndex: stepsDone.length,
  stepsDone,
  completedSeconds: stepsDone.length * 60,
  at: 1_700_000_000_000 + stepsDone.length * 60_000,
});

describe('in-memory session recorder', () => {
  it('keeps the start, the latest checkpoint and the end of every session', () => {
    const recorder = new MemorySessionRecorder();
    recorder.started(start('a'));
    recorder.checkpoint(progress('a', []));
    recorder.checkpoint(progress('a', ['warm-up']));
    recorder.started(start('b'));
    recorder.ended({ ...progress('a', ['warm-up', 'rolls']), status: 'completed' });

    expect(recorder.sessions.map((s) => s.start.sessionId)).toEqual(['a', 'b']);
    const a = recorder.session('a')!;
    expect(a.start).toEqual(start('a'));
    expect(a.lastCheckpoint).toEqual(progress('a', ['warm-up']));
    expect(a.end).toEqual({ ...progress('a', ['warm-up', 'rolls']), status: 'completed' });
    const b = recorder.session('b')!;
    expect(b.lastCheckpoint).toBeUndefined();
    expect(b.end).toBeUndefined();
  });

  it('keeps what it was given even when the caller later changes its arrays', () => {
    const recorder = new MemorySessionRecorder();
    recorder.started(start('a'));
    const done = ['warm-up'];
    recorder.checkpoint(progress('a', done));
    done.push('rolls');
    expect(recorder.session('a')!.lastCheckpoint!.stepsDone).toEqual(['warm-up']);
  });

  it('throws on a checkpoint for a session it never saw start', () => {
    const recorder = new MemorySessionRecorder();
    expect(() => recorder.checkpoint(progress('ghost', []))).toThrow(
      /checkpoint of unknown session ghost/,
    );
  });

  it('throws on the end of a session it never saw start', () => {
    const recorder = new MemorySessionRecorder();
    expect(() => recorder.ended({ ...progress('ghost', []), status: 'stopped' })).toThrow(
      /end of unknown session ghost/,
    );
  });

  it('throws on anything recorded after a session ended', () => {
    const recorder = new MemorySessionRecorder();
    recorder.started(start('a'));
    recorder.ended({ ...progress('a', []), status: 'stopped' });
    expect(() => recorder.checkpoint(progress('a', []))).toThrow(/already ended \(stopped\)/);
    expect(() => recorder.ended({ ...progress('a', []), status: 'completed' })).toThrow(
      /already ended/,
    );
    expect(recorder.session('a')!.end!.status).toBe('stopped');
  });

  it('throws when a session id is started twice rather than merging two sessions', () => {
    const recorder = new MemorySessionRecorder();
    recorder.started(start('a'));
    expect(() => recorder.started(start('a'))).toThrow(/already started/);
    expect(recorder.sessions).toHaveLength(1);
  });
});
