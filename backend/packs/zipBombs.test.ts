// Hostile zips: sizes that lie, CRCs that do not match, and totals over the limit, all caught while inflating.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildManifest } from '../../core/interchange/pack/packManifest';
import { importPack } from './importPack';
import { lieAboutEntry, snapshot, temporaryFolder } from './packTestKit';
import { readPack } from './readPack';

let tmp: Awaited<ReturnType<typeof temporaryFolder>>;
beforeEach(async () => {
  tmp = await temporaryFolder();
});
afterEach(() => tmp.remove());

const zipPath = () => path.join(tmp.dir, 'pack.zip');

const body = (i: number, bytes: number) => `---\nid: p${i}\ntitle: P${i}\nlang: en\n---\n${'a'.repeat(Math.max(0, bytes - 40))}\n`;

/** A pack of playbooks, each `bytes` long (highly compressible), with a manifest describing them. */
function packOf(count: number, bytes: number): Uint8Array {
  const names = Array.from({ length: count }, (_, i) => `playbooks/p${i}.md`);
  const manifest = buildManifest({ name: 'bomb', version: '1', created: new Date('2025-01-01T00:00:00Z') }, names.map((p) => ({ path: p, kind: 'playbook' as const })));
  return zipSync({ ...Object.fromEntries(names.map((name, i) => [name, strToU8(body(i, bytes))])), 'manifest.json': strToU8(JSON.stringify(manifest)) });
}

const limits = { packBytes: 10 * 1024 * 1024, entryBytes: 1024 * 1024, totalBytes: 3 * 1024 * 1024, entries: 100 };
const messages = async () => (await readPack(zipPath(), limits)).diagnostics.map((d) => d.message);

describe('readPack against zip bombs', () => {
  it('refuses an entry whose unpacked size is larger than its header claims, before inflating it all', async () => {
    await writeFile(zipPath(), lieAboutEntry(packOf(1, 900_000), 'playbooks/p0.md', { size: 100 }));
    expect(await messages()).toEqual(['entry "playbooks/p0.md" unpacks to more than the 100 bytes its header claims']);
  });

  it('refuses entries that lie their way under the total: the total is counted from the bytes inflated', async () => {
    let zip = packOf(8, 900_000);
    for (let i = 0; i < 8; i++) zip = lieAboutEntry(zip, `playbooks/p${i}.md`, { size: 1000 });
    await writeFile(zipPath(), zip);
    const found = await messages();
    expect(found[0]).toBe('entry "playbooks/p0.md" unpacks to more than the 1000 bytes its header claims');
    expect(found).toHaveLength(1);
  });

  it('refuses an entry shorter than its header claims (a truncated import otherwise)', async () => {
    await writeFile(zipPath(), lieAboutEntry(packOf(1, 5000), 'playbooks/p0.md', { size: 6000 }));
    expect(await messages()).toEqual([`entry "playbooks/p0.md" unpacks to ${body(0, 5000).length} bytes, not the 6000 bytes its header claims`]);
  });

  it('refuses an entry whose CRC does not match its content', async () => {
    await writeFile(zipPath(), lieAboutEntry(packOf(1, 5000), 'playbooks/p0.md', { crc: 12345 }));
    expect(await messages()).toEqual(['entry "playbooks/p0.md" is damaged: its CRC does not match its content']);
  });

  it('refuses honest entries over the total before inflating them, and imports nothing', async () => {
    await writeFile(zipPath(), packOf(5, 900_000));
    expect(await messages()).toEqual([expect.stringMatching(/^the pack unpacks to 4\.3 MB, more than the 3\.0 MB allowed$/)]);
    const target = path.join(tmp.dir, 'target');
    const result = await importPack(zipPath(), target, { limits });
    expect(result.imported).toBe(false);
    expect(await snapshot(target)).toEqual({});
  });

  it('refuses an entry that unpacks to more than 100 times its packed size, before inflating it', async () => {
    await writeFile(zipPath(), packOf(1, 1_000_000));
    const found = await readPack(zipPath(), { ...limits, entryBytes: 5_000_000 });
    expect(found.diagnostics.map((d) => d.message)).toEqual([]);
    await writeFile(zipPath(), packOf(2, 4_000_000));
    expect((await readPack(zipPath(), { ...limits, entryBytes: 5_000_000, totalBytes: 10_000_000 })).diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(/^entry "playbooks\/p0\.md" unpacks to 3\.8 MB from [\d.]+ KB, more than 100 times its packed size \(a zip bomb, not content\)$/),
      expect.stringMatching(/^entry "playbooks\/p1\.md" unpacks to 3\.8 MB/),
    ]);
  });

  it('still reads an honest pack whole', async () => {
    await writeFile(zipPath(), packOf(3, 200_000));
    const pack = await readPack(zipPath(), limits);
    expect(pack.diagnostics).toEqual([]);
    expect(pack.entries.map((e) => Buffer.from(e.data).toString('utf8'))).toEqual([0, 1, 2].map((i) => body(i, 200_000)));
  });
});
