import { build } from 'vite';
import path from 'node:path';

/** Bundles page-bridge.ts (and the real api-factory) into one script for addInitScript. */
export async function buildBridgeScript(root: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    root,
    build: {
      write: false,
      minify: false,
      lib: {
        entry: path.join(root, 'tests/harness/page-bridge.ts'),
        formats: ['iife'],
        name: 'UnknotBridge',
      },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if ('output' in output) {
      const chunk = output.output.find((item) => item.type === 'chunk');
      if (chunk && chunk.type === 'chunk') return chunk.code;
    }
  }
  throw new Error('The page bridge did not build');
}
