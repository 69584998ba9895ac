import { z } from 'zod';

/**
 * The manifest of pre-rendered narration (assets/narration/manifest.json): one clip per
 * distinct line, keyed by a hash of voice and text, written by `npm run narrate`.
 */
export const NarrationManifestSchema = z.object({
  version: z.literal(1),
  voice: z.string().min(1),
  clips: z.record(
    z.string().regex(/^[0-9a-f]{16}$/),
    z.object({
      file: z.string().regex(/^[0-9a-f]{16}\.opus$/),
      seconds: z.number().positive(),
      text: z.string().min(1),
    }),
  ),
});
export type NarrationManifest = z.infer<typeof NarrationManifestSchema>;

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
