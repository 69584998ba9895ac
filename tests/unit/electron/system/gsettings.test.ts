import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readGSetting } from '../../../../electron/system/gsettings';
import { useTempDirs } from '../../support/temp-dir';

/** Runs the real child process against a stand-in `gsettings` put first on PATH. */
const temp = useTempDirs();
const savedPath = process.env.PATH;
afterEach(() => {
  process.env.PATH = savedPath;
});

function fakeTool(script: string): void {
  const dir = temp();
  const file = path.join(dir, 'gsettings');
  fs.writeFileSync(file, `#!/bin/sh\n${script}\n`, { mode: 0o755 });
  process.env.PATH = `${dir}:${savedPath}`;
}

describe('reading a GSettings value with the gsettings tool', () => {
  it('answers what the tool prints for the schema and key asked', async () => {
    fakeTool('[ "$1 $2 $3" = "get org.gnome.desktop.notifications show-banners" ] && echo false');
    expect(await readGSetting('org.gnome.desktop.notifications', 'show-banners', 1000)).toBe(
      'false',
    );
  });

  it('answers null when the tool fails (no such schema)', async () => {
    fakeTool('echo "No such schema" >&2; exit 1');
    expect(await readGSetting('org.gnome.desktop.notifications', 'show-banners', 1000)).toBeNull();
  });

  it('answers null when the tool is not installed', async () => {
    process.env.PATH = temp();
    expect(await readGSetting('org.gnome.desktop.notifications', 'show-banners', 1000)).toBeNull();
  });

  it('answers null when the tool hangs, within the time allowed', async () => {
    fakeTool('sleep 5');
    const started = Date.now();
    expect(await readGSetting('org.gnome.desktop.notifications', 'show-banners', 200)).toBeNull();
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
