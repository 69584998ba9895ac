import { spawn } from 'node:child_process';
import { REPO_ROOT } from './repo-paths';

export interface KilledRun {
  /** What the child said it had finished ("ack ..." lines), each kept before the kill. */
  acks: string[];
  /** False when the child died on its own, which would make the run prove nothing. */
  killed: boolean;
  stderr: string;
}

/**
 * Runs a TypeScript child (a writer that prints "ready", then "ack <what>" after each thing it
 * has made durable), lets it work a random while within `runMs`, then SIGKILLs it: a crash
 * at an arbitrary moment, with no chance to clean up.
 */
export function runAndKill(
  script: string,
  args: string[],
  runMs: { min: number; max: number },
): Promise<KilledRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let killTimer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      if (killTimer === undefined && stdout.includes('ready\n')) {
        const wait = runMs.min + Math.random() * (runMs.max - runMs.min);
        killTimer = setTimeout(() => child.kill('SIGKILL'), wait);
      }
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    // 'close' waits for the pipes to drain, so every line the child wrote is in.
    child.on('close', (_code, signal) => {
      clearTimeout(killTimer);
      const acks = stdout
        .split('\n')
        .filter((line) => line.startsWith('ack '))
        .map((line) => line.slice(4));
      resolve({ acks, killed: signal === 'SIGKILL', stderr });
    });
  });
}
