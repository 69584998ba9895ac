import path from 'node:path';
import { errnoOf } from '../errors/user-error';
import { foldEvents, type Folded } from './journal-fold';
import {
  FILE_NAME,
  parseLines,
  type DamagedPart,
  type JournalEvent,
  type UnknownEvent,
} from './journal-format';
import { journalError, syncFolderWith, writeAll, type JournalFs } from './journal-files';

interface ParsedFile {
  ino: number;
  mtimeMs: number;
  /** Bytes parsed: up to the end of the last complete line. */
  size: number;
  events: JournalEvent[];
  unknown: UnknownEvent[];
}

interface ScannedFile {
  events: JournalEvent[];
  unknown: UnknownEvent[];
  damaged: DamagedPart[];
}

/**
 * Reads every device's journal files back, trusting nothing: a line that is not an event is
 * reported and, in this device's own files, moved to `<file>.damaged` so the journal ends on
 * whole lines again. Files seen before are read from where the last read stopped.
 */
export class JournalReader {
  /** What earlier reads parsed, per file, so the next reads only what was appended since. */
  private readonly parsed = new Map<string, ParsedFile>();

  constructor(
    private readonly historyDir: string,
    private readonly deviceId: string,
    private readonly fs: JournalFs,
    /** Closes the writer's handle on a file about to be replaced. */
    private readonly releaseFile: (file: string) => void,
  ) {}

  /** Every event of every file, each once, in time order, folded into sessions. */
  read(): { folded: Folded; unknownEvents: UnknownEvent[]; damaged: DamagedPart[] } {
    const events: JournalEvent[] = [];
    const unknownEvents: UnknownEvent[] = [];
    const damaged: DamagedPart[] = [];
    const seen = new Set<string>();
    for (const name of this.journalFiles()) {
      const scanned = this.scan(name);
      if (!scanned) continue;
      for (const event of scanned.events) {
        // The same event twice (a sync tool's copy of a file) counts once.
        if (seen.has(event.id)) continue;
        seen.add(event.id);
        events.push(event);
      }
      for (const event of scanned.unknown) unknownEvents.push(event);
      damaged.push(...scanned.damaged);
    }
    events.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { folded: foldEvents(events), unknownEvents, damaged };
  }

  private journalFiles(): string[] {
    let names: string[];
    try {
      names = this.fs.readdirSync(this.historyDir);
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return [];
      throw journalError('readHistory', error);
    }
    return names.filter((name) => FILE_NAME.test(name)).sort();
  }

  private scan(name: string): ScannedFile | undefined {
    const file = path.join(this.historyDir, name);
    try {
      return this.scanFile(file, name);
    } catch (error) {
      // Gone since the listing (a sync tool replacing it): the next load sees its successor.
      if (errnoOf(error) !== 'ENOENT') throw journalError('readHistory', error);
      this.parsed.delete(file);
      return undefined;
    }
  }

  private scanFile(file: string, name: string): ScannedFile {
    const stat = this.fs.statSync(file);
    const known = this.parsed.get(file);
    // Journals only grow, so a file seen before is read from where the last load stopped.
    if (known && known.ino === stat.ino && stat.size >= known.size) {
      if (stat.size === known.size && stat.mtimeMs === known.mtimeMs) {
        return { events: known.events, unknown: known.unknown, damaged: [] };
      }
      const tail = this.readFrom(file, known.size, stat.size - known.size);
      const lines = parseLines(tail);
      if (lines.bad.length === 0 && lines.consumed === tail.length) {
        for (const event of lines.events) known.events.push(event);
        for (const event of lines.unknown) known.unknown.push(event);
        known.size += tail.length;
        known.mtimeMs = stat.mtimeMs;
        return { events: known.events, unknown: known.unknown, damaged: [] };
      }
      // Damage in the new part: read it all again, so it can be set aside as usual.
    }

    const content = this.fs.readFileSync(file);
    const match = FILE_NAME.exec(name);
    const own = match?.[2] === this.deviceId && match[3] === '';
    const { events, unknown, bad, consumed } = parseLines(content);
    // No newline after the last bytes: the write never finished, so it was never acknowledged.
    const tornAt = consumed < content.length ? consumed : undefined;
    const damaged: DamagedPart[] = bad.map((part) => ({
      file,
      bytes: part.end - part.start,
      where: 'middle',
    }));
    if (tornAt !== undefined) {
      damaged.push({ file, bytes: content.length - tornAt, where: 'end' });
    }
    if (damaged.length > 0 && own && this.setAside(file, content, bad, tornAt)) {
      for (const part of damaged) part.movedTo = `${file}.damaged`;
      // Changed on disk: the next load reads it afresh.
      this.parsed.delete(file);
    } else {
      // Kept even with damage left in place, so a corrupt middle line is reported once a run.
      this.parsed.set(file, {
        ino: stat.ino,
        mtimeMs: stat.mtimeMs,
        size: consumed,
        events,
        unknown,
      });
    }
    return { events, unknown, damaged };
  }

