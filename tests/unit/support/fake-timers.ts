/**
 * Deterministic time for schedulers under test: a settable clock and a queue of timers
 * fired in due order. The routine clock reads it as monotonic time, the reminder service as
 * the wall clock; both take it through their injected scheduler.
 */
export class FakeTimers {
  private seq = 0;
  private queue: { id: number; due: number; fn: () => void }[] = [];
  /** The longest delay any timer was armed with. */
  maxDelay = 0;
  /** The most timers ever pending at once. */
  maxPending = 0;

  /**
   * `time`: where the clock starts. `latenessMs`: every timer fires this long after it was
   * due, like a busy event loop. `wallEpoch`: what wallNow() adds to the time.
   */
  constructor(
    protected time = 0,
    private readonly options: { latenessMs?: number; wallEpoch?: number } = {},
  ) {}

  now(): number {
    return this.time;
  }

  wallNow(): number {
    return (this.options.wallEpoch ?? 0) + this.time;
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const id = ++this.seq;
    this.queue.push({ id, due: this.time + Math.max(0, ms) + (this.options.latenessMs ?? 0), fn });
    this.maxDelay = Math.max(this.maxDelay, ms);
    this.maxPending = Math.max(this.maxPending, this.queue.length);
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.queue = this.queue.filter((timer) => timer.id !== handle);
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Fires, in order, every timer due up to `target`, then sets the time to `target`. */
  advanceTo(target: number): void {
    for (;;) {
      this.queue.sort((a, b) => a.due - b.due || a.id - b.id);
      const next = this.queue[0];
      if (!next || next.due > target) break;
      this.queue.shift();
      this.time = Math.max(this.time, next.due);
      next.fn();
    }
    this.time = Math.max(this.time, target);
  }

  advance(ms: number): void {
    this.advanceTo(this.time + ms);
  }

  /** Moves time on without firing anything, as when the machine sleeps or the loop blocks. */
  jump(ms: number): void {
    this.time += ms;
  }

  /**
   * The computer sleeps: the wall clock moves on, but timers (monotonic time) stand still,
   * so every pending timer comes due that much later.
   */
  sleep(ms: number): void {
    this.time += ms;
    for (const timer of this.queue) timer.due += ms;
  }

  /** Fires whatever is due now (after a jump). */
  flush(): void {
    this.advanceTo(this.time);
  }

  runAll(): void {
    for (let guard = 0; this.queue.length > 0; guard++) {
      if (guard > 100_000) throw new Error('timers never settle');
      const next = [...this.queue].sort((a, b) => a.due - b.due || a.id - b.id)[0]!;
      this.advanceTo(next.due);
    }
  }
}
