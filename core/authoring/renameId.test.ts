import { describe, expect, it } from 'vitest';
import { renameId } from './renameId';

const playbook = `---
id: discovery-call
title: "Discovery: the first call"
lang: en
related: [walk-away-point, pricing]
---
See [the walk-away point](walk-away-point#floor) and [this](#prep).

## Prep {#prep}

\`[not a link](walk-away-point)\` stays as code.
`;

const other = `---
id: walk-away-point
title: Walk-away point
lang: en
---
## Floor {#floor}

Back to [discovery](discovery-call).
`;

const quiz = `id: walk-away-quiz   # the quiz
lang: en
title: Walk-away
playbook: walk-away-point
questions:
  - id: q1
    type: truefalse
    prompt: |
      Read [the floor](walk-away-point#floor) first.
    answer: true
    explain: "See [it](walk-away-point)."
    ref: 'walk-away-point#floor'
`;

const caseFile = `id: tender
lang: en
title: Tender
playbooks:
  - walk-away-point
  - discovery-call
start: a
steps:
  - id: a
    narrative: Go.
    next: end
debrief: Done.
lessons:
  - { text: Hold the floor, ref: walk-away-point#floor }
`;

const path = `id: rep-path
lang: en
role: sales-rep
title: Rep
competencies: [{ id: c, title: C }]
modules:
  - playbook: walk-away-point
    competency: c
  - quiz: walk-away-quiz
    competency: c
`;

const lesson = `---
id: lesson-one
title: A lesson
lang: en
author: Wang
created: 2025-06-01
status: converted
convertedTo:
  - playbook:walk-away-point#floor--hold
  - quiz:walk-away-quiz#q9
---
## Situation {#situation}

As in [the floor](walk-away-point#floor).
`;

const files = [
  { path: 'playbooks/en/discovery-call.md', text: playbook },
  { path: 'playbooks/en/walk-away-point.md', text: other },
  { path: 'content/quizzes/en/walk-away.yaml', text: quiz },
  { path: 'content/cases/en/tender.yaml', text: caseFile },
  { path: 'content/paths/en/rep.yaml', text: path },
  { path: 'lessons/lesson-one.md', text: lesson },
  { path: 'README.md', text: 'walk-away-point' },
];

describe('renameId', () => {
  it('renames a playbook and every reference to it, changing nothing else', () => {
    const changed = renameId(files, { kind: 'playbook', from: 'walk-away-point', to: 'floor-price' });
    expect(Object.fromEntries(changed.map((file) => [file.path, file.text]))).toEqual({
      'playbooks/en/discovery-call.md': playbook
        .replace('related: [walk-away-point,', 'related: [floor-price,')
        .replace('](walk-away-point#floor)', '](floor-price#floor)'),
      'playbooks/en/walk-away-point.md': other.replace('id: walk-away-point', 'id: floor-price'),
      'content/quizzes/en/walk-away.yaml': `id: walk-away-quiz   # the quiz
lang: en
title: Walk-away
playbook: floor-price
questions:
  - id: q1
    type: truefalse
    prompt: |
      Read [the floor](floor-price#floor) first.
    answer: true
    explain: "See [it](floor-price)."
    ref: 'floor-price#floor'
`,
      'content/cases/en/tender.yaml': caseFile.replace('  - walk-away-point\n', '  - floor-price\n').replace('ref: walk-away-point#floor', 'ref: floor-price#floor'),
      'content/paths/en/rep.yaml': path.replace('playbook: walk-away-point', 'playbook: floor-price'),
      'lessons/lesson-one.md': lesson.replace('playbook:walk-away-point#', 'playbook:floor-price#').replace('](walk-away-point#floor)', '](floor-price#floor)'),
    });
  });

  it('renames a quiz where quizzes are named: its own id, path modules and lesson conversions', () => {
    const changed = renameId(files, { kind: 'quiz', from: 'walk-away-quiz', to: 'floor-quiz' });
    expect(changed.map((file) => file.path)).toEqual(['content/quizzes/en/walk-away.yaml', 'content/paths/en/rep.yaml', 'lessons/lesson-one.md']);
    expect(changed[0]!.text).toBe(quiz.replace('id: walk-away-quiz ', 'id: floor-quiz '));
    expect(changed[1]!.text).toBe(path.replace('quiz: walk-away-quiz', 'quiz: floor-quiz'));
    expect(changed[2]!.text).toBe(lesson.replace('quiz:walk-away-quiz#q9', 'quiz:floor-quiz#q9'));
  });

  it('leaves ids that only start like the renamed one alone', () => {
    const changed = renameId(files, { kind: 'playbook', from: 'walk-away', to: 'x' });
    expect(changed).toEqual([]);
  });

  it('keeps Windows line endings', () => {
    const crlf = { path: 'content/paths/en/rep.yaml', text: path.replaceAll('\n', '\r\n') };
    const [changed] = renameId([crlf], { kind: 'case', from: 'tender', to: 'bid' });
    expect(changed).toBeUndefined();
    const [renamed] = renameId([crlf], { kind: 'playbook', from: 'walk-away-point', to: 'floor-price' });
    expect(renamed!.text).toBe(path.replace('playbook: walk-away-point', 'playbook: floor-price').replaceAll('\n', '\r\n'));
  });
});
