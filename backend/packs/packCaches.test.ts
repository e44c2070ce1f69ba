// A pack carries the parse results and search index of its files (#15); import keeps them only as far as they
// match the files it writes.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Playbook } from '../../core/model';
import { ContentRepository } from '../content/loadContent';
import { ParseCache } from '../content/ParseCache';
import { ROOT_CACHE_DIR } from '../content/rootCaches';
import { writeFileAtomically } from '../files/writeFileAtomically';
import { exportPack } from './exportPack';
import { importPack } from './importPack';
import { temporaryFolder, VALID_ROOT } from './packTestKit';

let tmp: Awaited<ReturnType<typeof temporaryFolder>>;
beforeEach(async () => {
  tmp = await temporaryFolder();
});
afterEach(() => tmp.remove());

const PARSE_ENTRY = `${ROOT_CACHE_DIR}/parse-results.bin`;
const INDEX_ENTRY = `${ROOT_CACHE_DIR}/search-index.bin`;
const PLAYBOOK = 'playbooks/en/discovery-call.md';

async function exported(): Promise<string> {
  const out = path.join(tmp.dir, 'pack.zip');
  const { manifest, diagnostics } = await exportPack({ roots: [VALID_ROOT], out, created: new Date('2025-01-01T00:00:00Z') });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(manifest?.files.some((file) => file.startsWith(ROOT_CACHE_DIR))).toBe(false);
  return out;
}

/** Rewrites entries of a zip. */
async function rewriteZip(zip: string, change: (files: Record<string, Uint8Array>) => void): Promise<void> {
  const files = unzipSync(new Uint8Array(await readFile(zip)));
  change(files);
  await writeFile(zip, zipSync(files));
}

/** The title the app shows for the playbook after opening the folder on a first start (no cache of its own yet). */
/** Changes the playbook's title in the pack's carried parse result. The entry still names the file's exact text, so
 * only comparing it with a fresh parse can tell. */
function plantTitle(zip: string): Promise<void> {
  return rewriteZip(zip, (files) => {
    const stored = deserialize(files[PARSE_ENTRY]!) as { entries: Map<string, { result: { item: Playbook } }> };
    stored.entries.get(PLAYBOOK)!.result.item.title = 'Planted title';
    files[PARSE_ENTRY] = new Uint8Array(serialize(stored));
  });
}

async function titleOnFirstStart(root: string): Promise<string | undefined> {
  const repository = await ContentRepository.open([root], { cache: new ParseCache(path.join(tmp.dir, 'data')) });
  return repository.content.playbooks.find((playbook) => playbook.id === 'discovery-call' && playbook.lang === 'en')?.title;
}

describe('pack caches', () => {
  it('export packs the caches of its files; import keeps every one that matches', async () => {
    const zip = await exported();
    const entries = Object.keys(unzipSync(new Uint8Array(await readFile(zip))));
    expect(entries).toEqual(expect.arrayContaining([PARSE_ENTRY, INDEX_ENTRY, `${ROOT_CACHE_DIR}/search-documents.bin`]));
    const target = path.join(tmp.dir, 'target');
    const result = await importPack(zip, target);
    expect(result.imported).toBe(true);
    const contentFiles = entries.filter((entry) => entry !== 'manifest.json' && !entry.startsWith(ROOT_CACHE_DIR) && /\.(md|yaml)$/.test(entry)).length;
    expect(result.caches).toEqual({ kept: contentFiles, dropped: 0, index: true });
    await expect(readFile(path.join(target, ...INDEX_ENTRY.split('/')))).resolves.toBeInstanceOf(Buffer);
  });

  it('drops a tampered parse result and parses the file instead', async () => {
    const zip = await exported();
    await plantTitle(zip);
    const target = path.join(tmp.dir, 'target');
    const result = await importPack(zip, target);
    expect(result.caches).toMatchObject({ dropped: 1 });
    expect(result.caches!.kept).toBeGreaterThan(0);
    const stored = deserialize(await readFile(path.join(target, ...PARSE_ENTRY.split('/')))) as { entries: Map<string, unknown> };
    expect(stored.entries.has(PLAYBOOK)).toBe(false);
    expect(await titleOnFirstStart(target)).toBe('The discovery call');
  });

  it('a tampered parse result is what a first start would show if it were kept', async () => {
    // The control for the test above: the loader does use carried results, so dropping the entry is what protects.
    const zip = await exported();
    await plantTitle(zip);
    const target = path.join(tmp.dir, 'target');
    const files = unzipSync(new Uint8Array(await readFile(zip)));
    for (const [name, data] of Object.entries(files)) {
      if (name !== 'manifest.json') await writeFileAtomically(path.join(target, ...name.split('/')), data);
    }
    expect(await titleOnFirstStart(target)).toBe('Planted title');
  });

  it('drops a search index that is not the one its files give', async () => {
    const zip = await exported();
    await rewriteZip(zip, (files) => {
      const stored = deserialize(files[INDEX_ENTRY]!) as { index: { postings: unknown } };
      stored.index.postings = { tampered: true };
      files[INDEX_ENTRY] = new Uint8Array(serialize(stored));
    });
    const target = path.join(tmp.dir, 'target');
    const result = await importPack(zip, target);
    expect(result.caches).toMatchObject({ dropped: 0, index: false });
    await expect(readFile(path.join(target, ...INDEX_ENTRY.split('/')))).rejects.toThrow();
  });
});
