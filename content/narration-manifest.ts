/**
 * The manifest of pre-rendered narration (assets/narration/manifest.json): one clip per
 * distinct line, keyed by a hash of voice and text, written by `npm run narrate`. Plain
 * types and lookup, no zod, so the renderer can use it; the schema is in
 * narration-manifest-schema.ts for main and the tests.
 */
export interface NarrationManifest {
  version: 1;
  voice: string;
  clips: Record<string, { file: string; seconds: number; text: string }>;
}

export interface NarrationClip {
  file: string;
  seconds: number;
}

/**
 * Looks clips up by the line they speak. The text is stored beside each clip, so no hash
 * needs computing at run time (the renderer has no synchronous hash function).
 */
export function clipsByText(
  manifest: NarrationManifest,
): (text: string) => NarrationClip | undefined {
  const byText = new Map<string, NarrationClip>();
  for (const clip of Object.values(manifest.clips)) {
    byText.set(clip.text.trim(), { file: clip.file, seconds: clip.seconds });
  }
  return (text) => byText.get(text.trim());
}
