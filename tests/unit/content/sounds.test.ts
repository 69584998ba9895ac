import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/repo-paths';

/**
 * The chimes and ambient loops made by `npm run sounds`. The file checks read the Ogg
 * container directly (no decoder needed, CI has no sox); the seam and level checks decode
 * with sox and are skipped, saying so, when sox is not installed.
 */
const SOUNDS_DIR = join(REPO_ROOT, 'assets/sounds/');
const MAX_BYTES = 400 * 1024;

const SOUNDS = [
  { file: 'chime-step.ogg', minSeconds: 0.8, maxSeconds: 3, loop: false },
  { file: 'chime-halfway.ogg', minSeconds: 0.5, maxSeconds: 3, loop: false },
  { file: 'chime-end.ogg', minSeconds: 1.5, maxSeconds: 5, loop: false },
  { file: 'ambient-brown-noise.ogg', minSeconds: 20, maxSeconds: 40, loop: true },
  { file: 'ambient-rain.ogg', minSeconds: 20, maxSeconds: 40, loop: true },
] as const;

interface OggInfo {
  codec: 'vorbis' | 'opus';
  channels: number;
  sampleRate: number;
  /** Exact decoded length in samples per channel (from the last page's granule). */
  samples: number;
}

/** Walks the Ogg pages of a file: codec, channels and exact length, without decoding. */
function readOgg(bytes: Buffer): OggInfo {
  let offset = 0;
  let firstPacket: Buffer | undefined;
  let lastGranule = -1n;
  while (offset < bytes.length) {
    if (bytes.toString('latin1', offset, offset + 4) !== 'OggS') {
      throw new Error(`no Ogg page at byte ${offset}`);
    }
    const segments = bytes[offset + 26] ?? 0;
    let body = 0;
    for (let i = 0; i < segments; i++) body += bytes[offset + 27 + i] ?? 0;
    const dataStart = offset + 27 + segments;
    firstPacket ??= bytes.subarray(dataStart, dataStart + body);
    const granule = bytes.readBigInt64LE(offset + 6);
    if (granule >= 0n) lastGranule = granule;
    offset = dataStart + body;
  }
  if (!firstPacket) throw new Error('empty Ogg file');
  if (firstPacket.toString('latin1', 1, 7) === 'vorbis' && firstPacket[0] === 1) {
    return {
      codec: 'vorbis',
      channels: firstPacket[11] ?? 0,
      sampleRate: firstPacket.readUInt32LE(12),
      samples: Number(lastGranule),
    };
  }
  if (firstPacket.toString('latin1', 0, 8) === 'OpusHead') {
    return {
      codec: 'opus',
      channels: firstPacket[9] ?? 0,
      sampleRate: 48_000,
      samples: Number(lastGranule) - firstPacket.readUInt16LE(10),
    };
  }
  throw new Error('neither Vorbis nor Opus');
}

const hasSox = spawnSync('sox', ['--version'], { stdio: 'ignore' }).status === 0;

/** Decodes with sox to float samples, one array per channel. */
function decode(file: string, channels: number): Float32Array[] {
  const result = spawnSync('sox', [file, '-t', 'f32', '-'], { maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`sox failed: ${result.stderr.toString()}`);
  const raw = result.stdout as Buffer;
  const all = new Float32Array(raw.buffer, raw.byteOffset, raw.byteLength / 4);
  return Array.from({ length: channels }, (_, c) => {
    const ch = new Float32Array(all.length / channels);
    for (let i = 0; i < ch.length; i++) ch[i] = all[i * channels + c] ?? 0;
    return ch;
  });
}

function rmsDb(x: Float32Array): number {
  let sum = 0;
  for (const v of x) sum += v * v;
  return 10 * Math.log10(sum / x.length);
}

describe('sounds', () => {
  for (const sound of SOUNDS) {
    describe(sound.file, () => {
      const path = join(SOUNDS_DIR, sound.file);

      it('exists, is small and is a whole Ogg Vorbis/Opus file of the right length', () => {
        expect(existsSync(path), `${sound.file} is missing: run npm run sounds`).toBe(true);
        const size = statSync(path).size;
        expect(size).toBeGreaterThan(1024);
        expect(size).toBeLessThan(MAX_BYTES);
        const info = readOgg(readFileSync(path));
        expect([1, 2]).toContain(info.channels);
        expect(info.sampleRate).toBeGreaterThanOrEqual(22_050);
        const seconds = info.samples / info.sampleRate;
        expect(seconds).toBeGreaterThanOrEqual(sound.minSeconds);
        expect(seconds).toBeLessThanOrEqual(sound.maxSeconds);
        if (sound.loop) {
          // Whole milliseconds: a loop of exact length leaves no gap when it wraps.
          expect(Number.isInteger((info.samples * 1000) / info.sampleRate)).toBe(true);
        }
      });

      if (sound.loop) {
        it('loops without a seam and stays quiet (decoded with sox)', (ctx) => {
          if (!hasSox) ctx.skip('sox is not installed: seam and level checks skipped');
          const info = readOgg(readFileSync(path));
          const channels = decode(path, info.channels);
          const window = Math.round(0.25 * info.sampleRate);
          for (const x of channels) {
            expect(x.length).toBe(info.samples);
            // The jump from the last sample back to the first is no bigger than the
            // loop's own large (99.9th percentile) sample-to-sample steps.
            const steps = new Float32Array(x.length - 1);
            for (let i = 1; i < x.length; i++) steps[i - 1] = Math.abs(x[i]! - x[i - 1]!);
            steps.sort();
            const p999 = steps[Math.floor(steps.length * 0.999)]!;
            const jump = Math.abs(x[0]! - x[x.length - 1]!);
            expect(jump).toBeLessThanOrEqual(p999);
            // The end and the start are equally loud, so the wrap is not heard as a swell.
            const edge = Math.abs(rmsDb(x.subarray(0, window)) - rmsDb(x.subarray(-window)));
            expect(edge).toBeLessThan(3);
            // Quiet: peak around -12 dBFS.
            let peak = 0;
            for (const v of x) peak = Math.max(peak, Math.abs(v));
            const peakDb = 20 * Math.log10(peak);
            expect(peakDb).toBeGreaterThan(-16);
            expect(peakDb).toBeLessThan(-9);
          }
        });
      }
    });
  }
});
