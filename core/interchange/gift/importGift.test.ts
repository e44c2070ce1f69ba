import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, Question } from '../../model';
import { parseQuiz } from '../../content/parseQuiz';
import { quizToYaml } from '../quizYaml';
import { categoryName, importGift } from './importGift';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/gift/${name}`, import.meta.url), 'utf8');
const target = { id: 'sales-bank', lang: 'en', playbook: 'discovery-call' } as const;
const importText = (text: string) => importGift(text, { root: 'bank', file: 'bank/q.gift' }, target);
const NO_EXPLAIN = 'no general feedback, so the question is imported with an empty "explain"';
const line = (d: Diagnostic) => `${d.line}:${d.column} ${d.severity}: ${d.message}`;
/** The diagnostics as text, without the empty-explanation warning (its own test below covers it). */
const brief = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => !d.message.startsWith(NO_EXPLAIN)).map(line);
const byId = (questions: Question[], id: string) => questions.find((q) => q.id === id);

describe('importGift on a Moodle question bank', () => {
  const { quiz, diagnostics } = importGift(fixture('sales-bank.gift'), { root: 'test/fixtures/gift', file: 'sales-bank.gift' }, target);
  const questions = quiz?.questions ?? [];

  it('imports every question, in order, with ids from the names (pinyin for Chinese) or the first words', () => {
    expect(questions.map((q) => `${q.id}:${q.type}`)).toEqual([
      'real-decision-maker:single',
      'preparation-sources:multiple',
      'early-demo:truefalse',
      'budget-question:truefalse',
      'champion:truefalse',
      'price-list:truefalse',
      'escapes:single',
      'match-the-move:match',
      'when-the-buyer-says-too-expensive:single',
      'ke-hu-guan-xi:single',
      'call-order:order',
      'talk-share:recall',
      'early-price:scenario',
    ]);
    expect(quiz).toMatchObject({ kind: 'quiz', id: 'sales-bank', lang: 'en', playbook: 'discovery-call', title: 'Discovery', passScore: 0.8 });
  });

  it('reports only the lossy spots, as warnings at their line and column', () => {
    expect(brief(diagnostics)).toEqual([
      '25:67 warning: true/false questions here have one explanation, so the per-answer feedback is added to it',
      '43:1 warning: questions of several categories go into one quiz ("Discovery"); "Negotiation" is not kept',
    ]);
  });

  it('maps = and ~ to the right option, # to option feedback and #### to the explanation', () => {
    expect(byId(questions, 'real-decision-maker')).toMatchObject({
      prompt: 'What does the elite rep ask to find the **real** decision maker?',
      options: [
        { text: 'Besides you, who else will want a say before this is signed?', correct: true, feedback: 'Asking about the process finds the people.' },
        { text: 'Are you the decision maker?', correct: false, feedback: 'A yes here tells you little.' },
        { text: 'Can I speak to your boss?', correct: false, feedback: 'That goes around your contact and costs you their trust.' },
      ],
      explain: 'Ask about the process, not about the person.',
      line: 7,
    });
  });

  it('reads weights: a positive weight is a right answer of a multiple question', () => {
    const question = byId(questions, 'preparation-sources');
    expect(question?.type === 'multiple' && question.options.map((o) => o.correct)).toEqual([true, true, false]);
  });

  it('reads {T} {F} {TRUE} {FALSE}, with answer feedback joined to the explanation', () => {
    const answers = ['early-demo', 'budget-question', 'champion', 'price-list'].map((id) => {
      const q = byId(questions, id);
      return q?.type === 'truefalse' ? [q.answer, q.explain] : undefined;
    });
    expect(answers).toEqual([
      [false, 'Without the pain, features sound like noise.'],
      [true, 'The budget tells you early whether the deal can happen.'],
      [true, 'A champion without access is only a fan.\n\nRight: coach them with the material they need.'],
      [false, 'Without the needs, the price becomes the whole conversation.'],
    ]);
  });

  it('unescapes \\~ \\= \\# \\{ \\} \\: and keeps other backslashes', () => {
    expect(byId(questions, 'escapes')).toMatchObject({
      prompt: 'Which notation is right for a 50\\% discount code "A=B": {A~B} or #AB?',
      options: [{ text: '{A~B}', correct: true, feedback: 'Braces and a tilde: right.' }, { text: '#AB', correct: false }],
      explain: 'Codes are written in braces: {…}.',
    });
  });

  it('reads pairs, a question spread over lines, and Chinese text', () => {
    expect(byId(questions, 'match-the-move')).toMatchObject({ pairs: [['Ask who signs', 'Find the decision process'], ['Read the notes', 'Start from what the company knows'], ['Agree the next step', 'Keep the deal moving']] });
    expect(byId(questions, 'when-the-buyer-says-too-expensive')).toMatchObject({ prompt: 'When the buyer says "too expensive", what do you ask first?', line: 46 });
    expect(byId(questions, 'ke-hu-guan-xi')).toMatchObject({ prompt: '客户关系的本质是什么？', options: [{ text: '信任与价值交换', correct: true }, { text: '请客吃饭', correct: false }] });
  });

  it('turns the pbt comments back into order, recall and scenario questions with their refs', () => {
    expect(byId(questions, 'call-order')).toMatchObject({ type: 'order', steps: ['Prepare from the account history', 'Ask about the decision process', 'Agree on the next step'], ref: 'discovery-call#prep' });
    expect(byId(questions, 'talk-share')).toMatchObject({ type: 'recall', front: 'How much of a discovery call should the customer talk?', back: 'About **two thirds**.', explain: '' });
    expect(byId(questions, 'early-price')).toMatchObject({ type: 'scenario', prompt: 'Ten minutes in, the buyer asks: **"What will it cost?"**\n\nYou do not know the scope yet.', ref: 'discovery-call#ask-about-the-decision-process' });
  });

  it('emits quiz YAML that the content parser accepts as the same questions', () => {
    const yaml = quizToYaml(quiz!, 'Imported from sales-bank.gift');
    expect(yaml.startsWith('# Imported from sales-bank.gift\n')).toBe(true);
    expect(yaml).toContain('      - [Ask who signs, Find the decision process]\n');
    const reparsed = parseQuiz(yaml, { root: 'content', file: 'content/quizzes/sales-bank.yaml' });
    expect(reparsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const withoutLines = (qs: Question[]) => qs.map(({ line: _line, ...rest }) => rest);
    expect(withoutLines(reparsed.item!.questions)).toEqual(withoutLines(questions));
  });
});

describe('importGift on unsupported questions', () => {
  const { quiz, diagnostics } = importText(fixture('unsupported.gift'));

  it('reports each one at its answer (line and column) and still imports the rest', () => {
    expect(brief(diagnostics)).toEqual([
      '5:55 error: numerical questions ({#…}) are not supported; rewrite it as multiple choice with ~ for the wrong answers',
      '7:56 error: short-answer questions (typed answers, {=a =b}) are not supported; add wrong answers with ~ to make it multiple choice',
      '9:39 error: text after the answer makes this a missing-word (cloze) question, which is not supported; put the answer at the end of the question',
      '11:39 error: essay questions ({}) are graded by hand and are not supported; to import one as a recall card, put // pbt: {"type":"recall"} above it and its answer as general feedback {####…}',
      '13:1 warning: text without an answer in { } is a description, not a question; skipped',
      '15:31 error: "{" without a closing "}"; the answer must be closed before the next blank line',
    ]);
    expect(quiz?.questions.map((q) => q.id)).toEqual(['kept-before', 'kept-after']);
    expect(quiz?.title).toBe('sales-bank');
  });

  it('gives no quiz when nothing can be imported', () => {
    const result = importText('::Only::What year?{#2020}');
    expect(result.quiz).toBeUndefined();
    expect(brief(result.diagnostics)).toContain('1:1 error: no question could be imported from this file');
  });
});

describe('importGift on questions without feedback', () => {
  it('warns at the answer of each question imported with an empty explain, but not for a recall card or a true/false answer with feedback', () => {
    const { quiz, diagnostics } = importText(['::Bare::Pick one.{=a ~b}', '', '::Told::Pick one.{=a ~b ####Because a.}', '', '::TF::Sky is green.{F#It is blue.}', '', '// pbt: {"type":"recall"}', '::Card::Front side.{####Back side.}'].join('\n'));
    expect(quiz?.questions.map((q) => q.id)).toEqual(['bare', 'told', 'tf', 'card']);
    expect(diagnostics.filter((d) => d.message.startsWith(NO_EXPLAIN)).map(line)).toEqual([
      '1:18 warning: no general feedback, so the question is imported with an empty "explain": write why the right answer is right, in GIFT as {… ####why} or in the quiz file',
    ]);
  });

  it('calls a numerical question with text after it numerical, not missing-word', () => {
    expect(brief(importText('::Year::In {#2020} we started.').diagnostics)).toContain('1:12 error: numerical questions ({#…}) are not supported; rewrite it as multiple choice with ~ for the wrong answers');
  });
});

describe('importGift answer rules', () => {
  const problems = (text: string) => brief(importText(text).diagnostics);

  it('needs exactly one = in a single-choice question', () => {
    expect(problems('::Two::Pick.{=a =b ~c}')).toContain('1:13 error: a question with "=" answers needs exactly one of them (found 2); for several right answers write ~%50%a ~%50%b');
  });

  it('needs a positive weight in a multiple question', () => {
    expect(problems('::None::Pick.{~a ~b}')[0]).toMatch(/^1:14 error: no answer carries a positive weight/);
  });

  it('warns that partial credit on a wrong answer is not kept', () => {
    expect(problems('::Part::Pick.{=a ~%50%b ~c}')).toEqual(['1:18 warning: partial credit (50%) is not kept: this answer counts as wrong']);
  });

  it('drops a matching distractor with a warning', () => {
    const { quiz, diagnostics } = importText('::M::Match.{=a -> 1 =b -> 2 = -> 3}');
    expect(quiz?.questions[0]).toMatchObject({ type: 'match', pairs: [['a', '1'], ['b', '2']] });
    expect(brief(diagnostics)[0]).toMatch(/^1:29 warning: the extra answer "3"/);
  });

  it('makes duplicate names unique and says so', () => {
    const { quiz, diagnostics } = importText('::Same::A?{T}\n\n::Same::B?{F}');
    expect(quiz?.questions.map((q) => q.id)).toEqual(['same', 'same-2']);
    expect(brief(diagnostics)).toEqual(['3:1 warning: question id "same" is already used in this file; this one becomes "same-2"']);
  });

  it('warns about [html] text', () => {
    expect(problems('[html]<p>Is it?</p>{T}')[0]).toMatch(/^1:1 warning: the text is written in \[html\]/);
  });

  it('reports a name that is not closed', () => {
    expect(problems('::Open Is it?{T}')).toContain('1:1 error: the question name opened with "::" is not closed; write ::name:: before the question text');
  });

  it('ignores a pbt comment it cannot read, or whose type does not fit, with a warning', () => {
    expect(problems('// pbt: {type: order}\n::A::Is it?{T}')[0]).toMatch(/^1:9 warning: this "\/\/ pbt:" comment is ignored \(not valid JSON\)/);
    expect(problems('// pbt: {"type":"order"}\n::A::Is it?{T}')).toEqual(['2:1 warning: the "// pbt:" comment says type "order", but this GIFT answer can only be truefalse; imported as truefalse']);
    expect(problems('// pbt: {"type":"single"}\n\n::A::Is it?{T}')).toEqual(['1:9 warning: this "// pbt:" comment belongs to no question; keep it directly above the question, without a blank line']);
  });

  it('falls back to the GIFT type when the pbt type cannot be honoured', () => {
    const scenario = importText('// pbt: {"type":"scenario"}\n::S::Price?{=Range#Good. ~List}');
    expect(scenario.quiz?.questions[0]?.type).toBe('single');
    expect(brief(scenario.diagnostics)).toEqual(['2:12 warning: a scenario needs feedback (#…) on every answer; imported as single choice']);
    const order = importText('// pbt: {"type":"order"}\n::O::Order?{=a -> x =b -> y}');
    expect(order.quiz?.questions[0]?.type).toBe('match');
  });
});

describe('categoryName', () => {
  it('takes the last level of a Moodle category path, with // as a slash', () => {
    expect(categoryName('$course$/top/Sales course/Discovery')).toBe('Discovery');
    expect(categoryName('Negotiation//Pricing')).toBe('Negotiation/Pricing');
  });
});

describe('importGift limits', () => {
  it('refuses a file over the size limit before reading its questions', () => {
    const { quiz, diagnostics } = importText('::Q:: Is this true? {T}\n\n'.repeat(90_000));
    expect(quiz).toBeUndefined();
    expect(brief(diagnostics)).toEqual([expect.stringMatching(/^1:1 error: this file is larger than 2,000,000 characters/)]);
  });
});
