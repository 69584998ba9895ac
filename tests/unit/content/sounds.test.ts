import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AMBIENT_LOOP_SPRITE } from '../../../renderer/audio/audio-types';
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
  // Lossless and mono at 11.025 kHz: its content lies under 2 kHz.
  { file: 'ambient-brown-noise.flac', minSeconds: 20, maxSeconds: 40, loop: true, minRate: 11_025 },
  { file: 'ambient-rain.ogg', minSeconds: 20, maxSeconds: 40, loop: true },
] as const;

interface OggInfo {
  codec: 'vorbis' | 'opus' | 'flac';
  channels: number;
  sampleRate: number;
  /** Exact decoded length in samples per channel (from the last page's granule). */
  samples: number;
}

/** A native FLAC file's STREAMINFO: channels, rate and exact length, without decoding. */
function readFlac(bytes: Buffer): OggInfo {
  // "fLaC", then the first metadata block (STREAMINFO) header of 4 bytes.
  const info = 8;
  const sampleRate = (bytes.readUInt32BE(info + 10) >>> 12) & 0xfffff;
  const channels = ((bytes[info + 12] ?? 0) >> 1) & 0x7;
  const high = (bytes[info + 13] ?? 0) & 0x0f;
  const samples = high * 2 ** 32 + bytes.readUInt32BE(info + 14);
  return { codec: 'flac', channels: channels + 1, sampleRate, samples };
}

/** Walks the Ogg pages of a file (or reads a FLAC header): codec, channels, exact length. */
function readOgg(bytes: Buffer): OggInfo {
  if (bytes.toString('latin1', 0, 4) === 'fLaC') return readFlac(bytes);
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

const LOOP_SPRITE = AMBIENT_LOOP_SPRITE;
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

/** Narration clips are levelled to this RMS (scripts/narrate.mjs). */
const VOICE_RMS_DB = -20;

describe('chime loudness', () => {
  for (const file of ['chime-step.ogg', 'chime-halfway.ogg', 'chime-end.ogg']) {
    it(`${file} starts about as loud as the voice, never louder`, (ctx) => {
      if (!hasSox) ctx.skip('sox is not installed: loudness check skipped');
      const path = join(SOUNDS_DIR, file);
      const [x] = decode(path, 1);
      const rate = readOgg(readFileSync(path)).sampleRate;
      // The onset, where a chime would meet the first words.
      const onset = rmsDb(x!.subarray(0, Math.round(0.4 * rate)));
      expect(onset).toBeLessThanOrEqual(VOICE_RMS_DB);
      expect(onset).toBeGreaterThan(VOICE_RMS_DB - 8);
    });
  }
});

describe('sounds', () => {
  for (const sound of SOUNDS) {
    describe(sound.file, () => {
      const path = join(SOUNDS_DIR, sound.file);

      it('exists, is small and is a whole Ogg Vorbis/Opus or FLAC file of the right length', () => {
        expect(existsSync(path), `${sound.file} is missing: run npm run sounds`).toBe(true);
        const size = statSync(path).size;
        expect(size).toBeGreaterThan(1024);
        expect(size).toBeLessThan(MAX_BYTES);
        const info = readOgg(readFileSync(path));
        expect([1, 2]).toContain(info.channels);
        expect(info.sampleRate).toBeGreaterThanOrEqual('minRate' in sound ? sound.minRate : 22_050);
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
          // The player loops only the middle of the file (AMBIENT_LOOP_SPRITE): 0.4 s in,
          // 30 s long; the padding either side is the loop's own continuation.
          const start = Math.round((LOOP_SPRITE[0] / 1000) * info.sampleRate);
          const length = Math.round((LOOP_SPRITE[1] / 1000) * info.sampleRate);
          for (const whole of channels) {
            expect(whole.length).toBe(info.samples);
            const x = whole.subarray(start, start + length);
            // The jump from the last sample back to the first is no bigger than the
            // loop's own large (99.9th percentile) sample-to-sample steps, and its bend
            // (second difference) no sharper than the loop's own: a kink is heard as a tick.
            const steps = new Float32Array(x.length - 1);
            const bends = new Float32Array(x.length - 2);
            for (let i = 1; i < x.length; i++) steps[i - 1] = Math.abs(x[i]! - x[i - 1]!);
            for (let i = 1; i < x.length - 1; i++) {
              bends[i - 1] = Math.abs(x[i + 1]! - 2 * x[i]! + x[i - 1]!);
            }
            steps.sort();
            bends.sort();
            const p999 = steps[Math.floor(steps.length * 0.999)]!;
            const jump = Math.abs(x[0]! - x[x.length - 1]!);
            expect(jump).toBeLessThanOrEqual(p999);
            const n = x.length;
            const bend = Math.max(
              Math.abs(x[0]! - 2 * x[n - 1]! + x[n - 2]!),
              Math.abs(x[1]! - 2 * x[0]! + x[n - 1]!),
            );
            expect(bend).toBeLessThanOrEqual(bends[Math.floor(bends.length * 0.999)]!);
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
