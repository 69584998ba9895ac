import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/**
 * Runs `fn` of the module at `probe` in a fresh Node process whose time zone is `zone`, and
 * returns what it returned (as JSON). A process's zone can only be changed from its main
 * thread, and test runners may run tests in worker threads (Stryker always does), so code
 * that reads the local zone is exercised in a child process instead; the test asserts on
 * the facts it sends back.
 */
export function inZone<T>(zone: string, probe: string, fn: string, arg: unknown = null): T {
  const script = [
    `const probe = await import(${JSON.stringify(pathToFileURL(probe).href)});`,
    'const chunks = [];',
    'for await (const chunk of process.stdin) chunks.push(chunk);',
    `const out = await probe[${JSON.stringify(fn)}](JSON.parse(Buffer.concat(chunks).toString()));`,
    'process.stdout.write(JSON.stringify(out));',
  ].join('\n');
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    {
      // The argument goes in on stdin: it can be larger than an environment allows.
      input: JSON.stringify(arg),
      env: { ...process.env, TZ: zone },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return JSON.parse(out) as T;
}
