import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportPack } from './exportPack';
import { BROKEN_ROOT, snapshot, temporaryFolder, VALID_ROOT } from './packTestKit';

let tmp: Awaited<ReturnType<typeof temporaryFolder>>;
beforeEach(async () => {
  tmp = await temporaryFolder();
});
afterEach(() => tmp.remove());

const created = new Date('2025-06-01T08:00:00Z');
const unzip = async (file: string) => unzipSync(new Uint8Array(await readFile(file)));
/** The caches every pack carries beside its content (packCaches.test.ts checks what they hold). */
const CACHES = ['.pbt-cache/parse-results.bin', '.pbt-cache/search-documents.bin', '.pbt-cache/search-index.bin'];
const exists = (file: string) => access(file).then(() => true, () => false);

describe('exportPack', () => {
  it('packs every content file and the images playbooks use, with a manifest describing them', async () => {
    const out = path.join(tmp.dir, 'out', 'sales.zip');
    const { manifest, diagnostics } = await exportPack({ roots: [VALID_ROOT], out, name: 'Sales basics', version: '2.1.0', created });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const source = await snapshot(VALID_ROOT);
    const files = await unzip(out);
    expect(Object.keys(files).sort()).toEqual(['manifest.json', ...Object.keys(source), ...CACHES].sort());
    for (const [name, text] of Object.entries(source)) expect(strFromU8(files[name]!)).toBe(text);
    expect(JSON.parse(strFromU8(files['manifest.json']!))).toEqual({
      format: 1,
      name: 'Sales basics',
      version: '2.1.0',
      languages: ['zh-CN', 'en'],
      counts: { playbook: 3, quiz: 1, case: 1, path: 1, lesson: 0, glossary: 0, image: 1 },
      created: '2025-06-01T08:00:00.000Z',
      files: Object.keys(source).sort(),
    });
    expect(manifest?.name).toBe('Sales basics');
  });

  it('packs only the selected ids (every language), with their images', async () => {
    const out = path.join(tmp.dir, 'some.zip');
    await exportPack({ roots: [VALID_ROOT], out, only: ['discovery-call', 'walk-away-point'], created });
    expect(Object.keys(await unzip(out)).sort()).toEqual([
      ...CACHES,
      'manifest.json',
      'playbooks/en/discovery-call.md',
      'playbooks/en/img/floor.svg',
      'playbooks/en/walk-away-point.md',
      'playbooks/zh-CN/discovery-call.md',
    ]);
  });

  it('names the pack after the content folder and gives it version 1.0.0 by default', async () => {
    const { manifest } = await exportPack({ roots: [VALID_ROOT], out: path.join(tmp.dir, 'p.zip'), only: ['discovery-call-quiz'], created });
    expect(manifest).toMatchObject({ name: 'valid', version: '1.0.0', languages: ['en'], counts: { playbook: 0, quiz: 1, case: 0, path: 0, lesson: 0, glossary: 0, image: 0 } });
  });

  it('refuses content with errors and writes no zip', async () => {
    const out = path.join(tmp.dir, 'broken.zip');
    const { manifest, diagnostics } = await exportPack({ roots: [BROKEN_ROOT], out });
    expect(manifest).toBeUndefined();
    expect(diagnostics).toContainEqual(expect.objectContaining({ file: path.join(BROKEN_ROOT, 'content/quizzes/unknown-field.yaml'), line: 3, column: 1, severity: 'error' }));
    expect(await exists(out)).toBe(false);
  });

  it('refuses an id that does not exist', async () => {
    const out = path.join(tmp.dir, 'none.zip');
    const { diagnostics } = await exportPack({ roots: [VALID_ROOT], out, only: ['no-such-thing'] });
    expect(diagnostics.map((d) => d.message)).toEqual(['no playbook, quiz, case, path or lesson has the id "no-such-thing" in these folders']);
    expect(await exists(out)).toBe(false);
  });

  it('refuses a file larger than a pack may hold, so it never makes a pack import would refuse', async () => {
    const out = path.join(tmp.dir, 'big.zip');
    const limits = { packBytes: 1e9, entryBytes: 300, totalBytes: 1e9, entries: 100 };
    const { diagnostics } = await exportPack({ roots: [VALID_ROOT], out, only: ['discovery-call'], limits });
    expect(diagnostics.map((d) => path.relative(VALID_ROOT, d.file))).toEqual([path.join('playbooks', 'en', 'discovery-call.md'), path.join('playbooks', 'zh-CN', 'discovery-call.md')]);
    expect(diagnostics[0]?.message).toBe('the file is larger than the 300 bytes a pack may hold per file');
    expect(await exists(out)).toBe(false);
  });
});
