import { z } from 'zod';
import type { NarrationManifest } from './narration-manifest';

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

// Compile-time: the schema and the plain type describe the same manifest.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesType: Same<z.infer<typeof NarrationManifestSchema>, NarrationManifest> = true;
void schemaMatchesType;
