import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../core/model';
import { loadContent } from '../content/loadContent';
import { exportPack } from './exportPack';
import { importPack } from './importPack';
import { snapshot, temporaryFolder, VALID_ROOT, writeZip } from './packTestKit';

let tmp: Awaited<ReturnType<typeof temporaryFolder>>;
let target: string;
beforeEach(async () => {
  tmp = await temporaryFolder();
  target = path.join(tmp.dir, 'workspace');
});
afterEach(() => tmp.remove());

const zipPath = () => path.join(tmp.dir, 'pack.zip');
const inPack = (entry: string) => path.join(zipPath(), ...entry.split('/'));
const errors = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.severity === 'error');

const QUIZ = (playbook: string, ref: string) => `id: pricing-quiz
lang: en
title: Pricing
playbook: ${playbook}
questions:
  - id: q1
    type: truefalse
    prompt: Anchor first?
    answer: true
    explain: Yes.
    ref: ${ref}
`;

/** The target holds the valid fixture content; the test then checks a refused pack left every file as it was. */
async function refusedWithTargetUntouched(diagnosticsOf: () => Promise<Diagnostic[]>): Promise<Diagnostic[]> {
  await cp(VALID_ROOT, target, { recursive: true });
  const before = await snapshot(target);
  const diagnostics = await diagnosticsOf();
  expect(errors(diagnostics).length).toBeGreaterThan(0);
  expect(await snapshot(target)).toEqual(before);
  return diagnostics;
}

async function importZip(files: Record<string, string>, manifest?: unknown) {
  await writeZip(zipPath(), files, manifest);
  return importPack(zipPath(), target);
}

describe('importPack round trip', () => {
  it('export → import into an empty folder gives identical files that load without a problem', async () => {
    await exportPack({ roots: [VALID_ROOT], out: zipPath() });
    const result = await importPack(zipPath(), target);
    expect(result.diagnostics).toEqual([]);
    expect(result.imported).toBe(true);
    expect(result.files.every((f) => f.change === 'added')).toBe(true);
    const { '.pbt-cache/parse-results.bin': parseResults, '.pbt-cache/search-index.bin': index, '.pbt-cache/search-documents.bin': documents, ...content } = await snapshot(target);
    expect([parseResults, index, documents].every(Boolean)).toBe(true);
    expect(content).toEqual(await snapshot(VALID_ROOT));
    const loaded = await loadContent([target]);
    expect(loaded.diagnostics).toEqual([]);
    expect([loaded.playbooks.length, loaded.quizzes.length, loaded.cases.length, loaded.paths.length]).toEqual([3, 1, 1, 1]);
  });

  it('importing the same pack again changes nothing, and reports which files it updates', async () => {
    await exportPack({ roots: [VALID_ROOT], out: zipPath() });
    await importPack(zipPath(), target);
    expect((await importPack(zipPath(), target)).files.every((f) => f.change === 'unchanged')).toBe(true);
    await writeFile(path.join(target, 'playbooks/en/discovery-call.md'), 'edited locally');
    const again = await importPack(zipPath(), target);
    expect(again.files.filter((f) => f.change !== 'unchanged')).toEqual([{ path: 'playbooks/en/discovery-call.md', change: 'updated' }]);
    expect(await readFile(path.join(target, 'playbooks/en/discovery-call.md'), 'utf8')).toBe(await readFile(path.join(VALID_ROOT, 'playbooks/en/discovery-call.md'), 'utf8'));
  });

  it('a dry run checks and reports but writes nothing', async () => {
    await exportPack({ roots: [VALID_ROOT], out: zipPath() });
    const result = await importPack(zipPath(), target, { dryRun: true });
    expect(result.imported).toBe(false);
    expect(result.files).toHaveLength(7);
    expect(await snapshot(target)).toEqual({});
  });

  it('checks references against the folder it imports into', async () => {
    await cp(VALID_ROOT, target, { recursive: true });
    const result = await importZip({ 'content/quizzes/pricing.yaml': QUIZ('walk-away-point', 'discovery-call#prep') });
    expect(errors(result.diagnostics)).toEqual([]);
    expect(result.files).toEqual([{ path: 'content/quizzes/pricing.yaml', change: 'added' }]);
    expect(await readFile(path.join(target, 'content/quizzes/pricing.yaml'), 'utf8')).toContain('playbook: walk-away-point');
  });
});

