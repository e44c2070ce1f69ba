// Blank required texts and impossible dates are errors at the field, in every kind of content.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../model';
import { parseLesson } from './parseLesson';
import { parseCase } from './parseCase';
import { parsePlaybook } from './parsePlaybook';
import { parseQuiz } from './parseQuiz';

const errors = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.message}`);
const quizSource = { root: '/c', file: '/c/content/quizzes/q.yaml' };
const caseSource = { root: '/c', file: '/c/content/cases/c.yaml' };

const QUIZ = [
  'id: q', 'lang: en', 'title: Q', 'playbook: call', 'questions:',
  '  - id: a', '    type: single', '    prompt: What first?', '    options:',
  '      - text: Ask who signs', '        correct: true', '        feedback: Right.', '      - text: Cut the price',
  '    explain: Ask first.', '    ref: call',
  '  - id: r', '    type: recall', '    front: F', '    back: B', '    ref: call',
].join('\n');

const CASE = [
  'id: c', 'lang: en', 'title: C', 'start: a', 'steps:',
  '  - id: a', '    narrative: The buyer calls.', '    commentary: Ask first.', '    decision:', '      prompt: What now?', '      options:',
  '        - { text: Ask who decides, points: 3, elite: true, outcome: You learn a lot., next: b }',
  '        - { text: Cut the price, points: 0, outcome: Margin gone., next: end }',
  '  - id: b', '    narrative: The meeting.', '    next: end',
  'debrief: Done.',
].join('\n');

describe('blank required text', () => {
  it('the valid samples parse without errors', () => {
    expect(errors(parseQuiz(QUIZ, quizSource).diagnostics)).toEqual([]);
    expect(errors(parseCase(CASE, caseSource).diagnostics)).toEqual([]);
  });

  it.each([
    ['explain: Ask first.', 'explain: ""', '14:14 "questions[0].explain" must not be empty'],
    ['explain: Ask first.', 'explain: "   "', '14:14 "questions[0].explain" must not be empty'],
    ['text: Cut the price', 'text: " "', '13:15 "questions[0].options[1].text" must not be empty'],
    ['feedback: Right.', 'feedback: ""', '12:19 "questions[0].options[0].feedback" must not be empty'],
    ['prompt: What first?', "prompt: ''", '8:13 "questions[0].prompt" must not be empty'],
    ['back: B', 'back: ""', '19:11 "questions[1].back" must not be empty'],
  ])('quiz: %s → %s is an error at the field', (from, to, expected) => {
    const result = parseQuiz(QUIZ.replace(from, to), quizSource);
    expect(errors(result.diagnostics)).toEqual([expected]);
    expect(result.item).toBeUndefined();
  });

  it.each([
    ['debrief: Done.', 'debrief: ""', '17:10 "debrief" must not be empty'],
    ['narrative: The meeting.', 'narrative: "  "', '15:16 "steps[1].narrative" must not be empty'],
    ['commentary: Ask first.', 'commentary: ""', '8:17 "steps[0].commentary" must not be empty'],
    ['outcome: Margin gone.', 'outcome: ""', '13:54 "steps[0].decision.options[1].outcome" must not be empty'],
    ['text: Cut the price', 'text: ""', '13:19 "steps[0].decision.options[1].text" must not be empty'],
    ['prompt: What now?', 'prompt: ""', '10:15 "steps[0].decision.prompt" must not be empty'],
  ])('case: %s → %s is an error at the field', (from, to, expected) => {
    const result = parseCase(CASE.replace(from, to), caseSource);
    expect(errors(result.diagnostics)).toEqual([expected]);
    expect(result.item).toBeUndefined();
  });
});

describe('impossible dates', () => {
  const playbook = (verified: string) => `---\nid: call\ntitle: Call\nlang: en\nverified: ${verified}\n---\n## One\n\nText.\n`;
  const source = { root: '/c', file: '/c/playbooks/call.md' };

  it('accepts real dates, 29 February of a leap year included', () => {
    expect(errors(parsePlaybook(playbook('2024-02-29'), source).diagnostics)).toEqual([]);
    expect(errors(parsePlaybook(playbook('2025-12-31'), source).diagnostics)).toEqual([]);
  });

  it.each(['2025-13-45', '2025-02-30', '2023-02-29', '2025-04-31', '2025-00-10'])('%s is an error at the date', (date) => {
    expect(errors(parsePlaybook(playbook(date), source).diagnostics)).toEqual([`5:11 "verified" must be a date that exists: there is no ${date}`]);
  });

  it('keeps the message about the format for a date written otherwise', () => {
    expect(errors(parsePlaybook(playbook('2025-1-5'), source).diagnostics)).toEqual(['5:11 "verified" must be a date written as YYYY-MM-DD']);
  });

  it('checks the date a lesson was captured', () => {
    const lesson = '---\nid: l\ntitle: T\nlang: en\nauthor: A\ncreated: 2025-02-30\n---\n## Situation {#situation}\n\nS\n';
    expect(errors(parseLesson(lesson, { root: '/w', file: '/w/lessons/l.md' }).diagnostics)).toEqual(['6:10 "created" must be a date that exists: there is no 2025-02-30']);
  });
});
