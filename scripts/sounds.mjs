#!/usr/bin/env node
// @ts-check
/**
 * npm run sounds — generates the chimes and ambient loops in assets/sounds/ (Ogg Vorbis),
 * offline and reproducibly (seeded random numbers, `sox -R`), with no downloads.
 *
 *   chime-step.ogg           a soft bell: two inharmonic partials, slow exponential decay
 *   chime-halfway.ogg        a single softer tone
 *   chime-end.ogg            three gentle descending tones
 *   ambient-brown-noise.flac warm, filtered brown noise, a seamless 30-s loop (padded), stored
 *                            lossless, mono at 11.025 kHz: a lossy codec rebuilds the loop's
 *                            two ends differently, and on a signal this smooth that is a tick
 *   ambient-rain.ogg         filtered pink noise with soft droplets, a 30-s loop (padded)
 *
 * Tones are summed here from exactly decaying partials; sox makes the noise, filters it,
 * adds a little room, sets the level and encodes. Loops are made seamless by crossfading
 * their extra tail into their start (equal power), after every filter, so the last sample
 * runs straight on into the first. Needs `sox` with Ogg Vorbis support.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'assets', 'sounds');
const RATE = 48_000;
/** Vorbis quality (-1..10): clean chimes; noise needs less (and stays small). */
const VORBIS_QUALITY_CHIME = '4';
const VORBIS_QUALITY_AMBIENT = '0';
const LOOP_SECONDS = 30;
/** The lossless brown noise: its content lies under 2 kHz, so 11.025 kHz keeps all of it. */
const LOSSLESS_RATE = 11_025;
/**
 * Each ambient file carries half a second of its loop's end before the loop and of its start
 * after it; the player loops only the middle (AMBIENT_LOOP_SPRITE in the renderer), so the
 * encoder's edge effects at the file's ends are never heard and the wrap has no tick.
 */
const LOOP_PAD_SECONDS = 0.4;
const CROSSFADE_SECONDS = 2;
/** Ambient loops peak here (dBFS): a quiet bed under the voice. */
const AMBIENT_PEAK_DB = -12;

/** @param {string} message */
function fail(message) {
  console.error(`sounds: ${message}`);
  process.exit(1);
}

function checkSox() {
  const probe = spawnSync('sox', ['-h'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    fail('sox is missing. Install it (Debian/Ubuntu): sudo apt-get install -y sox');
  }
  if (!/AUDIO FILE FORMATS:.*\bvorbis\b/.test(probe.stdout)) {
    fail('this sox cannot write Ogg Vorbis (install libsox-fmt-all or libsox-fmt-ogg)');
  }
}

/** Small, seeded PRNG (mulberry32) so every run writes the same files. */
function random(seed = 1) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * @typedef {object} Partial
 * @property {number} freq      Hz
 * @property {number} amp       linear
 * @property {number} decay     time constant, seconds (amplitude e^(-t/decay))
 * @property {number} [beat]    Hz of slow beating (a detuned twin), like a real bell
 *
 * @typedef {object} Strike
 * @property {number} at        seconds
 * @property {number} gain      linear
 * @property {Partial[]} partials
 */

/**
 * Sums struck tones into one mono buffer with a soft (raised-cosine) attack and a short
 * fade at the very end so nothing clicks.
 * @param {Strike[]} strikes
 * @param {number} seconds
 */
function tones(strikes, seconds) {
  const n = Math.round(seconds * RATE);
  const out = new Float32Array(n);
  const attack = 0.008 * RATE;
  for (const strike of strikes) {
    const start = Math.round(strike.at * RATE);
    for (let i = start; i < n; i++) {
      const t = (i - start) / RATE;
      const env = i - start < attack ? 0.5 - 0.5 * Math.cos((Math.PI * (i - start)) / attack) : 1;
      let v = 0;
      for (const p of strike.partials) {
        const beat = p.beat ? 0.85 + 0.15 * Math.cos(2 * Math.PI * p.beat * t) : 1;
        v += p.amp * beat * Math.exp(-t / p.decay) * Math.sin(2 * Math.PI * p.freq * t);
      }
      out[i] = (out[i] ?? 0) + strike.gain * env * v;
    }
  }
  const tail = Math.round(0.05 * RATE);
  for (let i = 0; i < tail; i++) {
    const k = n - tail + i;
    out[k] = (out[k] ?? 0) * (1 - i / tail);
  }
  return out;
}

/**
 * A bell-like strike: the fundamental, an inharmonic upper partial (x2.76, like a bowl)
 * that fades sooner, and a faint octave for warmth.
 * @param {number} at
 * @param {number} freq
 * @param {number} gain
 * @param {number} decay
 * @returns {Strike}
 */
function bell(at, freq, gain, decay) {
  return {
    at,
    gain,
    partials: [
      { freq, amp: 1, decay, beat: 0.9 },
      { freq: freq * 2.76, amp: 0.32, decay: decay * 0.45 },
      { freq: freq * 2.0, amp: 0.08, decay: decay * 0.6 },
    ],
  };
}

/**
 * @param {string} workDir
 * @param {string} name
 * @param {Float32Array} samples
 * @param {number} channels
 */
function writeRaw(workDir, name, samples, channels = 1) {
  const file = join(workDir, `${name}.f32`);
  writeFileSync(file, Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength));
  return ['-t', 'f32', '-r', String(RATE), '-c', String(channels), file];
}

