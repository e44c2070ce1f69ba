import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Low } from 'lowdb';
import { DurableJsonFile } from './DurableJsonFile';

let dir: string;
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('DurableJsonFile (lowdb adapter)', () => {
  it('reads null for a missing file, then what lowdb wrote, and a file with a byte-order mark', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'pbt-durable-json-'));
    const file = path.join(dir, 'progress.json');
    const db = new Low(new DurableJsonFile<{ n: number }>(file), { n: 0 });
    await expect(db.adapter.read()).resolves.toBeNull();
    db.data.n = 3;
    await db.write();
    await expect(readFile(file, 'utf8')).resolves.toBe('{"n":3}');
    await db.read();
    expect(db.data).toEqual({ n: 3 });
    await writeFile(file, '\uFEFF{"n":4}');
    await expect(db.adapter.read()).resolves.toEqual({ n: 4 });
  });
});
