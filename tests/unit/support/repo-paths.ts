import { fileURLToPath } from 'node:url';

/** The repository's root, so a test reads content and assets wherever the test file sits. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Where the built-in routines and techniques live. */
export const CONTENT_DIR = fileURLToPath(new URL('../../../content/', import.meta.url));
