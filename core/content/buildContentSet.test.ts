import { describe, expect, it } from 'vitest';
import type { ContentKind, Diagnostic } from '../model';
import { buildContentSet, type ParsedRoot } from './buildContentSet';
import { parseContentFile } from './parseContentFile';

type File = [kind: ContentKind, path: string, text: string];
const root = (name: string, ...files: File[]): ParsedRoot => files.map(([kind, path, text]) => parseContentFile(kind, text, { root: `/${name}`, file: `/${name}/${path}` }));
const at = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity}: ${d.message}`);

const playbook = (id: string, lang: string, title = id, extra = '', body = '## Prep\nx\n\n## Floor\ny') => `---\nid: ${id}\ntitle: ${title}\nlang: ${lang}\n${extra}---\n${body}`;
const quiz = (playbookId: string, ref: string) =>
  `id: q\nlang: en\ntitle: Q\nplaybook: ${playbookId}\nquestions:\n  - { id: a, type: truefalse, prompt: P, answer: true, explain: E, ref: "${ref}" }`;

describe('buildContentSet', () => {
  it('resolves references and reports dangling ones where they are written, keeping the item', () => {
    const set = buildContentSet([
      root('a',
        ['playbook', 'playbooks/call.md', playbook('call', 'en', 'Call', 'related: [pricng]\n', '## Prep\nSee [floor](pricing#flor) and [zh](zh-only).')],
        ['playbook', 'playbooks/pricing.md', playbook('pricing', 'en')],
        ['playbook', 'playbooks/zh-only.md', playbook('zh-only', 'zh-CN')],
        ['quiz', 'content/quizzes/q.yaml', quiz('cal', 'pricing#prp')],
        ['path', 'content/paths/p.yaml', 'id: p\nlang: en\nrole: sales-rep\ntitle: P\ncompetencies: [{ id: c, title: C }]\nmodules:\n  - { case: tender, competency: c }'],
      ),
    ]);
    expect(at(set.diagnostics)).toEqual([
      '/a/content/paths/p.yaml:7:13 error: case "tender" does not exist in en',
      '/a/content/quizzes/q.yaml:4:11 error: playbook "cal" does not exist in en (did you mean "call"?)',
      '/a/content/quizzes/q.yaml:6:73 error: playbook "pricing" (en) has no section or block "#prp" (did you mean "prep"?)',
      '/a/playbooks/call.md:5:11 error: playbook "pricng" does not exist in en (did you mean "pricing"?)',
      '/a/playbooks/call.md:8:13 error: playbook "pricing" (en) has no section or block "#flor" (did you mean "floor"?)',
      '/a/playbooks/call.md:8:36 warning: playbook "zh-only" exists only in zh-CN, not in en; learners will see the other language',
    ]);
    expect(set.playbooks.map((p) => p.id)).toEqual(['call', 'pricing', 'zh-only']);
    expect(set.quizzes.map((q) => q.id)).toEqual(['q']);
    expect(set.paths.map((p) => p.id)).toEqual(['p']);
  });

  it('accepts references to block anchors and whole playbooks', () => {
    const body = '## Prep\n::: tactic Ask who signs\nx\n:::';
    const set = buildContentSet([root('a', ['playbook', 'playbooks/call.md', playbook('call', 'en', 'Call', '', body)], ['quiz', 'content/quizzes/q.yaml', quiz('call', 'call#prep--ask-who-signs')])]);
    expect(set.diagnostics).toEqual([]);
  });

  it('reports a duplicate id in one root naming both files, and keeps the first', () => {
    const set = buildContentSet([root('a', ['playbook', 'playbooks/b.md', playbook('call', 'en', 'Second')], ['playbook', 'playbooks/a.md', playbook('call', 'en', 'First')], ['playbook', 'playbooks/c.md', playbook('call', 'zh-CN')])]);
    expect(at(set.diagnostics)).toEqual([
      '/a/playbooks/b.md:2:5 error: duplicate playbook id "call" (en): also defined in playbooks/a.md:2; this file is skipped — rename one of the ids',
    ]);
    expect(set.playbooks.map((p) => [p.title, p.lang])).toEqual([['First', 'en'], ['call', 'zh-CN']]);
  });

  it('lets a later root override an item with the same kind, id and language', () => {
    const set = buildContentSet([
      root('builtin', ['playbook', 'playbooks/call.md', playbook('call', 'en', 'Built-in')], ['playbook', 'playbooks/call.zh.md', playbook('call', 'zh-CN', '内置')]),
      root('workspace', ['playbook', 'playbooks/mine.md', playbook('call', 'en', 'Ours')]),
    ]);
    expect(set.diagnostics).toEqual([]);
    expect(set.playbooks.map((p) => [p.title, p.source.root])).toEqual([['Ours', '/workspace'], ['内置', '/builtin']]);
  });

  it('skips a bad file and still loads the rest', () => {
    const set = buildContentSet([root('a', ['playbook', 'playbooks/bad.md', playbook('bad', 'fr')], ['playbook', 'playbooks/good.md', playbook('good', 'en')])]);
    expect(at(set.diagnostics)).toEqual(['/a/playbooks/bad.md:4:7 error: "lang" must be one of zh-CN, en, not "fr"']);
    expect(set.playbooks.map((p) => p.id)).toEqual(['good']);
  });
});
