// Saves cannot be steered outside the workspace by links, the built-in pack cannot become a workspace by any
// path to it, and saves of one file at the same moment all succeed one after another.
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILT_IN, openTrainerBackend, type TrainerBackend } from '../service/trainer/trainerBackend.fixture';

const temps: string[] = [];
let trainer: TrainerBackend | undefined;
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pbt-safety-'));
  temps.push(dir);
  return dir;
}
afterEach(async () => {
  await trainer?.close();
  trainer = undefined;
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const playbook = (title: string) => `---\nid: price-talks\ntitle: ${title}\nlang: en\n---\n## Objections {#objections}\n\nListen first.\n`;

describe('saving in the workspace', () => {
  it('does not follow a link planted at a temporary name, nor write through a link at the file itself', async () => {
    trainer = await openTrainerBackend();
    const outside = await tempDir();
    const victim = path.join(outside, 'victim.md');
    await writeFile(victim, 'not yours');
    const folder = path.join(trainer.dir, 'playbooks', 'en');
    await mkdir(folder, { recursive: true });
    await symlink(victim, path.join(folder, '.price-talks.md.tmp'));
    await trainer.api.saveSource({ path: 'playbooks/en/price-talks.md', text: playbook('Saved') });
    await symlink(victim, path.join(folder, 'linked.md'));
    await trainer.api.saveSource({ path: 'playbooks/en/linked.md', text: playbook('Linked').replace('price-talks', 'linked') });
    expect(await readFile(victim, 'utf8')).toBe('not yours');
    for (const name of ['price-talks.md', 'linked.md']) expect((await lstat(path.join(folder, name))).isSymbolicLink()).toBe(false);
    expect(await trainer.read('playbooks/en/price-talks.md')).toBe(playbook('Saved'));
  });

  it('serialises simultaneous saves of one file: every one succeeds and the file holds one of them whole', async () => {
    trainer = await openTrainerBackend();
    const texts = Array.from({ length: 8 }, (_, i) => playbook(`Version ${i}`));
    const results = await Promise.allSettled(texts.map((text) => trainer!.api.saveSource({ path: 'playbooks/en/price-talks.md', text })));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(texts).toContain(await trainer.read('playbooks/en/price-talks.md'));
    expect(await readdir(path.join(trainer.dir, 'playbooks', 'en'))).toEqual(['price-talks.md']);
  });
});

describe('choosing a workspace folder', () => {
  it('refuses the built-in pack reached through a link, by its real path', async () => {
    trainer = await openTrainerBackend();
    const links = await tempDir();
    await symlink(BUILT_IN, path.join(links, 'pack'));
    await symlink(path.join(BUILT_IN, 'playbooks'), path.join(links, 'playbooks-folder'));
    await expect(trainer.api.openWorkspace({ dir: path.join(links, 'pack') })).rejects.toThrow(/read-only/);
    await expect(trainer.api.openWorkspace({ dir: path.join(links, 'playbooks-folder') })).rejects.toThrow(/read-only/);
    expect((await trainer.api.getWorkspace({})).dir).toBe(trainer.dir);
  });

  it('refuses the file-system root, the home folder itself and system folders', async () => {
    trainer = await openTrainerBackend();
    const refused = [path.parse(process.cwd()).root, os.homedir(), ...['/etc', '/usr', '/var', '/bin', '/System', '/Library'].filter((dir) => path.isAbsolute(dir))];
    for (const dir of refused) {
      const exists = await lstat(dir).then(() => true, () => false);
      if (exists) await expect(trainer.api.openWorkspace({ dir }), dir).rejects.toThrow(/cannot be a workspace/);
    }
    const inHome = await tempDir();
    await expect(trainer.api.openWorkspace({ dir: inHome })).resolves.toMatchObject({ dir: inHome });
  });
});
