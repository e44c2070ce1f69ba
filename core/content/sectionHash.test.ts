import { describe, expect, it } from 'vitest';
import { parsePlaybook } from './parsePlaybook';
import type { ContentSet } from '../model';
import { sectionHash } from './sectionHash';

// CRLF line endings, trailing spaces, a block before the first section, a task list and Chinese text.
const TEXT = [
  '---', 'id: golden', 'title: Golden', 'lang: en', '---', '',
  'Intro line.  ', '',
  '::: tactic Before any section', 'Open with the agenda.', ':::', '',
  '## Prep {#prep}', '', 'Read the notes.   ', '',
  '::: checklist Bring', '- [ ] Agenda', '- [ ] 报价单  ', ':::', '',
  '## 废标风险', '::: quote 王经理', '先听。', ':::', '', '', '',
].join('\r\n');

/**
 * What the earlier implementation, which hashed the Markdown kept in memory, computed for TEXT. Learners' stored
 * answers and trainers' baselines hold such values: a different one would flag the reference as changed.
 */
const RECORDED: Record<string, string> = {
  golden: '07b71c2366c168',
  'golden#prep': '04afa1f27772d2',
  'golden#废标风险': '135d4472167a3b',
  'golden#--before-any-section': '14df4668e816d5',
  'golden#prep--bring': '0063c3c6c76bd4',
  'golden#废标风险--王经理': '1284d4851cc0fb',
};

describe('sectionHash', () => {
  const playbook = parsePlaybook(TEXT, { root: '/r', file: '/r/playbooks/golden.md' }).item!;
  const content: ContentSet = { playbooks: [playbook], quizzes: [], cases: [], paths: [], lessons: [], glossaries: [], diagnostics: [] };

  it('gives the fingerprints recorded before sections stopped keeping their Markdown', () => {
    const refs = ['golden', ...[...playbook.sections, ...playbook.blocks].map((part) => `golden#${part.anchor}`)];
    expect(Object.fromEntries(refs.map((ref) => [ref, sectionHash(content, ref, 'en')]))).toEqual(RECORDED);
  });

  it('is undefined for an anchor, playbook or language that does not resolve', () => {
    expect(sectionHash(content, 'golden#nope', 'en')).toBeUndefined();
    expect(sectionHash(content, 'other#prep', 'en')).toBeUndefined();
    expect(sectionHash(content, 'golden#prep', 'zh-CN')).toBeUndefined();
    expect(sectionHash(content, undefined, 'en')).toBeUndefined();
  });
});
