#!/usr/bin/env node
// @ts-check
/**
 * npm run narrate — renders every narration line of the built-in routines to an Ogg Opus
 * clip in assets/narration/, keyed by sha256(voice + "\n" + text), and keeps
 * assets/narration/manifest.json in step with the routines.
 *
 * Incremental: a line whose clip is already in the manifest (and on disk) is kept; only new
 * or changed lines are rendered; clips no line uses any more are deleted.
 *
 * Pipeline per line:
 *   split into sentences; each sentence through text2wave (Festival, HTS voice
 *        cmu_us_slt_arctic_hts) at a calm rate (hts_engine "-r": slower for meditation)
 *   sox: high-pass (removes DC and rumble), trim each sentence's silence lightly, join the
 *        sentences with a pause (longer in meditation), pad 0.1 s at both ends, resample to
 *        48 kHz mono; then a gain to a fixed RMS target (peak never above -1 dBFS) so every
 *        clip sounds equally loud
 *   opusenc --bitrate 24, mono -> assets/narration/<hash>.opus
 * Calm guidance runs at 110–140 words a minute with clear pauses between sentences; the
 * voice's own rate is far faster, so it is slowed and the pauses are put in here.
 *
 * Needs the Debian packages festival, festvox-us-slt-hts, sox and opus-tools. Environment:
 *   NARRATE_JOBS   parallel renders (default: the number of cores)
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { copyFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { NARRATION_VOICE, allLines, buildManifest, describeUse } from './narration-lines.mjs';

const run = promisify(execFile);

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CONTENT_DIR = join(ROOT, 'content');
const OUT_DIR = join(ROOT, 'assets', 'narration');
const MANIFEST_PATH = join(OUT_DIR, 'manifest.json');

/** Festival voice procedure for NARRATION_VOICE. */
const FESTIVAL_VOICE = NARRATION_VOICE.replace(/^festival:/, '').replace(/;.*$/, '');
/**
 * hts_engine speech rate (1 = the voice's own, near 300 words a minute within a sentence).
 * Short cues ("Breathe in.") are drawn out most: they are said on a slow breath.
 */
const RATE = { guidance: 0.62, meditation: 0.56, short: 0.5 };
/** Lines of this many words or fewer are read at the short-cue rate. */
const SHORT_LINE_WORDS = 3;
/** No clip may run faster than this, pauses included (the narration test holds it to it). */
const MAX_WORDS_PER_MINUTE = 150;

/**
 * Words as the narration test counts them.
 * @param {string} text
 */
