import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BOUNDS, readWindowState, restoreBounds, writeWindowState } from './windowState';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const monitor = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('restoreBounds', () => {
  it('keeps saved bounds that lie on a display', () => {
    const saved = { x: 1600, y: 100, width: 1400, height: 1000, maximized: true };
    expect(restoreBounds(saved, [laptop, monitor])).toEqual(saved);
  });

  it('drops the position when the display it was on is gone, keeping the size that fits', () => {
    const saved = { x: 1600, y: 100, width: 1400, height: 1000, maximized: false };
    expect(restoreBounds(saved, [laptop])).toEqual({ width: 1400, height: 900, maximized: false });
  });

  it('drops a position with only a sliver of the window visible', () => {
    expect(restoreBounds({ x: 1400, y: 10, width: 800, height: 600 }, [laptop])).toEqual({ width: 800, height: 600, maximized: false });
  });

  it.each([[undefined], [null], ['x'], [{ x: 1, y: 2 }], [{ x: 0, y: 0, width: 50, height: 50 }], [{ x: 0.5, y: 0, width: 800, height: 600 }]])(
    'falls back to the default size for the unusable saved value %j',
    (saved) => {
      expect(restoreBounds(saved, [laptop])).toEqual(DEFAULT_BOUNDS);
    },
  );

  it('shrinks the default to a small screen', () => {
    expect(restoreBounds(undefined, [{ x: 0, y: 0, width: 1024, height: 700 }])).toEqual({ width: 1024, height: 700, maximized: false });
  });
});

describe('window state file', () => {
  it('writes bounds and reads them back; a missing or broken file reads as undefined', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'pbt-window-'));
    try {
      const file = path.join(dir, 'window-state.json');
      expect(await readWindowState(file)).toBeUndefined();
      const bounds = { x: 10, y: 20, width: 1000, height: 700, maximized: true };
      await writeWindowState(file, bounds);
      expect(restoreBounds(await readWindowState(file), [laptop])).toEqual(bounds);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
