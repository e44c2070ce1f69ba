import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTrainerBackend, type TrainerBackend } from './trainerBackend.fixture';

let t: TrainerBackend;
let clock: Date;
beforeEach(async () => {
  clock = new Date('2025-06-01T09:00:00Z');
  t = await openTrainerBackend(() => clock);
});
afterEach(() => t.close());

/** Changes the text of the #prep section of discovery-call (en), as a trainer editing in the workspace. */
async function editPrepSection(): Promise<void> {
  const { text, path } = await t.api.forkItem({ kind: 'playbook', id: 'discovery-call', lang: 'en' });
  const edited = text.replace('Read the account history the company keeps', 'Read the account history and the open tickets the company keeps');
  expect(edited).not.toBe(text);
  await t.api.saveSource({ path, text: edited });
}

describe('review dates', () => {
  it('lists overdue playbooks and marks one verified (forking it first)', async () => {
    const overdue = (await t.api.freshness({})).overdue.map((item) => `${item.id}/${item.lang}`);
    // Only discovery-call (en) was ever reviewed (`updated: 2025-03-01`, due 180 days later).
    expect(overdue).toEqual(['discovery-call/zh-CN', 'walk-away-point/en']);
    clock = new Date('2025-08-28T09:00:00Z');
    expect((await t.api.freshness({})).overdue).toMatchObject([{ dueOn: null }, { dueOn: null }, { id: 'discovery-call', lang: 'en', dueOn: '2025-08-28', overdueDays: 0, owner: 'Sales enablement' }]);

    expect(await t.api.markVerified({ playbookId: 'discovery-call', lang: 'en' })).toEqual({ path: 'playbooks/en/discovery-call.md', verified: '2025-08-28', forked: true });
    expect(await t.read('playbooks/en/discovery-call.md')).toContain('level: basic\nverified: 2025-08-28\n---\n');
    expect((await t.api.freshness({})).overdue.map((item) => `${item.id}/${item.lang}`)).toEqual(['discovery-call/zh-CN', 'walk-away-point/en']);
  });
});

describe('change-driven re-checks', () => {
  it('flags the questions and cases that refer to a changed section until the trainer accepts the change', async () => {
    expect((await t.api.freshness({})).stale).toEqual([]);
    await editPrepSection();
    const stale = (await t.api.freshness({})).stale;
    expect(stale.map((entry) => [entry.ref, entry.referrers.map((r) => `${r.kind}:${r.id}#${r.detail}`)])).toEqual([
      ['discovery-call#prep', ['question:discovery-call-quiz#prep-sources', 'question:discovery-call-quiz#call-order']],
      // A question that refers to the whole playbook sees every change to it.
      ['discovery-call', ['question:discovery-call-quiz#match-blocks']],
    ]);
    expect(await t.api.acceptSectionChange({ ref: 'discovery-call#prep', lang: 'en' })).toEqual({ accepted: true });
    expect((await t.api.freshness({})).stale.map((entry) => entry.ref)).toEqual(['discovery-call']);
  });

  it('keeps the changes waiting for a re-check when the playbook is renamed', async () => {
    const playbook = await t.api.newFromTemplate({ kind: 'playbook', id: 'price-talks', lang: 'en', title: 'Price talks' });
    await t.api.saveSource(playbook);
    const quiz = await t.api.newFromTemplate({ kind: 'quiz', id: 'price-quiz', lang: 'en', title: 'Price quiz', playbook: 'price-talks' });
    await t.api.saveSource(quiz);
    const when = /## .* \{#when\}\n\n(.+)\n/.exec(playbook.text)![1]!;
    await t.api.saveSource({ path: playbook.path, text: playbook.text.replace(when, 'Open it before every price talk.') });
    const flagged = (await t.api.freshness({})).stale.map((entry) => entry.ref);
    expect(flagged).toContain('price-talks#when');

    await t.api.renameId({ kind: 'playbook', from: 'price-talks', to: 'pricing' });
    expect((await t.api.freshness({})).stale.map((entry) => entry.ref)).toEqual(flagged.map((ref) => ref.replace('price-talks', 'pricing')));
  });

  it('brings a passed question back as "updated — re-check" for the learner, due now', async () => {
    const profile = await t.api.createProfile({ name: 'Li', role: 'sales-rep', uiLang: 'en' });
    const session = await t.api.startQuiz({ profileId: profile.id, quizId: 'discovery-call-quiz', lang: 'en' });
    expect((await t.api.answer({ attemptId: session.attemptId, questionId: 'prep-sources', response: { type: 'multiple', choices: [0, 1] } })).correct).toBe(true);
    expect((await t.api.answer({ attemptId: session.attemptId, questionId: 'who-signs', response: { type: 'single', choice: 0 } })).correct).toBe(true);
    const before = await t.api.dueReviews({ profileId: profile.id, lang: 'en' });
    expect(before.due).toEqual([]);
    expect(before.totalCards).toBe(2);

    await editPrepSection();
    const after = await t.api.dueReviews({ profileId: profile.id, lang: 'en' });
    expect(after.due.map((item) => [item.question.id, item.updated])).toEqual([['prep-sources', true]]);
    expect((await t.api.home({ profileId: profile.id, lang: 'en' })).dueCount).toBe(1);

    const [card] = after.due;
    await t.api.reviewAnswer({ profileId: profile.id, cardId: card!.cardId, response: { type: 'multiple', choices: [0, 1] } });
    expect((await t.api.rateReview({ profileId: profile.id, cardId: card!.cardId, rating: 'good' })).remainingToday).toBe(0);
    expect((await t.api.dueReviews({ profileId: profile.id, lang: 'en' })).due).toEqual([]);
  });
});
