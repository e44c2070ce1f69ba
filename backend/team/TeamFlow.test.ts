import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../core/api/dispatch';
import { common, quizFinished, START } from '../../core/team/teamSample.fixture';
import { repKey } from '../../test/team/teamStatements';
import { openBackend, type Backend } from '../openBackend';

let dir: string;
let backend: Backend;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'pbt-team-api-'));
  backend = await openBackend({ dataDir: path.join(dir, 'data'), workspace: null });
});
afterEach(async () => {
  await backend.close();
  await rm(dir, { recursive: true, force: true });
});

describe('team API', () => {
  it('refuses a profile without the team capability, and serves one with it', async () => {
    const { api } = backend;
    const rep = await api.createProfile({ name: 'Rep', role: 'sales-rep', uiLang: 'en' });
    const refused = await dispatch(api, 'teamView', { profileId: rep.id, lang: 'en' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringContaining('Team view') } });
    const manager = await api.createProfile({ name: 'Manager', role: 'sales-manager', uiLang: 'en' });
    await api.updateProfile({ profileId: manager.id, canViewTeam: true });

    const exports = path.join(dir, 'exports');
    await mkdir(exports);
    const reps = [0, 1].map((i) => ({ id: `rep-${i}`, name: `Rep ${i}` }));
    await writeFile(path.join(exports, 'team.ndjson'), reps.map((r, i) => JSON.stringify(quizFinished(common(r, START), 'quiz-elite-selling-trap', 0.9 - i * 0.3, true, ['knowledge-retention']))).join('\n'));
    expect(await api.teamLoad({ profileId: manager.id, source: { kind: 'folder', path: exports } })).toMatchObject({ added: 2, statements: 2 });
    await api.teamMarkElite({ profileId: manager.id, actor: repKey(reps[0]!), elite: true });
    const { view, sources } = await api.teamView({ profileId: manager.id, lang: 'en', pathId: 'path-sales-manager' });
    expect(sources.folders).toEqual([exports]);
    expect(view.reps.find((r) => r.name === 'Rep 1')!.competencies['knowledge-retention']).toBeCloseTo(0.6 / 0.9, 4);
    expect(await dispatch(api, 'teamLoad', { profileId: manager.id, source: { kind: 'folder', path: path.join(dir, 'none') } })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
