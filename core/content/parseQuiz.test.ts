import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../model';
import { parseQuiz } from './parseQuiz';

const source = { root: '/c', file: '/c/content/quizzes/q.yaml' };
const at = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.line}:${d.column} ${d.severity}: ${d.message}`);
const head = ['id: call-quiz', 'lang: en', 'title: Call quiz', 'playbook: call', 'questions:'];
const quiz = (...questionLines: string[]) => [...head, ...questionLines].join('\n');

describe('parseQuiz', () => {
  it('reads every question type with its line', () => {
    const text = quiz(
      '  - id: s', '    type: single', '    prompt: P', '    options: [{ text: A, correct: true }, { text: B, feedback: No }]', '    explain: E', '    ref: call#prep',
      '  - id: m', '    type: multiple', '    prompt: P', '    options: [{ text: A, correct: true }, { text: B, correct: true }, { text: C }]', '    explain: E', '    ref: call',
      '  - id: t', '    type: truefalse', '    prompt: P', '    answer: false', '    explain: E', '    ref: call',
      '  - id: o', '    type: order', '    prompt: P', '    steps: [one, two, three]', '    explain: E', '    ref: call',
      '  - id: x', '    type: match', '    prompt: P', '    pairs: [[a, "1"], [b, "2"]]', '    explain: E', '    ref: call',
      '  - id: r', '    type: recall', '    front: F', '    back: B', '    ref: call',
      '  - id: c', '    type: scenario', '    prompt: P', '    options: [{ text: A, correct: true, feedback: Yes }, { text: B, feedback: No }]', '    explain: E', '    ref: call',
    );
    const result = parseQuiz(text, source);
    expect(result.diagnostics).toEqual([]);
    const q = result.item!;
    expect(q).toMatchObject({ kind: 'quiz', id: 'call-quiz', passScore: 0.8, playbook: 'call', source: { ...source, line: 1 } });
    expect(q.questions.map((question) => [question.id, question.type, question.line])).toEqual([
      ['s', 'single', 6], ['m', 'multiple', 12], ['t', 'truefalse', 18], ['o', 'order', 24], ['x', 'match', 30], ['r', 'recall', 36], ['c', 'scenario', 41],
    ]);
    expect(q.questions[0]).toMatchObject({ options: [{ text: 'A', correct: true }, { text: 'B', correct: false, feedback: 'No' }], ref: 'call#prep' });
    expect(q.questions[2]).toMatchObject({ answer: false });
    expect(q.questions[4]).toMatchObject({ pairs: [['a', '1'], ['b', '2']] });
    expect(q.questions[5]).toMatchObject({ front: 'F', back: 'B', explain: '' });
    expect(result.references).toEqual([
      { kind: 'playbook', id: 'call', line: 4, column: 11 },
      { kind: 'playbook', id: 'call', anchor: 'prep', line: 11, column: 10 },
      ...[17, 23, 29, 35, 40, 46].map((line) => ({ kind: 'playbook', id: 'call', line, column: 10 })),
    ]);
  });

  it('checks the number of correct options per type', () => {
    const result = parseQuiz(
      quiz(
        '  - id: s', '    type: single', '    prompt: P', '    options: [{ text: A, correct: true }, { text: B, correct: true }]', '    explain: E', '    ref: call',
        '  - id: m', '    type: multiple', '    prompt: P', '    options: [{ text: A }, { text: B }]', '    explain: E', '    ref: call',
        '  - id: c', '    type: scenario', '    prompt: P', '    options:', '      - { text: A, correct: true, feedback: Yes }', '      - { text: B }', '    explain: E', '    ref: call',
      ),
      source,
    );
    expect(result.item).toBeUndefined();
    expect(at(result.diagnostics)).toEqual([
      '9:14 error: a single question needs exactly one option with "correct: true" (found 2)',
      '15:14 error: a multiple question needs at least one option with "correct: true"',
      '23:9 error: every option of a scenario needs "feedback": what happens when the learner picks it',
    ]);
  });

  it('rejects repeated order steps and match items', () => {
    const result = parseQuiz(
      quiz('  - id: o', '    type: order', '    prompt: P', '    steps: [a, b, a]', '    explain: E', '    ref: call',
        '  - id: x', '    type: match', '    prompt: P', '    pairs:', '      - [a, "1"]', '      - [a, "1"]', '    explain: E', '    ref: call'),
      source,
    );
    expect(at(result.diagnostics)).toEqual([
      '9:19 error: step "a" appears twice; the right order would be ambiguous',
      '17:10 error: "a" appears twice on the left; each item must have one match',
      '17:13 error: "1" appears twice on the right; each item must have one match',
    ]);
  });

  it('names a missing answer, a wrong type with its nearest name, and a missing type', () => {
    const result = parseQuiz(
      quiz('  - id: t', '    type: truefalse', '    prompt: P', '    explain: E', '    ref: call', '  - id: s', '    type: singel', '  - id: n', '    prompt: P', '  - just text'),
      source,
    );
    expect(at(result.diagnostics)).toEqual([
      '6:5 error: missing required field "questions[0].answer"',
      '12:11 error: "questions[1].type" must be one of single, multiple, truefalse, order, match, recall, scenario, not "singel" (did you mean "single"?)',
      '13:5 error: missing required field "questions[2].type" (one of single, multiple, truefalse, order, match, recall, scenario)',
      '15:5 error: "questions[3]" must be a question: a mapping with id, type, prompt, …',
    ]);
  });

  it('points at unknown fields, suggesting the nearest name or listing the valid ones', () => {
    const result = parseQuiz(
      ['id: q', 'lang: en', 'title: T', 'playbook: call', 'passscore: 0.5', 'questions:', '  - id: r', '    type: recall', '    prompt: P', '    front: F', '    back: B', '    ref: call',
        '  - id: s', '    type: single', '    prompt: P', '    optoins: []', '    explain: E'].join('\n'),
      source,
    );
    expect(at(result.diagnostics)).toEqual([
      '5:1 error: unknown field "passscore" (did you mean "passScore"?)',
      '9:5 error: unknown field "prompt"; the fields here are: id, explain, ref, type, front, back',
      '13:5 error: missing required field "questions[1].options"',
      '16:5 error: unknown field "optoins" (did you mean "options"?)',
    ]);
  });

  it('checks types, ranges and duplicate ids, and warns about a missing ref', () => {
    const result = parseQuiz(
      ['id: q', 'lang: en', 'title: T', 'playbook: call', 'passScore: 80', 'questions:',
        '  - { id: a, type: truefalse, prompt: P, answer: yes, explain: E, ref: call }',
        '  - { id: a, type: truefalse, prompt: P, answer: true, explain: E, ref: "call#" }'].join('\n'),
      source,
    );
    expect(at(result.diagnostics)).toEqual([
      '5:12 error: "passScore" must be at most 1',
      '7:50 error: "questions[0].answer" must be true or false, not text "yes"',
      '8:73 error: "questions[1].ref" must be playbook-id#anchor, like "discovery-call#walk-away-point"',
    ]);
    const dup = parseQuiz(quiz('  - { id: a, type: truefalse, prompt: P, answer: true, explain: E }', '  - { id: a, type: truefalse, prompt: P, answer: true, explain: E, ref: call }'), source);
    expect(at(dup.diagnostics)).toEqual([
      '6:5 warning: question "a" has no "ref"; add ref: playbook-id#anchor so a learner who misses it is sent to the section that teaches it',
      '7:11 error: duplicate question id "a" (first used at line 6); question ids must be unique in a quiz',
    ]);
  });

  it('applies the link rules to Markdown fields, at the field, and collects their playbook links', () => {
    const result = parseQuiz(
      quiz('  - id: a', '    type: single', '    prompt: "See [the floor](pricing#floor)"', '    options:', '      - { text: "[x](javascript:alert(1))", correct: true }', '      - { text: "a plain option, no link" }',
        '    explain: "Read [prep](#prep)"', '    ref: call'),
      source,
    );
    expect(at(result.diagnostics)).toEqual([
      '12:14 error: link "#prep" needs the playbook it points into: write playbook-id#prep',
      '10:17 error: link refused: "javascript:" links are not allowed; use http(s):, mailto: or playbook-id#anchor',
    ]);
    const ok = parseQuiz(quiz('  - { id: a, type: truefalse, prompt: "See [floor](pricing#floor)", answer: true, explain: E, ref: call }'), source);
    expect(ok.references).toContainEqual({ kind: 'playbook', id: 'pricing', anchor: 'floor', line: 6, column: 39 });
  });

  it('flags HTML markup in a Markdown field (text imported from GIFT [html]), at the field', () => {
    const result = parseQuiz(quiz('  - { id: a, type: truefalse, prompt: "Ask <b>who</b> signs", answer: true, explain: "x < y is fine", ref: call }'), source);
    expect(at(result.diagnostics)).toEqual(['6:39 warning: HTML markup <b> is shown as written, not as formatting: write Markdown instead (**bold**, *italic*, [text](url), a blank line between paragraphs)']);
    expect(result.item).toBeDefined();
  });

  it('keeps a question whose option still holds placeholder text from learners, with a warning at that option', () => {
    const result = parseQuiz(quiz(
      '  - { id: a, type: truefalse, prompt: P, answer: true, explain: E, ref: call }',
      '  - id: from-lesson', '    type: scenario', '    prompt: The buyer asks for 10% off.', '    options:',
      '      - { text: Ask who else weighs the offers, correct: true, feedback: Good. }',
      '      - { text: A choice a less experienced rep might make (rewrite), feedback: What happens (rewrite). }',
      '    explain: E', '    ref: call'), source);
    expect(at(result.diagnostics)).toEqual(['12:17 warning: question "from-lesson" is a draft and is not shown to learners: this option still holds the placeholder text; rewrite it']);
    expect(result.item?.questions.map((q) => q.id)).toEqual(['a']);
  });

  it('accepts the multiple-choice example of docs/content-format.md as written', () => {
    const docs = readFileSync(new URL('../../docs/content-format.md', import.meta.url), 'utf8');
    const example = /\*\*`multiple`\*\*[\s\S]*?```yaml\n([\s\S]*?)```/.exec(docs)?.[1];
    expect(example).toContain('type: multiple');
    const result = parseQuiz(quiz(example!.replace('explain: …', 'explain: Read first.\n    ref: call')), source);
    expect(at(result.diagnostics)).toEqual([]);
    expect(result.item?.questions[0]).toMatchObject({ type: 'multiple', options: [{ correct: true }, { correct: true }, { text: 'Nothing, to stay open-minded', correct: false }] });
  });

  it('reports broken YAML and stops there', () => {
    const result = parseQuiz('id: q\nlang: en\ntitle: [oops\n', source);
    expect(result.item).toBeUndefined();
    expect(result.diagnostics.every((d) => d.severity === 'error' && d.message.startsWith('YAML: '))).toBe(true);
    expect(result.diagnostics[0]).toMatchObject({ file: source.file, line: 4, column: 1 });
  });
});

describe('parseQuiz limits', () => {
  it('refuses more than 1,000 questions at the list, without checking each one', () => {
    const question = (i: number) => `  - { id: q-${i}, type: truefalse, prompt: P, answer: true, explain: E, ref: call#a }`;
    const result = parseQuiz(quiz(...Array.from({ length: 1_001 }, (_, i) => question(i))), source);
    expect(result.item).toBeUndefined();
    expect(at(result.diagnostics)).toEqual(['6:3 error: "questions" can have at most 1000 items']);
    expect(parseQuiz(quiz(...Array.from({ length: 1_000 }, (_, i) => question(i))), source).item?.questions).toHaveLength(1_000);
  });
});

describe('parseQuiz Markdown limits', () => {
  // markdown-it drops what lies deeper than its nesting limit; a field that deep used to show cut off, silently.
  it('refuses a Markdown field nested deeper than the limit, at the field', () => {
    const deep = `${'> '.repeat(120)}lost`;
    const result = parseQuiz(quiz(`  - { id: a, type: truefalse, prompt: "${deep}", answer: true, explain: E, ref: call }`), source);
    expect(result.item).toBeUndefined();
    expect(at(result.diagnostics)).toEqual([expect.stringMatching(/^6:39 error: this text: lists, quotes or blocks here are nested deeper than 100 levels/)]);
  });
});
