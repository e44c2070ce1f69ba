import { describe, expect, it } from 'vitest';
import { buildContentSet } from './buildContentSet';
import { contentStats } from './contentStats';
import { parseContentFile } from './parseContentFile';

const source = (file: string) => ({ root: '/r', file: `/r/${file}` });
const set = buildContentSet([
  [
    parseContentFile('playbook', '---\nid: call\ntitle: Call\nlang: en\n---\n## Prep\n::: tactic Ask\nx\n:::\n## Close\ny', source('playbooks/call.md')),
    parseContentFile('playbook', '---\nid: call\ntitle: 电话\nlang: zh-CN\n---\n## 准备\nx', source('playbooks/call.zh.md')),
    parseContentFile('playbook', '---\nid: floor\ntitle: Floor\nlang: en\n---\n## Set it\nx', source('playbooks/floor.md')),
    parseContentFile(
      'quiz',
      'id: q\nlang: en\ntitle: Q\nplaybook: call\nquestions:\n  - { id: a, type: truefalse, prompt: P, answer: true, explain: E, ref: "call#prep" }\n  - { id: b, type: recall, front: F, back: B, ref: floor }',
      source('content/quizzes/q.yaml'),
    ),
    parseContentFile('path', 'id: p\nlang: en\nrole: sales-rep\ntitle: P\ncompetencies: [{ id: c, title: C }]\nmodules: [{ playbook: call, competency: c }, { quiz: q, competency: c }]', source('content/paths/p.yaml')),
  ],
]);

describe('contentStats', () => {
  it('counts items, sections, tactics and questions per language', () => {
    expect(set.diagnostics).toEqual([]);
    const { counts } = contentStats(set);
    expect(counts.playbook).toEqual({ 'zh-CN': 1, en: 2 });
    expect(counts.section).toEqual({ 'zh-CN': 1, en: 3 });
    expect(counts.tactic).toEqual({ 'zh-CN': 0, en: 1 });
    expect(counts.question).toEqual({ 'zh-CN': 0, en: 2 });
    expect([counts.quiz.en, counts.case.en, counts.path.en]).toEqual([1, 0, 1]);
  });

  it('lists what training does not cover yet, per language', () => {
    const stats = contentStats(set);
    expect(stats.playbooksWithoutQuiz.map((p) => `${p.id}/${p.lang}`)).toEqual(['call/zh-CN', 'floor/en']);
    // A ref to a whole playbook (`floor`) covers none of its sections.
    expect(stats.sectionsWithoutQuestion.map((s) => `${s.id}/${s.lang}#${s.anchor}`)).toEqual(['call/en#close', 'call/zh-CN#准备', 'floor/en#set-it']);
    expect(stats.playbooksNotInPath.map((p) => `${p.id}/${p.lang}`)).toEqual(['call/zh-CN', 'floor/en']);
  });
});
