import { clipsByText, type NarrationManifest } from '../../content/narration-manifest';

let manifest: Promise<NarrationManifest | null> | null = null;

/**
 * The narration manifest, fetched once per window from the app's own files. Null when it is
 * missing or unreadable: playback then shows captions instead of failing.
 */
export function loadNarrationManifest(): Promise<NarrationManifest | null> {
  manifest ??= fetch('./narration/manifest.json')
    .then(async (response) => {
      if (!response.ok) return null;
      const json = (await response.json()) as Partial<NarrationManifest>;
      // A light check: any line the lookup cannot find is simply treated as having no clip.
      return json.version === 1 && typeof json.clips === 'object' && json.clips !== null
        ? (json as NarrationManifest)
        : null;
    })
    .catch(() => null);
  return manifest;
}

/** Spoken length of a line, as the planner in main sees it, so previews match what plays. */
export async function loadClipSeconds(): Promise<(text: string) => number | undefined> {
  const loaded = await loadNarrationManifest();
  if (!loaded) return () => undefined;
  const lookup = clipsByText(loaded);
  return (text) => lookup(text)?.seconds;
}