/**
 * @param {string} file
 * @param {number} channels
 */
function readRaw(file, channels) {
  const buf = readFileSync(file);
  const all = new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
  return Array.from({ length: channels }, (_, c) => {
    const ch = new Float32Array(all.length / channels);
    for (let i = 0; i < ch.length; i++) ch[i] = all[i * channels + c] ?? 0;
    return ch;
  });
}

/** @param {Float32Array[]} channels */
function interleave(channels) {
  const n = channels[0]?.length ?? 0;
  const out = new Float32Array(n * channels.length);
  channels.forEach((ch, c) => {
    for (let i = 0; i < n; i++) out[i * channels.length + c] = ch[i] ?? 0;
  });
  return out;
}

/**
 * Runs sox in repeatable mode (-R: fixed seeds for noise and dither).
 * @param {string[]} args
 */
function sox(args) {
  execFileSync('sox', ['-R', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
}

/**
 * Makes a loop of `length` samples from `length + fade` samples: the extra tail is faded
 * out over the loop's end while the loop's own head fades in there (equal power, for
 * uncorrelated noise), so sample length-1 flows into sample 0 with no seam.
 * @param {Float32Array} x
 * @param {number} length
 */
function crossfadeLoop(x, length) {
  const fade = x.length - length;
  if (fade <= 0) throw new Error('crossfadeLoop needs extra samples to fade');
  const out = new Float32Array(length);
  // out[i] = x[fade + i]; its last `fade` samples blend x[length..] out and x[0..fade) in.
  for (let i = 0; i < length - fade; i++) out[i] = x[fade + i] ?? 0;
  for (let j = 0; j < fade; j++) {
    const phase = ((j + 0.5) / fade) * (Math.PI / 2);
    out[length - fade + j] = (x[length + j] ?? 0) * Math.cos(phase) + (x[j] ?? 0) * Math.sin(phase);
  }
  return out;
}

/**
 * Rotates a seamless loop (any rotation of one is still seamless) so it starts where all
 * channels are quietest over a few milliseconds. A codec sees silence before the first and
 * after the last sample, so a loop that starts and ends near zero survives encoding
 * without a tick at the wrap.
 * @param {Float32Array[]} channels
 */
function rotateToQuietest(channels) {
  const n = channels[0]?.length ?? 0;
  const half = Math.round(0.002 * RATE);
  const energy = new Float64Array(n);
  for (const ch of channels) for (let i = 0; i < n; i++) energy[i] += (ch[i] ?? 0) ** 2;
  // Circular moving sum over [i - half, i + half].
  let sum = 0;
  for (let k = -half; k <= half; k++) sum += energy[(k + n) % n] ?? 0;
  let best = 0;
  let bestSum = sum;
  for (let i = 1; i < n; i++) {
    sum += (energy[(i + half) % n] ?? 0) - (energy[(i - half - 1 + n) % n] ?? 0);
    if (sum < bestSum) {
      bestSum = sum;
      best = i;
    }
  }
  return channels.map((ch) => {
    const out = new Float32Array(n);
    out.set(ch.subarray(best), 0);
    out.set(ch.subarray(0, best), n - best);
    return out;
  });
}

/**
 * Level (dB) and seam measures of a loop, to print: the jump from the last sample to the
 * first against the loop's typical (99.9th percentile) sample-to-sample step.
 * @param {Float32Array} x
 */
function seam(x) {
  const steps = [];
  for (let i = 1; i < x.length; i++) steps.push(Math.abs((x[i] ?? 0) - (x[i - 1] ?? 0)));
  steps.sort((a, b) => a - b);
  const p999 = steps[Math.floor(steps.length * 0.999)] ?? 0;
  const jump = Math.abs((x[0] ?? 0) - (x[x.length - 1] ?? 0));
  return { jump, p999 };
}

/**
 * Encodes float samples (already at their final level) to Ogg Vorbis.
 * @param {string} workDir
 * @param {string} name
 * @param {Float32Array} samples  interleaved
 * @param {number} channels
 * @param {string} quality        Vorbis quality
 * @param {string[]} effects      sox effects to apply on the way
 */
function encode(workDir, name, samples, channels, quality, effects = []) {
  const out = join(OUT_DIR, `${name}.ogg`);
  sox([
    ...writeRaw(workDir, name, samples, channels),
    '-C',
    quality,
    '--comment',
    `TITLE=Unknot ${name}`,
    out,
    ...effects,
  ]);
  return out;
}

/**
 * Chimes: tones summed here, then a touch of room (sox reverb) and a peak level.
 * @param {string} workDir
 * @param {string} name
 * @param {Strike[]} strikes
 * @param {number} seconds
 * @param {number} peakDb
 */
function chime(workDir, name, strikes, seconds, peakDb) {
  const tail = 0.25;
  return encode(workDir, name, tones(strikes, seconds), 1, VORBIS_QUALITY_CHIME, [
    // Room for the reverb's tail, faded to silence so the clip ends cleanly.
    'pad',
    '0',
    String(tail),
    'reverb',
    '22',
    '60',
    '45',
    '100',
    '8',
    'channels',
    '1',
    'fade',
    't',
    '0',
    String(seconds + tail),
    String(tail + 0.1),
    'gain',
    '-n',
    String(peakDb),
  ]);
}

/**
 * A stereo noise bed from sox: `length + fade` seconds, filtered, returned as channels.
 * @param {string} workDir
 * @param {string} name
 * @param {string} colour   brownnoise | pinknoise | whitenoise
 * @param {string[]} filters
 */
function noise(workDir, name, colour, filters) {
  const file = join(workDir, `${name}.noise.f32`);
  sox([
    '-n',
    '-r',
    String(RATE),
    '-c',
    '2',
    '-t',
    'f32',
    file,
    'synth',
    String(LOOP_SECONDS + CROSSFADE_SECONDS + 1),
    colour,
    colour,
    ...filters,
    // Drop the first second: filters settle, then exactly loop + crossfade remain.
    'trim',
    `${RATE}s`,
    `${(LOOP_SECONDS + CROSSFADE_SECONDS) * RATE}s`,
  ]);
  return readRaw(file, 2);
}

/**
 * Soft rain drops: short, quiet, decaying high ticks at random times (Poisson), each a
 * little left or right. Most are faint; a few are closer.
 * @param {number} seconds
 * @param {() => number} rand
 */
function droplets(seconds, rand) {
  const n = Math.round(seconds * RATE);
  const left = new Float32Array(n);
  const right = new Float32Array(n);
  const perSecond = 55;
  let t = 0;
  for (;;) {
    t += -Math.log(1 - rand()) / perSecond;
    const start = Math.round(t * RATE);
    if (start >= n) break;
    const freq = 1800 + rand() * 4200;
    const decay = 0.0015 + rand() * 0.004;
    const amp = 0.02 + 0.25 * rand() ** 4;
    const pan = rand();
    const length = Math.min(n - start, Math.round(decay * 6 * RATE));
    for (let i = 0; i < length; i++) {
      const s = i / RATE;
      const v = amp * Math.exp(-s / decay) * Math.sin(2 * Math.PI * freq * s * (1 - 0.15 * s));
      left[start + i] = (left[start + i] ?? 0) + v * Math.sqrt(1 - pan);
      right[start + i] = (right[start + i] ?? 0) + v * Math.sqrt(pan);
    }
  }
  return [left, right];
}

/**
 * Scales all channels together so the loudest sample sits at `peakDb`.
 * @param {Float32Array[]} channels
 * @param {number} peakDb
 */
function normalise(channels, peakDb) {
  let peak = 0;
  for (const ch of channels) for (const v of ch) peak = Math.max(peak, Math.abs(v));
  const g = peak > 0 ? 10 ** (peakDb / 20) / peak : 1;
  for (const ch of channels) for (let i = 0; i < ch.length; i++) ch[i] = (ch[i] ?? 0) * g;
}

/**
 * @param {string} workDir
 * @param {string} name
 * @param {Float32Array[]} channels  loop + crossfade seconds each, already filtered
 */
function ambient(workDir, name, channels, lossless = false) {
  const length = LOOP_SECONDS * RATE;
  const looped = rotateToQuietest(channels.map((ch) => crossfadeLoop(ch, length)));
  normalise(looped, AMBIENT_PEAK_DB);
  const seams = looped.map(seam);
  const pad = LOOP_PAD_SECONDS * RATE;
  const padded = looped.map((ch) => {
    const out = new Float32Array(ch.length + 2 * pad);
    out.set(ch.subarray(ch.length - pad), 0);
    out.set(ch, pad);
    out.set(ch.subarray(0, pad), pad + ch.length);
    return out;
  });
  if (lossless) {
    // Mono, resampled inside the padded file: the loop's middle stays continuous, and the
    // resampler's own edges fall in the padding, which is never played.
    const mono = new Float32Array(padded[0]?.length ?? 0);
    for (const ch of padded)
      for (let i = 0; i < mono.length; i++) mono[i] += (ch[i] ?? 0) / padded.length;
    const out = join(OUT_DIR, `${name}.flac`);
    sox([
      ...writeRaw(workDir, name, mono, 1),
      '-b',
      '16',
      out,
      'rate',
      '-v',
      String(LOSSLESS_RATE),
    ]);
    console.log(`  ${name}: lossless, the wrap is exactly the loop's own continuation`);
    return out;
  }
  const out = encode(workDir, name, interleave(padded), padded.length, VORBIS_QUALITY_AMBIENT);
  const worst = Math.max(...seams.map((s) => s.jump / (s.p999 || 1)));
  console.log(`  ${name}: seam jump ${worst.toFixed(2)}x the 99.9th-percentile sample step`);
  return out;
}

function main() {
  checkSox();
  mkdirSync(OUT_DIR, { recursive: true });
  const workDir = mkdtempSync(join(tmpdir(), 'unknot-sounds-'));
  try {
    const files = [
      // G4 bowl-like strike, slow decay.
      // Peaks are set so each chime's onset is about as loud as the narration (clips are
      // levelled to -20 dBFS RMS), a little under it: a chime marks a moment, not a shout.
      chime(workDir, 'chime-step', [bell(0, 392.0, 1, 0.42)], 1.5, -14),
      // One softer, higher, purer tone.
      chime(
        workDir,
        'chime-halfway',
        [{ at: 0, gain: 1, partials: [{ freq: 659.25, amp: 1, decay: 0.32, beat: 0.7 }] }],
        1.2,
        -14,
      ),
      // G5, E5, C5, gently descending; the last one rings longest.
      chime(
        workDir,
        'chime-end',
        [bell(0, 783.99, 0.8, 0.3), bell(0.42, 659.25, 0.85, 0.34), bell(0.84, 523.25, 1, 0.5)],
        2.9,
        -13,
      ),
      ambient(
        workDir,
        'ambient-brown-noise',
        noise(workDir, 'ambient-brown-noise', 'brownnoise', [
          'highpass',
          '35',
          'lowpass',
          '900',
          'lowpass',
          '1800',
        ]),
        true,
      ),
      (() => {
        const bed = noise(workDir, 'ambient-rain', 'pinknoise', [
          'highpass',
          '250',
          'lowpass',
          '6500',
          'equalizer',
          '3000',
          '1.5q',
          '-3',
        ]);
        const drops = droplets(LOOP_SECONDS + CROSSFADE_SECONDS, random(20_240_517));
        // Drops are gently low-passed too (one-pole) so they patter rather than click.
        const mixed = bed.map((ch, c) => {
          const d = /** @type {Float32Array} */ (drops[c]);
          const out = new Float32Array(ch.length);
          let y = 0;
          for (let i = 0; i < ch.length; i++) {
            y += 0.45 * ((d[i] ?? 0) - y);
            out[i] = 0.35 * (ch[i] ?? 0) + y;
          }
          return out;
        });
        return ambient(workDir, 'ambient-rain', mixed);
      })(),
    ];
    for (const file of files) {
      console.log(
        `  ${file.replace(`${ROOT}/`, '')}: ${(statSync(file).size / 1024).toFixed(1)} KB`,
      );
    }
    console.log(`sounds: ${files.length} files written to assets/sounds`);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  const stderr = /** @type {{ stderr?: Buffer }} */ (error).stderr;
  fail(`${error instanceof Error ? error.message : error}${stderr ? `\n${stderr}` : ''}`);
}