function countWords(text) {
  return text.match(/[A-Za-z0-9']+/g)?.length ?? 0;
}
/** Silence between two sentences of one line, in seconds. */
const SENTENCE_PAUSE = { guidance: 0.6, meditation: 0.9 };
/** Loudness target: RMS of the whole clip (dBFS), and the highest peak allowed (dBFS). */
const TARGET_RMS_DB = -20;
const PEAK_CEILING_DB = -1;
const OPUS_BITRATE_KBPS = 24;
const JOBS = Math.max(
  1,
  Number.parseInt(process.env.NARRATE_JOBS ?? '', 10) || availableParallelism(),
);

/** @param {string} message */
function fail(message) {
  console.error(`narrate: ${message}`);
  process.exit(1);
}

/** @param {string} command */
function hasCommand(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function checkTools() {
  const missing = ['festival', 'text2wave', 'sox', 'soxi', 'opusenc'].filter((c) => !hasCommand(c));
  if (missing.length > 0) {
    fail(
      `missing ${missing.join(', ')}.\n` +
        '  Install the speech engine and encoders (Debian/Ubuntu):\n' +
        '    sudo apt-get install -y festival festvox-us-slt-hts sox opus-tools',
    );
  }
  const probe = spawnSync(
    'festival',
    ['--batch', `(begin (voice_${FESTIVAL_VOICE}) (print 'voice-ok))`],
    { encoding: 'utf8', timeout: 60_000 },
  );
  if (probe.status !== 0 || !probe.stdout.includes('voice-ok')) {
    fail(
      `Festival cannot load the voice ${FESTIVAL_VOICE}.\n` +
        '  Install it with: sudo apt-get install -y festvox-us-slt-hts\n' +
        `  ${(probe.stderr || probe.stdout || '').trim()}`,
    );
  }
}

/**
 * Festival reads Latin-1-ish text: swap typographic punctuation for plain ASCII so it is
 * spoken (or paused on) rather than skipped. The clip key still uses the original text.
 * @param {string} text
 */
function speakable(text) {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s*[\u2013\u2014]\s*/g, ', ')
    .replace(/\u2026/g, '...')
    .replace(/\u00a0/g, ' ')
    .replace(/[^\x20-\x7e]/g, ' ');
}

/**
 * @returns {import('./narration-lines.mjs').Manifest | null}
 */
function readManifest() {
  if (!existsSync(MANIFEST_PATH)) return null;
  try {
    const json = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8'));
    if (json && json.version === 1 && json.clips && typeof json.clips === 'object') return json;
    console.warn('narrate: manifest.json has an unknown format; rendering everything again');
  } catch (error) {
    console.warn(`narrate: manifest.json is unreadable (${error}); rendering everything again`);
  }
  return null;
}

/**
 * Parses `sox ... -n stats` output for the overall RMS and peak level in dBFS.
 * @param {string} text
 */
function parseStats(text) {
  /** @param {string} label */
  const value = (label) => {
    const match = new RegExp(`^${label}\\s+(-?[\\d.]+|-inf)`, 'm').exec(text);
    if (!match || match[1] === undefined) return Number.NEGATIVE_INFINITY;
    return match[1] === '-inf' ? Number.NEGATIVE_INFINITY : Number.parseFloat(match[1]);
  };
  return { rmsDb: value('RMS lev dB'), peakDb: value('Pk lev dB') };
}

/**
 * Renders one line to `<OUT_DIR>/<hash>.opus`; returns its length in seconds.
 * @param {import('./narration-lines.mjs').NarrationLine} line
 * @param {string} workDir
 * @param {number} [slower]  Extra slowing (1 = none), for a line that came out too quick.
 */
async function renderLine(line, workDir, slower = 1) {
  const base = join(workDir, line.hash);
  const shapedWav = `${base}.shaped.wav`;
  const finalWav = `${base}.wav`;
  const tmpOpus = `${base}.opus`;
  const timeout = 120_000;
  const style = line.uses.some((use) => use.technique === 'meditation') ? 'meditation' : 'guidance';
  const words = countWords(line.text);
  const rate = (words <= SHORT_LINE_WORDS ? RATE.short : RATE[style]) * slower;
  const sentences = splitSentences(speakable(line.text));
  /** @type {string[]} */
  const parts = [];
  for (const [i, sentence] of sentences.entries()) {
    const textFile = `${base}.${i}.txt`;
    const rawWav = `${base}.${i}.raw.wav`;
    const trimmedWav = `${base}.${i}.wav`;
    await writeFile(textFile, `${sentence}\n`, 'latin1');
    await run(
      'text2wave',
      [
        '-eval',
        `(voice_${FESTIVAL_VOICE})`,
        '-eval',
        `(set! hts_engine_params (append hts_engine_params (list '("-r" ${rate}))))`,
        textFile,
        '-o',
        rawWav,
      ],
      { timeout },
    );
    // Light trim: anything under -50 dBFS for 10 ms counts as silence at either end.
    await run(
      'sox',
      [
        rawWav,
        '-b',
        '16',
        trimmedWav,
        'highpass',
        '60',
        'silence',
        '1',
        '0.01',
        '-50d',
        'reverse',
        'silence',
        '1',
        '0.01',
        '-50d',
        'reverse',
        'rate',
        '-v',
        '48k',
        'channels',
        '1',
      ],
      { timeout },
    );
    parts.push(trimmedWav);
    rmSync(textFile, { force: true });
    rmSync(rawWav, { force: true });
  }
  // Sentences joined with a pause of silence between them, 0.1 s of room at both ends.
  const pause = `${base}.pause.wav`;
  await run(
    'sox',
    ['-n', '-r', '48k', '-c', '1', '-b', '16', pause, 'trim', '0', String(SENTENCE_PAUSE[style])],
    { timeout },
  );
  const joined = parts.flatMap((part, i) => (i === 0 ? [part] : [pause, part]));
  await run('sox', [...joined, shapedWav, 'pad', '0.1', '0.1'], { timeout });
  const { stderr } = await run('sox', [shapedWav, '-n', 'stats'], { timeout });
  const { rmsDb, peakDb } = parseStats(stderr);
  if (!Number.isFinite(rmsDb) || !Number.isFinite(peakDb)) {
    throw new Error('the voice produced silence');
  }
  const gainDb = Math.min(TARGET_RMS_DB - rmsDb, PEAK_CEILING_DB - peakDb);
  await run('sox', [shapedWav, finalWav, 'gain', gainDb.toFixed(2)], { timeout });
  const { stdout: duration } = await run('soxi', ['-D', finalWav], { timeout });
  const seconds = Math.round(Number.parseFloat(duration) * 100) / 100;
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`bad duration "${duration}"`);
  // A short sentence has no pause to slow it: if it still comes out quick, say it slower.
  if ((countWords(line.text) / seconds) * 60 > MAX_WORDS_PER_MINUTE && slower > 0.7) {
    for (const f of [...parts, pause, shapedWav, finalWav]) rmSync(f, { force: true });
    return renderLine(line, workDir, slower * 0.85);
  }
  await run(
    'opusenc',
    [
      '--quiet',
      '--bitrate',
      String(OPUS_BITRATE_KBPS),
      '--downmix-mono',
      // A serial derived from the key keeps re-renders byte-stable.
      '--serial',
      String(Number.parseInt(line.hash.slice(0, 7), 16)),
      finalWav,
      tmpOpus,
    ],
    { timeout },
  );
  const target = join(OUT_DIR, `${line.hash}.opus`);
  try {
    await rename(tmpOpus, target);
  } catch {
    // Temp dir on another file system.
    await copyFile(tmpOpus, target);
  }
  for (const f of [...parts, pause, shapedWav, finalWav, tmpOpus]) rmSync(f, { force: true });
  return seconds;
}

/**
 * A line's sentences: split after . ! ? (and an ellipsis) followed by a space, so each is
 * spoken whole and a real pause can be put between them.
 * @param {string} text
 */
function splitSentences(text) {
  return text
    .split(/(?<=[.!?])\s+(?=\S)/)
    .map((s) => s.trim())
    .filter((s) => /[A-Za-z0-9]/.test(s));
}

/**
 * Runs `task` over `items` with at most `limit` in flight.
 * @template T
 * @param {T[]} items
 * @param {number} limit
 * @param {(item: T, index: number) => Promise<void>} task
 */
async function pool(items, limit, task) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await task(/** @type {T} */ (items[index]), index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** @param {number} bytes */
function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

async function main() {
  const started = Date.now();
  let lines;
  try {
    lines = allLines(CONTENT_DIR);
  } catch (error) {
    fail(`cannot read the routines: ${/** @type {Error} */ (error).message}`);
    return;
  }
  mkdirSync(OUT_DIR, { recursive: true });

  const previous = readManifest();
  const previousClips = previous && previous.voice === NARRATION_VOICE ? previous.clips : {};

  /** @type {Record<string, import('./narration-lines.mjs').ManifestClip>} */
  const clips = {};
  /** @type {typeof lines} */
  const toRender = [];
  for (const line of lines) {
    const old = previousClips[line.hash];
    if (
      old &&
      old.text === line.text &&
      old.file === `${line.hash}.opus` &&
      typeof old.seconds === 'number' &&
      existsSync(join(OUT_DIR, old.file))
    ) {
      clips[line.hash] = old;
    } else {
      toRender.push(line);
    }
  }
  const kept = Object.keys(clips).length;

  /** @type {string[]} */
  const failures = [];
  if (toRender.length > 0) {
    checkTools();
    const workDir = mkdtempSync(join(tmpdir(), 'unknot-narrate-'));
    try {
      let done = 0;
      await pool(toRender, JOBS, async (line) => {
        try {
          const seconds = await renderLine(line, workDir);
          clips[line.hash] = { file: `${line.hash}.opus`, seconds, text: line.text };
          done++;
          const preview = line.text.length > 60 ? `${line.text.slice(0, 57)}...` : line.text;
          console.log(
            `  [${done}/${toRender.length}] ${line.hash} ${seconds.toFixed(2)}s  ${preview}`,
          );
        } catch (error) {
          const where = line.uses[0] ? describeUse(line.uses[0]) : 'unknown';
          failures.push(`${where}: "${line.text}"\n    ${/** @type {Error} */ (error).message}`);
        }
      });
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  }

  // Clips no line uses any more: drop from the manifest and delete the file.
  const used = new Set(Object.values(clips).map((c) => c.file));
  let removed = 0;
  for (const file of readdirSync(OUT_DIR)) {
    if (file.endsWith('.opus') && !used.has(file)) {
      await unlink(join(OUT_DIR, file));
      removed++;
    }
  }

  const manifest = buildManifest(clips);
  const manifestTmp = `${MANIFEST_PATH}.tmp`;
  await writeFile(manifestTmp, `${JSON.stringify(manifest, null, 2)}\n`);
  await rename(manifestTmp, MANIFEST_PATH);

  let totalBytes = (await stat(MANIFEST_PATH)).size;
  for (const clip of Object.values(manifest.clips)) {
    totalBytes += (await stat(join(OUT_DIR, clip.file))).size;
  }
  const spoken = Object.values(manifest.clips).reduce((sum, c) => sum + c.seconds, 0);
  const elapsed = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `narrate: ${lines.length} lines; ${toRender.length - failures.length} rendered, ` +
      `${kept} kept, ${removed} removed; ${Object.keys(manifest.clips).length} clips, ` +
      `${(spoken / 60).toFixed(1)} min of speech, ${formatBytes(totalBytes)} ` +
      `in assets/narration (${elapsed} s, ${JOBS} jobs)`,
  );
  if (failures.length > 0) {
    fail(`${failures.length} line(s) failed to render:\n  ${failures.join('\n  ')}`);
  }
}

main().catch((error) => fail(error instanceof Error ? (error.stack ?? error.message) : error));