  private readFrom(file: string, position: number, length: number): Buffer {
    const buffer = Buffer.alloc(length);
    const fd = this.fs.openSync(file, 'r');
    try {
      let filled = 0;
      while (filled < length) {
        const read = this.fs.readSync(fd, buffer, filled, length - filled, position + filled);
        if (read === 0) break;
        filled += read;
      }
      return buffer.subarray(0, filled);
    } finally {
      this.fs.closeSync(fd);
    }
  }

  /**
   * Moves damaged bytes to `<file>.damaged`, copied and fsynced before the journal changes,
   * so a crash in between leaves them in both places rather than in neither.
   */
  private setAside(
    file: string,
    content: Buffer,
    bad: readonly { start: number; end: number }[],
    tornAt: number | undefined,
  ): boolean {
    const parts = bad.map((part) => content.subarray(part.start, part.end));
    if (tornAt !== undefined) {
      // Its own line in .damaged, whatever comes next.
      parts.push(Buffer.concat([content.subarray(tornAt), Buffer.from('\n')]));
    }
    try {
      this.appendDurably(`${file}.damaged`, Buffer.concat(parts));
      if (bad.length === 0 && tornAt !== undefined) {
        // The common case, a crash mid-append: cutting the tail is enough.
        this.fs.truncateSync(file, tornAt);
        return true;
      }
      this.rewriteWithout(file, content, bad, tornAt ?? content.length);
      return true;
    } catch {
      // Left where they are; the journal still loads, and the next load tries again.
      return false;
    }
  }

  private appendDurably(file: string, bytes: Buffer): void {
    const fd = this.fs.openSync(file, 'a');
    try {
      writeAll(this.fs, fd, bytes);
      this.fs.fsyncSync(fd);
    } finally {
      this.fs.closeSync(fd);
    }
  }

  /** A corrupt line in the middle can only go by rewriting: a new file renamed over the old. */
  private rewriteWithout(
    file: string,
    content: Buffer,
    bad: readonly { start: number; end: number }[],
    goodEnd: number,
  ): void {
    const kept: Buffer[] = [];
    let from = 0;
    for (const part of bad) {
      kept.push(content.subarray(from, part.start));
      from = part.end;
    }
    kept.push(content.subarray(from, goodEnd));
    const temp = `${file}.${process.pid}.tmp`;
    try {
      const fd = this.fs.openSync(temp, 'w');
      try {
        writeAll(this.fs, fd, Buffer.concat(kept));
        this.fs.fsyncSync(fd);
      } finally {
        this.fs.closeSync(fd);
      }
      // The writer's open fd points at the old file, which the rename replaces.
      this.releaseFile(file);
      this.fs.renameSync(temp, file);
    } catch (error) {
      try {
        this.fs.unlinkSync(temp);
      } catch {
        // Never created, or already renamed.
      }
      throw error;
    }
    this.syncDir();
  }

  /** Makes a rename durable; some platforms cannot fsync a folder, which is no reason to fail. */
  private syncDir(): void {
    syncFolderWith(this.fs, this.historyDir);
  }
}
