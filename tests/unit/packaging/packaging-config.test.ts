import fs from 'node:fs';
import Ajv from 'ajv';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const config = yaml.load(fs.readFileSync('electron-builder.yml', 'utf8')) as Record<
  string,
  unknown
>;
const schema = JSON.parse(
  fs.readFileSync('node_modules/app-builder-lib/scheme.json', 'utf8'),
) as Record<string, unknown>;

describe('packaging configuration', () => {
  it('is valid against electron-builder’s own schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('builds Unknot for Linux, Windows and macOS', () => {
    expect(config).toMatchObject({
      productName: 'Unknot',
      asar: true,
      linux: { target: ['AppImage', 'deb'] },
      win: { target: 'nsis' },
      mac: { target: 'dmg' },
    });
  });

  it('turns off the fuses that would let the binary run as Node or be inspected', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeCliInspectArguments: false,
    });
  });

  it('points at icons that exist', () => {
    const linux = config.linux as { icon: string };
    const win = config.win as { icon: string };
    const mac = config.mac as { icon: string };
    expect(fs.existsSync(linux.icon)).toBe(true);
    expect(fs.existsSync(win.icon)).toBe(true);
    expect(fs.existsSync(mac.icon)).toBe(true);
  });
});
