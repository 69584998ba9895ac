import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { contentSecurityPolicy } from './electron/app-protocol';

/**
 * Pins every script of the built page by hash: each module script gets an `integrity`
 * attribute and the page a CSP meta tag that allows exactly those hashes. Dev mode needs
 * inline scripts for hot reload, so this applies to builds only.
 */
function pinScriptsWithCsp(): Plugin {
  return {
    name: 'unknot-csp-pinned-scripts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const hashes: string[] = [];
        const pinned = html.replace(
          /<script type="module" crossorigin src="([^"]+)"><\/script>/g,
          (tag, src: string) => {
            const fileName = src.replace(/^\.?\//, '');
            const chunk = context.bundle?.[fileName];
            if (!chunk || chunk.type !== 'chunk') return tag;
            const hash = `sha384-${createHash('sha384').update(chunk.code).digest('base64')}`;
            hashes.push(`'${hash}'`);
            return `<script type="module" crossorigin integrity="${hash}" src="${src}"></script>`;
          },
        );
        if (hashes.length === 0) throw new Error('CSP: found no module script to pin');
        const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashes)}" />`;
        return pinned.replace('<head>', `<head>\n    ${meta}`);
      },
    },
  };
}

/** The README's screenshots live in assets/ but are not part of the app. */
function leaveOutScreenshots(): Plugin {
  return {
    name: 'unknot-leave-out-screenshots',
    apply: 'build',
    closeBundle() {
      rmSync(resolve('out/renderer/screenshots'), { recursive: true, force: true });
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { main: resolve('electron/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require nothing but electron: bundle zod and our code in.
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: resolve('electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    publicDir: resolve('assets'),
    base: './',
    build: {
      outDir: 'out/renderer',
      minify: true,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
    plugins: [react(), pinScriptsWithCsp(), leaveOutScreenshots()],
  },
});
