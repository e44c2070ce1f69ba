// The packaged app's Electron fuses (flipped in the binary by electron-builder): no way to run it as plain Node,
// to pass Node options or an inspector to it, or to load app code from anywhere but its checked app.asar.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const config = parse(readFileSync(fileURLToPath(new URL('../electron-builder.yml', import.meta.url)), 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it('sets the security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app into app.asar, which the fuses make the only place app code loads from', () => {
    expect(config.asar).toBe(true);
  });
});
