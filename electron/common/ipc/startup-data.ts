import type { MethodOutput } from './contract';

/**
 * What the first screen needs, written into its page by main as it serves the page, so the
 * library (or the welcome) draws with its data and theme in its very first frame instead of
 * after a round of calls. Each value is exactly what the method would answer over IPC, checked
 * against the contract the same way. The playback snapshot is left out: it changes while a
 * routine plays, and a page opened then (the floating timer) must ask for the moment's one.
 */
export const STARTUP_METHODS = [
  'listRoutines',
  'getSettings',
  'listRoutineProblems',
  'getHistoryStats',
] as const;

export type StartupMethod = (typeof STARTUP_METHODS)[number];

/** A method left out (it failed, or the page was served without data) is asked for later. */
export type StartupData = { [M in StartupMethod]?: MethodOutput<M> };

export const STARTUP_DATA_ID = 'unknot-startup-data';

// Inside <script> the HTML parser ends the block at "</script" and comments at "<!--";
// escaping these characters keeps any text a user typed (a routine's title) inside the JSON.
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/**
 * The page with a JSON data block before `</head>`. A data block is never run as script, so
 * the page's content security policy stays as strict as it is.
 */
export function embedStartupData(html: string, data: StartupData): string {
  const json = JSON.stringify(data).replace(
    UNSAFE_IN_SCRIPT,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const block = `<script type="application/json" id="${STARTUP_DATA_ID}">${json}</script>`;
  const at = html.indexOf('</head>');
  return at < 0 ? block + html : html.slice(0, at) + block + html.slice(at);
}

/** The data block's text read back; anything but an object (or no block) is no data. */
export function parseStartupData(text: string | null | undefined): StartupData {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as StartupData)
      : {};
  } catch {
    return {};
  }
}
