import { describe, expect, it } from 'vitest';
import type { Lesson } from '../model';
import { parseCase } from '../content/parseCase';
import { parsePlaybook } from '../content/parsePlaybook';
import { parseQuiz } from '../content/parseQuiz';
import { captureLesson } from './captureLesson';
import { ConversionError, lessonToCaseStep, lessonToQuestion, lessonToTactic, markLessonArchived, markLessonConverted } from './convertLesson';
import { parseLesson } from '../content/parseLesson';

const captured = captureLesson(
  {
    author: 'Wang Li',
    lang: 'en',
    tags: ['price'],
    stage: 'negotiation',
    situation: 'The buyer asked for 10% off in the last week.',
    action: 'I asked who else weighs the offers.',
    result: 'We met the plant manager and won on uptime.',
    lesson: 'Find the decision process before you discuss price.',
  },
  '2025-06-01',
  new Set(),
);
const lesson = parseLesson(captured.text, { root: '', file: captured.path }).item as Lesson;

const playbook = `---
id: discovery-call
title: Discovery
lang: en
---
Intro.

## Prep {#prep}

Read the notes.


## Ask who signs

Ask.
`;

const quiz = `id: discovery-quiz
lang: en
title: Discovery quiz
playbook: discovery-call
questions:
  - id: q1
    type: truefalse
    prompt: Prep matters.
    answer: true
    explain: It does.
    ref: discovery-call#prep
`;

const caseText = `id: tender
lang: en
title: Tender
start: call
steps:
  - id: call
    narrative: The buyer calls.
    commentary: Think first.
    decision:
      prompt: What now?
      options:
        - { text: Ask, points: 3, elite: true, outcome: Good., next: meeting }
        - { text: Cut price, points: 0, outcome: Bad., next: end }
  - id: meeting
    narrative: You meet.
    next: end
debrief: Done.
`;

describe('captureLesson', () => {
  it('writes an inbox lesson that parses back to what was captured', () => {
    expect(captured.id).toBe('lesson-2025-06-01-find-the-decision-process-before-you');
    expect(captured.path).toBe(`lessons/${captured.id}.md`);
    const result = parseLesson(captured.text, { root: '', file: captured.path });
    expect(result.diagnostics).toEqual([]);
    expect(lesson).toMatchObject({
      title: 'Find the decision process before you discuss price.',
      author: 'Wang Li',
      created: '2025-06-01',
      stage: 'negotiation',
      status: 'inbox',
      convertedTo: [],
      parts: { situation: 'The buyer asked for 10% off in the last week.', result: 'We met the plant manager and won on uptime.' },
    });
  });

  it('keeps ids unique and works for Chinese titles', () => {
    const zh = captureLesson({ author: '王', lang: 'zh-CN', tags: [], situation: '客户压价', action: '问决策流程', result: '赢单', lesson: '先问决策链' }, '2025-06-01', new Set(['lesson-2025-06-01']));
    expect(zh.id).toBe('lesson-2025-06-01-2');
    expect(zh.text).toContain('## 情况 {#situation}');
    expect(parseLesson(zh.text, { root: '', file: zh.path }).item?.title).toBe('先问决策链');
  });
});

describe('lessonToTactic', () => {
  it('appends a tactic at the end of the chosen section, attributed to the lesson', () => {
    const conversion = lessonToTactic(lesson, { path: 'playbooks/en/discovery-call.md', text: playbook }, 'prep');
    expect(conversion.target.text).toBe(`---
id: discovery-call
title: Discovery
lang: en
---
Intro.

## Prep {#prep}

Read the notes.

::: tactic Find the decision process before you discuss price.
**When:** The buyer asked for 10% off in the last week.

**Do:** I asked who else weighs the offers.

**Why:** Find the decision process before you discuss price.

*From lesson \`${lesson.id}\` by Wang Li, 2025-06-01.*
:::


## Ask who signs

Ask.
`);
    expect(conversion.line).toBe(12);
    expect(conversion.convertedTo).toBe('playbook:discovery-call#prep--find-the-decision-process-before-you-discuss-price');
    const parsed = parsePlaybook(conversion.target.text, { root: '', file: 'x.md' });
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.item?.blocks.map((block) => [block.kind, block.section])).toEqual([['tactic', 'prep']]);
  });

  it('appends to the last section at the end of the file', () => {
    const conversion = lessonToTactic(lesson, { path: 'p.md', text: playbook }, 'ask-who-signs');
    expect(conversion.target.text).toMatch(/Ask\.\n\n::: tactic [^\n]+\n[\s\S]*\n:::\n$/);
  });

  it('refuses a section the playbook does not have', () => {
    expect(() => lessonToTactic(lesson, { path: 'p.md', text: playbook }, 'nope')).toThrow(ConversionError);
  });
});

