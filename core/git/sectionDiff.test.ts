import { describe, expect, it } from 'vitest';
import { fileParts, partText, sectionDiff } from './sectionDiff';

const playbook = (discovery: string, extra = '') => `---
id: discovery-call
lang: en
title: Discovery call
summary: How to run a discovery call.
roles: [sales-rep]
---

Why the call matters.

## Prepare the call

Read the account plan.

## Ask about impact {#impact}

${discovery}
${extra}`;

const quiz = (prompt: string, third = '') => `id: quiz-discovery
lang: en
title: "Quiz: discovery"
playbook: discovery-call
questions:
  - id: q1
    type: truefalse
    prompt: "${prompt}"
    answer: true

  - id: q2
    type: truefalse
    prompt: "Second"
    answer: false
${third}passScore: 0.8
`;

describe('fileParts', () => {
  it('cuts a playbook into front matter, intro and sections keyed by anchor', () => {
    const parts = fileParts('playbooks/en/discovery-call.md', playbook('Ask what it costs them.'));
    expect(parts.map((part) => [part.kind, part.key])).toEqual([
      ['front-matter', 'front-matter'],
      ['intro', 'intro'],
      ['section', 'prepare-the-call'],
      ['section', 'impact'],
    ]);
    expect(parts[3]).toMatchObject({ label: 'Ask about impact', text: '## Ask about impact {#impact}\n\nAsk what it costs them.' });
  });

  it('cuts a quiz into its questions and keeps the rest of the file as the header', () => {
    const parts = fileParts('content/quizzes/en/discovery.yaml', quiz('First'));
    expect(parts.map((part) => part.key)).toEqual(['header', 'q1', 'q2']);
    expect(parts[1]!.text).toBe('  - id: q1\n    type: truefalse\n    prompt: "First"\n    answer: true');
    expect(parts[0]!.text).toContain('title: "Quiz: discovery"');
    expect(parts[0]!.text).toContain('passScore: 0.8');
  });

  it('keeps a file it cannot cut (broken front matter, other kinds) as one part', () => {
    expect(fileParts('playbooks/en/x.md', 'no front matter\n## A\n').map((part) => part.kind)).toEqual(['file']);
    expect(fileParts('content/paths/en/p.yaml', 'id: p\n').map((part) => part.kind)).toEqual(['file']);
    expect(fileParts('content/quizzes/en/q.yaml', 'questions: [unclosed\n').map((part) => part.kind)).toEqual(['file']);
  });
});

describe('sectionDiff', () => {
  it('reports only the changed section of a playbook, with its old and new text', () => {
    const changes = sectionDiff('playbooks/en/discovery-call.md', playbook('Ask what it costs them.'), playbook('Ask what the delay costs them per month.'));
    expect(changes).toEqual([
      {
        key: 'impact',
        kind: 'section',
        label: 'Ask about impact',
        status: 'changed',
        before: '## Ask about impact {#impact}\n\nAsk what it costs them.',
        after: '## Ask about impact {#impact}\n\nAsk what the delay costs them per month.',
      },
    ]);
  });

  it('reports added and removed sections', () => {
    const before = playbook('Ask what it costs them.', '\n## Old close\n\nGone soon.\n');
    const after = playbook('Ask what it costs them.', '\n## Next steps\n\nAgree a date.\n');
    const changes = sectionDiff('playbooks/en/discovery-call.md', before, after);
    expect(changes.map((change) => [change.status, change.key])).toEqual([
      ['added', 'next-steps'],
      ['removed', 'old-close'],
    ]);
    expect(changes[0]!.before).toBeUndefined();
    expect(changes[1]!.after).toBeUndefined();
  });

  it('reports a changed and an added quiz question by id', () => {
    const third = '  - id: q3\n    type: truefalse\n    prompt: "Third"\n    answer: true\n';
    const changes = sectionDiff('content/quizzes/en/discovery.yaml', quiz('First'), quiz('First, reworded', third));
    expect(changes.map((change) => [change.status, change.key])).toEqual([
      ['changed', 'q1'],
      ['added', 'q3'],
    ]);
    expect(changes[0]!.before).toContain('prompt: "First"');
    expect(changes[0]!.after).toContain('prompt: "First, reworded"');
  });

  it('treats a new or deleted file as all parts added or removed', () => {
    const text = playbook('x');
    expect(sectionDiff('playbooks/en/d.md', null, text).every((change) => change.status === 'added')).toBe(true);
    expect(sectionDiff('playbooks/en/d.md', text, null).map((change) => change.status)).toEqual(['removed', 'removed', 'removed', 'removed']);
  });

  it('compares whole texts when one version cannot be cut into parts', () => {
    const changes = sectionDiff('playbooks/en/d.md', playbook('x'), 'broken\n');
    expect(changes).toEqual([expect.objectContaining({ kind: 'file', status: 'changed', after: 'broken\n' })]);
  });

  it('finds nothing when only line endings differ', () => {
    const text = playbook('x');
    expect(sectionDiff('playbooks/en/d.md', text, text.replace(/\n/g, '\r\n'))).toEqual([]);
  });
});

describe('partText', () => {
  it('gives the text of one section by anchor', () => {
    expect(partText('playbooks/en/d.md', playbook('x'), 'prepare-the-call')).toBe('## Prepare the call\n\nRead the account plan.');
    expect(partText('playbooks/en/d.md', playbook('x'), 'missing')).toBeUndefined();
  });
});
