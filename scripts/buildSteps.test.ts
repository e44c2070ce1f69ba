import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { sourcesStamp } from './buildSteps.js';

describe('sourcesStamp: the key of the Node hosts’ bundles', () => {
  let root: string;
  const stamp = () => sourcesStamp(root, ['core', 'package-lock.json']);
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'pbt-stamp-'));
    write('core/model.ts', 'export const a = 1;');
    write('core/search/index.ts', 'export const b = 2;');
    write('package-lock.json', '{}');
  });

  it('is the same for the same files', () => {
    expect(stamp()).toBe(stamp());
  });

  it('changes when a source is edited, even to the same size', () => {
    const before = stamp();
    write('core/model.ts', 'export const a = 3;');
    utimesSync(path.join(root, 'core/model.ts'), new Date(), new Date(Date.now() + 5000));
    expect(stamp()).not.toBe(before);
  });

  it('changes when a source is added or deleted, and when the lock file changes', () => {
    const before = stamp();
    write('core/search/extra.ts', 'export {};');
    const added = stamp();
    expect(added).not.toBe(before);
    rmSync(path.join(root, 'core/search/extra.ts'));
    rmSync(path.join(root, 'core/search/index.ts'));
    expect(stamp()).not.toBe(added);
    write('package-lock.json', '{"lockfileVersion": 3}');
    expect(stamp()).not.toBe(before);
  });

  it('ignores tests, which are not part of a bundle', () => {
    const before = stamp();
    write('core/search/index.test.ts', 'test');
    expect(stamp()).toBe(before);
  });
});
