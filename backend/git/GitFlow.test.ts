// The Git methods through the API: a workspace that is a Git repository (made with the git CLI), commits by the
// profile's name and the e-mail setting, and Freshness reading a changed section's accepted text from history.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { git } from '../../test/git/gitHttpServer';
import { openTrainerBackend, type TrainerBackend } from '../service/trainer/trainerBackend.fixture';

const PLAYBOOK = 'playbooks/en/discovery-call.md';
let t: TrainerBackend;
let profileId: string;

beforeEach(async () => {
  t = await openTrainerBackend();
  profileId = (await t.api.createProfile({ name: 'Li Na', role: 'sales-manager', uiLang: 'en' })).id;
});
afterEach(() => t.close());

/** Edits the #prep section of the workspace copy of discovery-call (en), forking it first when needed. */
async function editPrep(from: string, to: string): Promise<void> {
  const { text, path } = await t.api.forkItem({ kind: 'playbook', id: 'discovery-call', lang: 'en' }).catch(() => t.api.readSource({ kind: 'playbook', id: 'discovery-call', lang: 'en' }));
  expect(text).toContain(from);
  await t.api.saveSource({ path, text: text.replace(from, to) });
}

describe('Git through the API', () => {
  it('reports a workspace outside Git, and still shows the current text of a changed section', async () => {
    expect(await t.api.gitStatus({})).toEqual({ repository: false });
    await editPrep('Read the account history the company keeps', 'Read the account history and open tickets the company keeps');
    const texts = await t.api.sectionChangeText({ ref: 'discovery-call#prep', lang: 'en' });
    expect(texts.after).toContain('open tickets');
    expect(texts.before).toBeUndefined();
    expect(texts.beforeFrom).toBeUndefined();
  });

  it('commits as the profile with the e-mail setting, and reads the accepted section text from history', async () => {
    await git(t.dir, ['init', '--quiet', '--initial-branch=main', '.']);
    await editPrep('Read the account history the company keeps', 'Read the account history the company keeps');
    expect(await t.api.gitStatus({})).toEqual({
      repository: true,
      branch: 'main',
      upstream: null,
      ahead: 0,
      behind: 0,
      fetched: false,
      files: [{ path: PLAYBOOK, status: 'added' }],
    });
    expect(await t.api.saveGitSettings({ email: 'li.na@example.com' })).toMatchObject({ email: 'li.na@example.com', canStoreCredentials: false });
    await t.api.gitCommit({ profileId, message: 'Fork the discovery call' });
    expect((await git(t.dir, ['log', '-1', '--format=%an <%ae>|%s'])).trim()).toBe('Li Na <li.na@example.com>|Fork the discovery call');

    await editPrep('Read the account history the company keeps', 'Read the account history and open tickets the company keeps');
    await t.api.gitCommit({ profileId, message: 'Open tickets too' });
    await editPrep('and open tickets', 'and the open service tickets');
    expect((await t.api.freshness({})).stale.map((stale) => stale.ref)).toContain('discovery-call#prep');

    const texts = await t.api.sectionChangeText({ ref: 'discovery-call#prep', lang: 'en' });
    expect(texts.beforeFrom).toMatchObject({ accepted: true });
    expect(texts.before).toContain('Read the account history the company keeps');
    expect(texts.after).toContain('Read the account history and the open service tickets the company keeps');
    expect(texts.before?.startsWith('## ')).toBe(true);

    // Accepted: the baseline is now the current text, which no commit has yet: the last commit is shown.
    await t.api.acceptSectionChange({ ref: 'discovery-call#prep', lang: 'en' });
    const later = await t.api.sectionChangeText({ ref: 'discovery-call#prep', lang: 'en' });
    expect(later.beforeFrom).toMatchObject({ accepted: false });
    expect(later.before).toContain('and open tickets');
  });

  it('refuses pull and push without a remote, and credentials where they come from the environment', async () => {
    await git(t.dir, ['init', '--quiet', '--initial-branch=main', '.']);
    await expect(t.api.gitPull({})).rejects.toThrow(/no remote/);
    await expect(t.api.gitPush({})).rejects.toThrow(/no remote/);
    await expect(t.api.saveGitSettings({ username: 'li', token: 'secret' })).rejects.toThrow(/PBT_GIT_TOKEN/);
    await expect(t.api.gitCommit({ profileId, message: 'Nothing' })).rejects.toThrow(/nothing to commit/);
  });
});
