import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  contentTypeFor,
  createAppUrlCheck,
  resolveAppFile,
} from '../../../../electron/protocol/app-protocol';

const root = path.resolve('/opt/unknot/renderer');

describe('the unknot:// app protocol', () => {
  it('serves files from the renderer folder', () => {
    expect(resolveAppFile(root, 'unknot://app/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'unknot://app/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'unknot://app/narration/ab12.opus')).toBe(
      path.join(root, 'narration/ab12.opus'),
    );
  });

  it('refuses to climb out of the renderer folder', () => {
    const attempts = [
      'unknot://app/../../etc/passwd',
      'unknot://app/%2e%2e/%2e%2e/etc/passwd',
      'unknot://app/..%2f..%2fetc/passwd',
      'unknot://app/..%5c..%5cetc%5cpasswd',
    ];
    for (const url of attempts) {
      const file = resolveAppFile(root, url);
      expect(file === null || file.startsWith(root + path.sep), url).toBe(true);
    }
    expect(resolveAppFile(root, 'unknot://app/a%00b')).toBeNull();
    expect(resolveAppFile(root, 'unknot://app/%E0%A4%A')).toBeNull();
  });

  it('answers only its own scheme and host', () => {
    expect(resolveAppFile(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppFile(root, 'unknot://other/index.html')).toBeNull();
    expect(resolveAppFile(root, 'not a url')).toBeNull();
  });

  it('labels clips and scripts with their content types', () => {
    expect(contentTypeFor('a.opus')).toBe('audio/ogg');
    expect(contentTypeFor('ambient-brown-noise.flac')).toBe('audio/flac');
    expect(contentTypeFor('a.js')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('a.exe')).toBe('application/octet-stream');
  });

  it('trusts its own pages and the dev server, nothing else', () => {
    const packaged = createAppUrlCheck();
    expect(packaged('unknot://app/index.html#/library')).toBe(true);
    expect(packaged('https://example.com/')).toBe(false);
    expect(packaged('file:///index.html')).toBe(false);
    expect(packaged('about:blank')).toBe(false);
    const dev = createAppUrlCheck('http://localhost:5173');
    expect(dev('http://localhost:5173/#/settings')).toBe(true);
    expect(dev('http://localhost:5174/')).toBe(false);
  });

  it('has a strict content security policy', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
  });
});
