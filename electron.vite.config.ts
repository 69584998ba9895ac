import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { contentSecurityPolicy } from './electron/protocol/app-protocol';
import { rendererChunk } from './scripts/renderer-chunks';

/**
 * Pins the built page's entry: its module script tag (and each chunk it preloads) gets an
 * `integrity` attribute, and the page a CSP meta tag allowing the app's own scripts ('self',
 * which only the unknot:// protocol serves, from the packaged files) and the entry's hash.
 * The screens off the first screen's path are chunks fetched with import(), which a
 * hash-only policy refuses; 'self' lets them in while a script from anywhere else is still
 * refused. Done on the files as written, after every other plugin has had its last word on
 * them. Dev mode needs inline scripts for hot reload, so this applies to builds only.
 */
function pinScriptsWithCsp(): Plugin {
  let outDir = '';
  return {
    name: 'unknot-csp-pinned-scripts',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      const page = resolve(outDir, 'index.html');
      const hashes: string[] = [];
      const integrityOf = (src: string) => {
        const code = readFileSync(resolve(outDir, src.replace(/^\.?\//, '')));
        return `sha384-${createHash('sha384').update(code).digest('base64')}`;
      };
      const html = readFileSync(page, 'utf8')
        .replace(
          /<script type="module" crossorigin src="([^"]+)"><\/script>/g,
          (_tag, src: string) => {
            const hash = integrityOf(src);
            hashes.push(`'${hash}'`);
            return `<script type="module" crossorigin integrity="${hash}" src="${src}"></script>`;
          },
        )
        .replace(
          /<link rel="modulepreload" crossorigin href="([^"]+)">/g,
          (_tag, href: string) =>
            `<link rel="modulepreload" crossorigin integrity="${integrityOf(href)}" href="${href}">`,
        );
      if (hashes.length === 0) throw new Error('CSP: found no module script to pin');
      const policy = contentSecurityPolicy(["'self'", ...hashes]);
      const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
      writeFileSync(page, html.replace('<head>', `<head>\n    ${meta}`));
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
      rollupOptions: { input: { main: resolve('electron/app/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require nothing but electron: bundle zod and our code in.
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: resolve('electron/preload/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    publicDir: resolve('assets'),
    base: './',
    // Catalogs and other JSON become JSON.parse("…"): V8 reads a JSON string faster than the
    // same data written as an object literal, and the English catalogs are in the entry.
    json: { stringify: true },
    build: {
      outDir: 'out/renderer',
      minify: true,
      // Maps beside the bundle for the e2e coverage report; the page never points to them,
      // and packaging leaves them out.
      sourcemap: 'hidden',
      rollupOptions: {
        input: { index: resolve('renderer/index.html') },
        output: { manualChunks: rendererChunk },
      },
    },
    plugins: [react(), pinScriptsWithCsp(), leaveOutScreenshots()],
  },
});