describe('importPack refuses, and changes nothing', () => {
  it('a file that does not parse, naming the file inside the pack with line and column', async () => {
    const diagnostics = await refusedWithTargetUntouched(async () => (await importZip({ 'content/quizzes/pricing.yaml': QUIZ('walk-away-point', 'walk-away-point').replace('title:', 'titel:') })).diagnostics);
    expect(errors(diagnostics)).toEqual([
      { file: inPack('content/quizzes/pricing.yaml'), line: 1, column: 1, severity: 'error', message: 'missing required field "title"' },
      { file: inPack('content/quizzes/pricing.yaml'), line: 3, column: 1, severity: 'error', message: 'unknown field "titel" (did you mean "title"?)' },
    ]);
  });

  it('a reference that neither the folder nor the pack can satisfy', async () => {
    const diagnostics = await refusedWithTargetUntouched(async () => (await importZip({ 'content/quizzes/pricing.yaml': QUIZ('pricing', 'walk-away-point') })).diagnostics);
    expect(errors(diagnostics)).toEqual([expect.objectContaining({ file: inPack('content/quizzes/pricing.yaml'), line: 4, column: 11, message: expect.stringMatching(/^playbook "pricing" does not exist in en/) })]);
  });

  it('a pack that would break content already in the folder', async () => {
    const changed = (await readFile(path.join(VALID_ROOT, 'playbooks/en/discovery-call.md'), 'utf8')).replace('## Before the call {#prep}', '## Before the call');
    const diagnostics = await refusedWithTargetUntouched(async () => (await importZip({ 'playbooks/en/discovery-call.md': changed })).diagnostics);
    const broken = errors(diagnostics);
    expect(broken.length).toBeGreaterThan(0);
    expect(broken.every((d) => d.file.startsWith(target) && d.message.includes('has no section or block "#prep"'))).toBe(true);
    expect(broken.map((d) => path.relative(target, d.file))).toContain(path.join('content', 'quizzes', 'discovery-call.en.yaml'));
  });

  it('an id the folder already uses in another file', async () => {
    const copy = await readFile(path.join(VALID_ROOT, 'playbooks/en/walk-away-point.md'), 'utf8');
    const diagnostics = await refusedWithTargetUntouched(async () => (await importZip({ 'playbooks/en/walk-away-copy.md': copy })).diagnostics);
    // The loader keeps the first file in path order, so here the folder's own file is the one reported.
    expect(errors(diagnostics)).toEqual([
      expect.objectContaining({ file: path.join(target, 'playbooks', 'en', 'walk-away-point.md'), message: expect.stringMatching(/^duplicate playbook id "walk-away-point" \(en\): also defined in playbooks\/en\/walk-away-copy\.md:2/) }),
    ]);
  });

  it.each([
    ['../outside.md', 'entry "../outside.md" is refused: a ".." segment that climbs out of the folder'],
    ['playbooks/../../outside.md', 'entry "playbooks/../../outside.md" is refused: a ".." segment that climbs out of the folder'],
    ['/outside.md', 'entry "/outside.md" is refused: an absolute path'],
    ['C:/outside.md', 'entry "C:/outside.md" is refused: an absolute path'],
    ['playbooks\\..\\outside.md', 'entry "playbooks\\..\\outside.md" is refused: a backslash in the path (zip paths use "/")'],
  ])('a path that leaves the folder: %s', async (entry, message) => {
    const diagnostics = await refusedWithTargetUntouched(async () => (await importZip({ [entry]: '---\nid: x\n---\n', 'playbooks/en/ok.md': '---\nid: ok\ntitle: OK\nlang: en\n---\nok\n' }, null)).diagnostics);
    expect(diagnostics).toContainEqual({ file: zipPath(), line: 1, column: 1, severity: 'error', message });
    expect(await snapshot(tmp.dir).then((files) => Object.keys(files).filter((f) => f.endsWith('outside.md')))).toEqual([]);
  });

  it('files that are not content', async () => {
    const diagnostics = await refusedWithTargetUntouched(async () => (await importZip({ 'scripts/install.sh': 'rm -rf ~', 'playbooks/notes.txt': 'x' })).diagnostics);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'entry "scripts/install.sh" is not content: a pack holds manifest.json, content files (under playbooks/, content/quizzes/, content/cases/, content/paths/, lessons/, content/glossary/) and images under playbooks/, content/, lessons/',
      expect.stringMatching(/^entry "playbooks\/notes\.txt" is not content/),
    ]);
  });

  it('entries larger than the limits, before inflating them', async () => {
    const diagnostics = await refusedWithTargetUntouched(async () => {
      await writeZip(zipPath(), { 'content/quizzes/pricing.yaml': QUIZ('walk-away-point', 'walk-away-point') });
      return (await importPack(zipPath(), target, { limits: { packBytes: 1e6, entryBytes: 100, totalBytes: 1e6, entries: 10 } })).diagnostics;
    });
    expect(diagnostics.map((d) => d.message)).toEqual([
      `entry "content/quizzes/pricing.yaml" unpacks to ${Buffer.byteLength(QUIZ('walk-away-point', 'walk-away-point'))} bytes, more than the 100 bytes allowed per file`,
      expect.stringMatching(/^entry "manifest\.json" unpacks to \d+ bytes, more than the 100 bytes allowed per file$/),
    ]);
  });

  // This manifest counts no glossary files, as packs made before glossaries existed: that counts 0.
  it('a manifest that does not describe the files, at its line and column', async () => {
    const manifest = { format: 1, name: 'x', version: '1', languages: ['en'], counts: { playbook: 0, quiz: 2, case: 0, path: 0, lesson: 0, image: 0 }, created: '2025-01-01T00:00:00Z', files: ['content/quizzes/pricing.yaml', 'content/quizzes/gone.yaml'] };
    const diagnostics = await refusedWithTargetUntouched(async () => (await importZip({ 'content/quizzes/pricing.yaml': QUIZ('walk-away-point', 'walk-away-point') }, manifest)).diagnostics);
    expect(diagnostics.map((d) => `${path.relative(zipPath(), d.file)}:${d.line}:${d.column} ${d.message}`)).toEqual([
      'manifest.json:19:5 "content/quizzes/gone.yaml" is listed but not in the pack',
      'manifest.json:10:13 the manifest counts 2 quiz file(s), the pack holds 1',
    ]);
  });

  it('a zip without a manifest, and a file that is not a zip', async () => {
    const noManifest = await refusedWithTargetUntouched(async () => (await importZip({ 'content/quizzes/pricing.yaml': QUIZ('walk-away-point', 'walk-away-point') }, null)).diagnostics);
    expect(noManifest.map((d) => d.message)).toEqual(['the pack has no manifest.json; make packs with "pbt pack export"']);
    await writeFile(zipPath(), 'not a zip at all');
    const notZip = (await importPack(zipPath(), target)).diagnostics;
    expect(notZip.map((d) => d.message)).toEqual([expect.stringMatching(/^not a readable zip file/)]);
  });
});
