import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { rawOptions } from './tests/coverage/coverage-options';

/**
 * main.ts finds the renderer, the preload and the icons beside itself. In the shell tests the
 * source runs (so coverage maps to it), as if from where the build puts it: out/main/.
 */
function runMainFromBuildFolder(): Plugin {
  const built = JSON.stringify(pathToFileURL(path.resolve('out/main/main.js')).href);
  return {
    name: 'unknot-main-from-build-folder',
    transform(code, id) {
      if (!id.endsWith('electron/app/main.ts')) return null;
      return { code: code.replaceAll('import.meta.url', built), map: null };
    },
  };
}

/**
 * The shell tests (npm run test:shell): the main process's entry, electron/app/main.ts, runs
 * against the fake `electron` in tests/shell/fake-electron, with the renderer, preload and
 * icons of the last build. electron-store imports `electron` too, so it is inlined to see
 * the same fake.
 */
export default defineConfig({
  plugins: [runMainFromBuildFolder()],
  resolve: {
    alias: [
      {
        find: /^electron$/,
        replacement: path.resolve('tests/shell/fake-electron/electron.ts'),
      },
    ],
  },
  test: {
    include: ['tests/shell/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    fileParallelism: false,
    server: { deps: { inline: ['electron-store'] } },
    coverage: {
      provider: 'custom',
      customProviderModule: 'vitest-monocart-coverage',
      include: ['content/**', 'electron/**', 'renderer/**'],
      reportsDirectory: 'coverage/shell',
      coverageReportOptions: rawOptions('shell'),
    } as never,
  },
});
