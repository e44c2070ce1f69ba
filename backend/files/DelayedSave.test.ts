import { afterEach, describe, expect, it, vi } from 'vitest';
import { DelayedSave } from './DelayedSave';

afterEach(() => {
  vi.useRealTimers();
});

/** A save that records its name when called and writes through `saves`. */
function recorder(saves: DelayedSave, log: string[]) {
  return (name: string) => () => {
    log.push(`save ${name}`);
    return saves.write(async () => {
      log.push(`write ${name}`);
    });
  };
}

describe('DelayedSave', () => {
  it('saves once calls have paused, with the latest save only', async () => {
    vi.useFakeTimers();
    const log: string[] = [];
    const saves = new DelayedSave(100, (error) => log.push(`error ${String(error)}`));
    const save = recorder(saves, log);
    saves.schedule(save('a'));
    await vi.advanceTimersByTimeAsync(60);
    saves.schedule(save('b'));
    await vi.advanceTimersByTimeAsync(60);
    expect(log).toEqual([]);
    await vi.advanceTimersByTimeAsync(60);
    expect(log).toEqual(['save b', 'write b']);
  });

  it('runs a waiting save at flush, and drops it at cancel', async () => {
    const log: string[] = [];
    const saves = new DelayedSave(60_000, (error) => log.push(`error ${String(error)}`));
    const save = recorder(saves, log);
    saves.schedule(save('flushed'));
    await saves.flush();
    saves.schedule(save('cancelled'));
    saves.cancel();
    await saves.flush();
    expect(log).toEqual(['save flushed', 'write flushed']);
  });

  it('writes one after another and reports a failed write without stopping the next', async () => {
    const log: string[] = [];
    const saves = new DelayedSave(0, (error) => log.push(`error ${(error as Error).message}`));
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = saves.write(async () => {
      await held;
      log.push('first done');
    });
    const failing = saves.write(() => Promise.reject(new Error('disk full')));
    const last = saves.write(async () => {
      log.push('last');
    });
    release();
    await Promise.all([first, failing, last]);
    expect(log).toEqual(['first done', 'error disk full', 'last']);
  });
});
