import { execFile } from 'node:child_process';

/**
 * One GSettings value, read with the `gsettings` tool GNOME ships. GNOME's do-not-disturb
 * (show-banners) is not served over the desktop portal by GNOME's own backends, and dconf
 * has no read call on D-Bus, so the tool is how other apps read it. null when the tool, the
 * schema or the key is missing, or it takes longer than `timeoutMs`.
 */
export function readGSetting(
  schema: string,
  key: string,
  timeoutMs: number,
): Promise<string | null> {
  return new Promise((resolve) => {
    try {
      execFile('gsettings', ['get', schema, key], { timeout: timeoutMs }, (error, stdout) => {
        resolve(error ? null : stdout.trim());
      });
    } catch {
      resolve(null);
    }
  });
}
