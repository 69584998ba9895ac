/**
 * How the renderer's build splits its code beyond what import() decides: React's DOM
 * renderer (and its scheduler) is a chunk of its own. The browser parses each script on a
 * thread of its own as it arrives, so the first screen's code is read by two threads side by
 * side instead of one reading React and the app one after the other; the page waits for
 * the longest, which is now React alone. Used by the app's build (electron.vite.config.ts)
 * and by the bench's, for the app and its hello world alike.
 */
export function rendererChunk(id: string): string | undefined {
  return /node_modules\/(react-dom|scheduler)\//.test(id) ? 'react-dom' : undefined;
}
