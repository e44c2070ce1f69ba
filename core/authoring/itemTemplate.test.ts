import { describe, expect, it } from 'vitest';
import { LANGS } from '../model';
import { itemTemplate } from './itemTemplate';
import { contentOf, PLAYBOOK, SAMPLE } from './sampleTexts.fixture';
import { RENAMABLE_KINDS } from './sourceText';

describe('itemTemplate', () => {
  // The playbook in both languages, so a template in either refers to one in its own language.
  const files = [...SAMPLE, { path: 'playbooks/zh-CN/discovery-call.md', text: PLAYBOOK.replace('lang: en', 'lang: zh-CN') }];
  const content = contentOf(files);

  it.each(RENAMABLE_KINDS.flatMap((kind) => LANGS.map((lang) => [kind, lang] as const)))('makes a %s in %s that loads with no problem at all', (kind, lang) => {
    const made = itemTemplate(kind, { id: 'new-item', lang, title: 'New: "item"', playbook: 'discovery-call' }, content);
    expect(made.path).toBe(`${{ playbook: 'playbooks', quiz: 'content/quizzes', case: 'content/cases', path: 'content/paths' }[kind]}/${lang}/new-item.${kind === 'playbook' ? 'md' : 'yaml'}`);
    const withNew = contentOf([...files, made]);
    expect(withNew.diagnostics).toEqual([]);
    const items = [...withNew.playbooks, ...withNew.quizzes, ...withNew.cases, ...withNew.paths];
    expect(items.find((item) => item.kind === kind && item.id === 'new-item')).toMatchObject({ lang, title: 'New: "item"' });
  });

  it('points a new quiz question at the first section of its playbook', () => {
    const made = itemTemplate('quiz', { id: 'q', lang: 'en', title: 'Q', playbook: 'discovery-call' }, content);
    expect(contentOf([...SAMPLE, made]).quizzes.find((quiz) => quiz.id === 'q')?.questions[0]?.ref).toBe('discovery-call#prep');
  });

  it('gives a new playbook an owner to fill in and no verified date, since its text is a placeholder', () => {
    const made = itemTemplate('playbook', { id: 'p', lang: 'zh-CN', title: '新手册' }, content);
    expect(made.text).not.toContain('verified:');
    expect(contentOf([made]).playbooks[0]).toMatchObject({ owner: '负责更新这份手册的人或团队', reviewEvery: 180, sections: [{ anchor: 'when' }, { anchor: 'what-to-do' }] });
    expect(contentOf([made]).playbooks[0]?.verified).toBeUndefined();
  });
});
