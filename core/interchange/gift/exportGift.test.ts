import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Question, Quiz } from '../../model';
import { parseQuiz } from '../../content/parseQuiz';
import { exportGift } from './exportGift';
import { importGift } from './importGift';

function quizFrom(yaml: string): Quiz {
  const { item, diagnostics } = parseQuiz(yaml, { root: 'content', file: 'content/quizzes/q.yaml' });
  if (!item) throw new Error(diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n'));
  return item;
}

function roundTrip(quiz: Quiz): Quiz {
  const { text } = exportGift(quiz);
  const { quiz: back, diagnostics } = importGift(text, { root: '', file: 'q.gift' }, { id: quiz.id, lang: quiz.lang, playbook: quiz.playbook });
  // Questions written without an explanation come back with the warning that says so; nothing else may be reported.
  expect(diagnostics.filter((d) => !d.message.startsWith('no general feedback'))).toEqual([]);
  return back!;
}

/** GIFT trims the space around every text, so a block scalar's final line break does not come back. */
function content(questions: Question[]): unknown {
  return JSON.parse(JSON.stringify(questions.map(({ line: _line, ...q }) => q), (_key, value: unknown) => (typeof value === 'string' ? value.trimEnd() : value)));
}

const EVERY_TYPE = `
id: tricky
lang: en
title: "Pricing / discounts: the hard parts"
playbook: pricing
questions:
  - id: braces
    type: single
    prompt: |
      Which code is right: \`{A~B}\` or \`A=B\`?

      Think of the **#1** rule \\*before\\* answering.
    options:
      - text: "{A~B}"
        correct: true
        feedback: "Right: braces and ~."
      - text: "%50% of A=B"
        feedback: A path like C:\\deals\\ ends with a backslash \\
      - text: 客户关系
    explain: |
      Codes use braces.
      Second line: \\n is not a line break here.
    ref: pricing#codes
  - id: three-right
    type: multiple
    prompt: Pick the three facts.
    options:
      - text: one
        correct: true
      - text: two
        correct: true
        feedback: yes
      - text: three
        correct: true
      - text: wrong
        feedback: "no: this is wrong"
    explain: Three of four.
  - id: tf-true
    type: truefalse
    prompt: "True: or not?"
    answer: true
    explain: Because.
  - id: tf-false
    type: truefalse
    prompt: False?
    answer: false
    explain: Not quite.
  - id: steps
    type: order
    prompt: Order these.
    steps: ["Ask = listen", "Summarise #2", "Close {softly}"]
    explain: First ask.
    ref: pricing
  - id: pairs
    type: match
    prompt: Match.
    pairs:
      - ["Price: list", "anchor ~ high"]
      - [Discount, "trade for # something"]
    explain: One each.
  - id: card
    type: recall
    front: What is the walk-away point?
    back: |
      The worst deal you accept.

      - decided before the meeting
    explain: See the playbook.
    ref: pricing#walk-away-point
  - id: card-plain
    type: recall
    front: Front only?
    back: Back.
  - id: situation
    type: scenario
    prompt: The buyer says "too expensive".
    options:
      - text: Ask what they compare with.
        correct: true
        feedback: You learn the real alternative.
      - text: Give 10% off.
        feedback: You paid for nothing.
    explain: Trade, never give.
`;

describe('exportGift', () => {
  it('keeps every question type through GIFT and back', () => {
    const quiz = quizFrom(EVERY_TYPE);
    expect(quiz.questions.map((q) => q.type)).toEqual(['single', 'multiple', 'truefalse', 'truefalse', 'order', 'match', 'recall', 'recall', 'scenario']);
    const back = roundTrip(quiz);
    expect(content(back.questions)).toEqual(content(quiz.questions));
    expect(back.title).toBe(quiz.title);
  });

  it('keeps the shipped sample quiz through GIFT and back', () => {
    const file = new URL('../../../test/fixtures/valid/content/quizzes/discovery-call.en.yaml', import.meta.url);
    const quiz = quizFrom(readFileSync(file, 'utf8'));
    expect(content(roundTrip(quiz).questions)).toEqual(content(quiz.questions));
  });

  it('writes plain GIFT a Moodle user recognises, with the pbt comment above each question', () => {
    const { text } = exportGift(quizFrom(EVERY_TYPE));
    const blocks = text.split('\n\n');
    expect(blocks[0]).toBe(
      [
        '// Quiz "Pricing / discounts: the hard parts" (id tricky, en) on playbook pricing, pass score 0.8.',
        '// Exported from Playbook Trainer. The "// pbt:" comments let it import this file back without loss; Moodle ignores them.',
        '$CATEGORY: Pricing // discounts: the hard parts',
      ].join('\n'),
    );
    expect(blocks[1]).toBe(
      [
        '// pbt: {"type":"single","ref":"pricing#codes"}',
        '::braces::[markdown]Which code is right\\: `\\{A\\~B\\}` or `A\\=B`?\\n\\nThink of the **\\#1** rule \\*before\\* answering.{',
        '\t=\\{A\\~B\\}#Right\\: braces and \\~.',
        '\t~%0%%50% of A\\=B#A path like C\\:\\deals\\ ends with a backslash \\\\',
        '\t~客户关系',
        '\t####Codes use braces.\\nSecond line\\: \\\\n is not a line break here.',
        '}',
      ].join('\n'),
    );
    expect(blocks[2]).toContain('\t~%33.33333%one\n');
    expect(blocks[2]).toContain('\t~%-33.33333%wrong#no\\: this is wrong\n');
    expect(blocks[3]).toBe('// pbt: {"type":"truefalse"}\n::tf-true::[markdown]True\\: or not?{TRUE####Because.}');
    expect(blocks[5]).toContain('{\n\t=1 -> Ask \\= listen\n\t=2 -> Summarise \\#2\n\t=3 -> Close \\{softly\\}\n\t####First ask.\n}');
    expect(blocks[7]).toBe(
      '// pbt: {"type":"recall","ref":"pricing#walk-away-point","explain":"See the playbook."}\n' +
        '::card::[markdown]What is the walk-away point?{####The worst deal you accept.\\n\\n- decided before the meeting}',
    );
  });

  it('warns when a matching item holds the "->" GIFT uses between the sides', () => {
    const quiz = quizFrom('id: q\nlang: en\ntitle: Q\nplaybook: p\nquestions:\n  - id: m\n    type: match\n    prompt: Match.\n    explain: One each.\n    pairs:\n      - ["a -> b", c]\n      - [d, e]\n');
    expect(exportGift(quiz).diagnostics).toEqual([
      { file: 'content/quizzes/q.yaml', line: 6, column: 1, severity: 'warning', message: '"a -> b" contains "->", which GIFT reads as the arrow between the two sides of a pair; reword it' },
    ]);
  });
});
