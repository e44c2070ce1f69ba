import { describe, expect, it } from 'vitest';
import { windowOptions } from './windowOptions';

describe('windowOptions', () => {
  const options = windowOptions({ x: 5, y: 6, width: 1000, height: 700, maximized: false }, '/app/preload.cjs');

  it('isolates the renderer: context isolation, sandbox, no Node, no webviews', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(options.webPreferences).not.toHaveProperty('experimentalFeatures');
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('loads the given preload and applies the remembered bounds', () => {
    expect(options.webPreferences?.preload).toBe('/app/preload.cjs');
    expect(options).toMatchObject({ x: 5, y: 6, width: 1000, height: 700 });
  });

  it('leaves the position to the system when none is remembered', () => {
    const centred = windowOptions({ width: 1000, height: 700, maximized: false }, 'p');
    expect(centred.x).toBeUndefined();
    expect(centred.y).toBeUndefined();
  });
});
