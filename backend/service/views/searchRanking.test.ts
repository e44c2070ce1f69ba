// Search through the API ranks the learner's own role first, without hiding what other roles read.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../openBackend';

let dir: string;
let backend: Backend;

/** A playbook for one role, with the same section as the other one. */
const playbook = (id: string, role: string) =>
  ['---', `id: ${id}`, `title: Pricing for ${id}`, 'lang: en', `roles: [${role}]`, '---', '## Price ladder {#ladder}', '', 'Climb the price ladder one rung at a time.', ''].join('\n');

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'pbt-search-role-'));
  await mkdir(path.join(dir, 'content', 'playbooks', 'en'), { recursive: true });
  await writeFile(path.join(dir, 'content', 'playbooks', 'en', 'coordinators.md'), playbook('coordinators', 'order-coordinator'));
  await writeFile(path.join(dir, 'content', 'playbooks', 'en', 'regions.md'), playbook('regions', 'regional-manager'));
  backend = await openBackend({ contentRoots: [path.join(dir, 'content')], dataDir: path.join(dir, 'data'), workspace: null });
});
afterEach(async () => {
  await backend.close();
  await rm(dir, { recursive: true, force: true });
});

it('ranks the sections for the learner\'s role first, and still lists the other role\'s', async () => {
  const ladders = async (role: 'order-coordinator' | 'regional-manager') =>
    (await backend.api.search({ query: 'price ladder', lang: 'en', role, types: ['section'] })).map((hit) => hit.id);
  expect(await ladders('order-coordinator')).toEqual(['coordinators', 'regions']);
  expect(await ladders('regional-manager')).toEqual(['regions', 'coordinators']);
});
