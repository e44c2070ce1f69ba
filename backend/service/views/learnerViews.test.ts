// The home page's "continue where you left off", against the fixture pack plus a Chinese copy of its quiz.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Api, Profile } from '../../../core/api/contract';
import { openBackend, type Backend } from '../../openBackend';
import { BUILT_IN } from '../trainer/trainerBackend.fixture';

const QUIZ = 'discovery-call-quiz';
const ZH_QUIZ_TITLE = '需求挖掘测验';

let folders: string[];
let backend: Backend;
let api: Api;
let profile: Profile;

/** A second content root holding the fixture quiz in Chinese, so the quiz exists in both languages. */
async function chineseQuizRoot(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'pbt-zh-quiz-'));
  const english = await readFile(path.join(BUILT_IN, 'content', 'quizzes', 'discovery-call.en.yaml'), 'utf8');
  const chinese = english.replace(/^lang: en$/m, 'lang: zh-CN').replace(/^title: .*$/m, `title: ${ZH_QUIZ_TITLE}`);
  await mkdir(path.join(root, 'content', 'quizzes'), { recursive: true });
  await writeFile(path.join(root, 'content', 'quizzes', 'discovery-call.zh-CN.yaml'), chinese);
  return root;
}

beforeEach(async () => {
  const [dataDir, zhRoot] = await Promise.all([mkdtemp(path.join(os.tmpdir(), 'pbt-home-')), chineseQuizRoot()]);
  folders = [dataDir, zhRoot];
  backend = await openBackend({ contentRoots: [BUILT_IN, zhRoot], dataDir, workspace: null, now: () => new Date('2025-06-02T09:00:00Z') });
  api = backend.api;
  profile = await api.createProfile({ name: 'Li Wei', role: 'sales-rep', uiLang: 'en' });
});
afterEach(async () => {
  await backend.close();
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

describe('continue where you left off', () => {
  it('titles an unfinished quiz in the UI language, whatever language it was started in', async () => {
    await api.startQuiz({ profileId: profile.id, quizId: QUIZ, lang: 'en' });
    expect((await api.home({ profileId: profile.id, lang: 'zh-CN' })).continueWith).toEqual({ kind: 'quiz', id: QUIZ, title: ZH_QUIZ_TITLE });
    expect((await api.home({ profileId: profile.id, lang: 'en' })).continueWith).toEqual({ kind: 'quiz', id: QUIZ, title: 'Discovery call check' });
  });

  it('falls back to the other language for an item that exists in one language only', async () => {
    await api.startReplay({ profileId: profile.id, caseId: 'tender-rescue', lang: 'zh-CN' });
    expect((await api.home({ profileId: profile.id, lang: 'zh-CN' })).continueWith).toEqual({
      kind: 'case',
      id: 'tender-rescue',
      title: 'Rescuing a tender in its last week',
    });
  });

  it('titles the playbook read last in the UI language', async () => {
    await api.markRead({ profileId: profile.id, playbookId: 'discovery-call', lang: 'en', read: true });
    expect((await api.home({ profileId: profile.id, lang: 'zh-CN' })).continueWith).toEqual({ kind: 'playbook', id: 'discovery-call', title: '需求挖掘电话' });
  });
});
