import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTrainerBackend, type TrainerBackend } from './trainerBackend.fixture';

let t: TrainerBackend;
beforeEach(async () => {
  t = await openTrainerBackend();
});
afterEach(() => t.close());

const form = {
  situation: 'The buyer asked for **10% off** in the last week of the tender.',
  action: 'I asked who else would weigh the offers.',
  result: 'We met the plant manager and won on uptime, at full price.',
  lesson: 'Find the decision process before you discuss price.',
  tags: ['price', 'tender'],
  customerType: 'manufacturer',
  stage: 'negotiation',
  author: 'Wang Li',
  lang: 'en' as const,
};

describe('elite lessons', () => {
  it('captures a lesson into the inbox, searchable at once', async () => {
    const lesson = await t.api.captureLesson(form);
    expect(lesson).toMatchObject({
      id: 'lesson-2025-06-01-find-the-decision-process-before-you',
      path: 'lessons/lesson-2025-06-01-find-the-decision-process-before-you.md',
      status: 'inbox',
      created: '2025-06-01',
      tags: ['price', 'tender'],
      customerType: 'manufacturer',
      parts: { situation: form.situation },
    });
    expect(await t.read(lesson.path)).toContain('## What I did {#action}\n\nI asked who else would weigh the offers.\n');
    const hits = await t.api.search({ query: 'plant manager uptime', types: ['lesson'] });
    expect(hits.map((hit) => [hit.type, hit.id])).toEqual([['lesson', lesson.id]]);
    expect(await t.api.listLessons({ status: 'inbox' })).toMatchObject([{ id: lesson.id }]);
    expect(await t.api.getDiagnostics({})).toEqual([]);
  });

  it('turns a lesson into a tactic in a built-in playbook (forked first) and links both ways', async () => {
    const lesson = await t.api.captureLesson(form);
    const converted = await t.api.convertLesson({ lessonId: lesson.id, target: { kind: 'tactic', playbookId: 'discovery-call', lang: 'en', section: 'prep' } });
    expect(converted).toMatchObject({
      path: 'playbooks/en/discovery-call.md',
      forked: true,
      convertedTo: 'playbook:discovery-call#prep--find-the-decision-process-before-you-discuss-price',
      lesson: { status: 'converted', convertedTo: ['playbook:discovery-call#prep--find-the-decision-process-before-you-discuss-price'] },
    });
    const playbook = await t.read(converted.path);
    expect(playbook.split('\n')[converted.line - 1]).toBe('::: tactic Find the decision process before you discuss price.');
    expect(playbook).toContain(`*From lesson \`${lesson.id}\` by Wang Li, 2025-06-01.*`);
    const [tactic] = await t.api.search({ query: 'decision process before price', types: ['tactic'] });
    expect(tactic).toMatchObject({ id: 'discovery-call', section: 'prep--find-the-decision-process-before-you-discuss-price' });
    expect(await t.api.listLessons({ status: 'inbox' })).toEqual([]);
    expect(await t.api.getDiagnostics({})).toEqual([]);
  });

  it('turns a lesson into a pre-filled scenario question that keeps the quiz valid', async () => {
    const lesson = await t.api.captureLesson(form);
    const converted = await t.api.convertLesson({
      lessonId: lesson.id,
      target: { kind: 'question', quizId: 'discovery-call-quiz', lang: 'en', ref: 'discovery-call#ask-about-the-decision-process' },
    });
    expect(converted).toMatchObject({ path: 'content/quizzes/discovery-call.en.yaml', forked: true, convertedTo: `quiz:discovery-call-quiz#${lesson.id}` });
    const quiz = await t.read(converted.path);
    expect(quiz.split('\n').slice(converted.line - 2, converted.line + 1)).toEqual([`  # from lesson: ${lesson.id}`, `  - id: ${lesson.id}`, '    type: scenario']);
    const profileId = (await t.api.createProfile({ name: 'A', role: 'sales-rep', uiLang: 'en' })).id;
    const shown = async () => (await t.api.startQuiz({ profileId, quizId: 'discovery-call-quiz', lang: 'en' })).questions.find((question) => question.id === lesson.id);
    // A draft until the trainer replaces the placeholder option: a warning points at it, learners do not see it.
    const placeholderLine = quiz.split('\n').findIndex((line) => line.includes('(rewrite)')) + 1;
    expect(await t.api.getDiagnostics({})).toEqual([expect.objectContaining({ severity: 'warning', line: placeholderLine, message: expect.stringContaining(`question "${lesson.id}" is a draft`) })]);
    expect(await shown()).toBeUndefined();
    await t.api.saveSource({ path: converted.path, text: quiz.replace('A choice a less experienced rep might make (rewrite)', 'Offer 5% to keep the deal moving').replace('What happens when a rep chooses it (rewrite).', 'The buyer pockets it and asks for more.') });
    expect((await shown())?.promptHtml).toContain('<strong>10% off</strong>');
    expect(await t.api.getDiagnostics({})).toEqual([]);
  });

  it('does not flag a question for re-check because a lesson became a tactic in the section it teaches from', async () => {
    const first = await t.api.captureLesson(form);
    await t.api.convertLesson({ lessonId: first.id, target: { kind: 'question', quizId: 'discovery-call-quiz', lang: 'en', ref: 'discovery-call#prep' } });
    const second = await t.api.captureLesson({ ...form, lesson: 'Bring the org chart to the second call.' });
    await t.api.convertLesson({ lessonId: second.id, target: { kind: 'tactic', playbookId: 'discovery-call', lang: 'en', section: 'prep' } });
    expect((await t.api.freshness({})).stale).toEqual([]);
    // A later edit by hand is still flagged.
    const path = 'playbooks/en/discovery-call.md';
    await t.api.saveSource({ path, text: (await t.read(path)).replace('Bring the org chart', 'Bring the updated org chart') });
    expect((await t.api.freshness({})).stale.map((stale) => stale.ref).sort()).toEqual(['discovery-call', 'discovery-call#prep']);
  });

  it('turns a lesson into a case step, and refuses a target that cannot take it without changing anything', async () => {
    const lesson = await t.api.captureLesson(form);
    await expect(t.api.convertLesson({ lessonId: lesson.id, target: { kind: 'tactic', playbookId: 'discovery-call', lang: 'en', section: 'nope' } })).rejects.toThrow(/no section "#nope"/);
    expect((await t.api.readSource({ kind: 'playbook', id: 'discovery-call', lang: 'en' })).root).toBe('built-in');
    const converted = await t.api.convertLesson({ lessonId: lesson.id, target: { kind: 'case-step', caseId: 'tender-rescue', lang: 'en' } });
    expect(converted.convertedTo).toBe(`case:tender-rescue#${lesson.id}`);
    const graph = await t.api.caseGraph({ text: await t.read(converted.path) });
    expect(graph.elitePath).toEqual(['call', 'meeting', lesson.id]);
    // The new step is a draft: its placeholder alternative leads where the elite option does until the trainer rewrites it.
    expect((await t.api.getDiagnostics({})).map((d) => `${d.severity}: ${d.message.slice(0, 4)}`)).toEqual(['warning: [C2]']);
  });

  it('archives a lesson', async () => {
    const lesson = await t.api.captureLesson(form);
    expect(await t.api.archiveLesson({ lessonId: lesson.id })).toMatchObject({ status: 'archived' });
    expect(await t.api.listLessons({ status: 'archived' })).toMatchObject([{ id: lesson.id }]);
    expect(await t.read(lesson.path)).toContain('status: archived\n');
  });
});