describe('lessonToQuestion', () => {
  it('appends a pre-filled scenario question that keeps the quiz valid', () => {
    const conversion = lessonToQuestion(lesson, { path: 'content/quizzes/q.yaml', text: quiz }, 'discovery-call#prep');
    expect(conversion.target.text).toBe(`${quiz}  # from lesson: ${lesson.id}
  - id: ${lesson.id}
    type: scenario
    prompt: The buyer asked for 10% off in the last week.
    options:
      - text: I asked who else weighs the offers.
        correct: true
        feedback: We met the plant manager and won on uptime.
      - text: A choice a less experienced rep might make (rewrite)
        feedback: What happens when a rep chooses it (rewrite).
    explain: Find the decision process before you discuss price.
    ref: discovery-call#prep
`);
    expect(conversion.line).toBe(13);
    expect(conversion.convertedTo).toBe(`quiz:discovery-quiz#${lesson.id}`);
    // Valid, and a draft until the placeholder option is rewritten.
    const parsed = parseQuiz(conversion.target.text, { root: '', file: 'q.yaml' });
    expect(parsed.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', line: 20, message: expect.stringContaining('is a draft') })]);
    expect(parsed.item?.questions.map((q) => q.id)).not.toContain(lesson.id);
    const rewritten = parseQuiz(conversion.target.text.replace('A choice a less experienced rep might make (rewrite)', 'I offered a 5% discount straight away.').replace('What happens when a rep chooses it (rewrite).', 'They asked for 10% more.'), { root: '', file: 'q.yaml' });
    expect(rewritten.diagnostics).toEqual([]);
    expect(rewritten.item?.questions.at(-1)).toMatchObject({ type: 'scenario', options: [{ correct: true }, { correct: false }] });
  });
});

describe('lessonToCaseStep', () => {
  it('inserts a decision step after the last elite step, leading where that step led', () => {
    const conversion = lessonToCaseStep(lesson, { path: 'content/cases/c.yaml', text: caseText });
    const parsed = parseCase(conversion.target.text, { root: '', file: 'c.yaml' });
    // A draft: both options lead on where the step led until the trainer gives the rewritten alternative its own consequence.
    expect(parsed.diagnostics.map((d) => `${d.severity}: ${d.message.slice(0, 4)}`)).toEqual(['warning: [C2]']);
    const steps = parsed.item!.steps;
    expect(steps.find((step) => step.id === 'meeting')?.next).toBe(lesson.id);
    expect(steps.at(-1)).toMatchObject({ id: lesson.id, narrative: lesson.parts.situation, commentary: lesson.parts.lesson, decision: { options: [{ elite: true, points: 3, next: 'end' }, { elite: false, next: 'end' }] } });
    expect(conversion.target.text).toContain(`    next: ${lesson.id}\n  # from lesson: ${lesson.id}\n  - id: ${lesson.id}\n`);
    expect(conversion.convertedTo).toBe(`case:tender#${lesson.id}`);
    expect(conversion.line).toBe(conversion.target.text.split('\n').indexOf(`  - id: ${lesson.id}`) + 1);
  });

  it('inserts after a chosen decision step through its elite option', () => {
    const conversion = lessonToCaseStep(lesson, { path: 'c.yaml', text: caseText }, 'call');
    const steps = parseCase(conversion.target.text, { root: '', file: 'c.yaml' }).item!.steps;
    expect(steps[0]!.decision!.options.map((option) => option.next)).toEqual([lesson.id, 'end']);
    expect(steps.at(-1)!.decision!.options.map((option) => option.next)).toEqual(['meeting', 'meeting']);
    expect(conversion.target.text).toContain(`{ text: Ask, points: 3, elite: true, outcome: Good., next: ${lesson.id} }`);
  });
});

describe('lesson status', () => {
  it('records what the lesson became and archives', () => {
    const file = { path: captured.path, text: captured.text };
    const once = markLessonConverted(file, 'playbook:discovery-call#prep--x');
    const twice = markLessonConverted(once, 'quiz:discovery-quiz#y');
    expect(twice.text).toBe(captured.text.replace('status: inbox\n', 'status: converted\nconvertedTo:\n  - playbook:discovery-call#prep--x\n  - quiz:discovery-quiz#y\n'));
    expect(parseLesson(twice.text, { root: '', file: 'l.md' }).item).toMatchObject({ status: 'converted', convertedTo: ['playbook:discovery-call#prep--x', 'quiz:discovery-quiz#y'] });
    expect(markLessonArchived(file).text).toBe(captured.text.replace('status: inbox', 'status: archived'));
  });
});
