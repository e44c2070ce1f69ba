import { describe, expect, it } from 'vitest';
import type { CaseOption, CaseStep, ChoiceQuestion, Lang, Question } from '../model';
import { chanceBound, checkCaseQuality, checkQuizQuality, type QualityFinding } from './itemQuality';
import { parseCase } from './parseCase';
import { parseQuiz } from './parseQuiz';

const choice = (id: string, prompt: string, options: string[], key = 0, type: ChoiceQuestion['type'] = 'single'): ChoiceQuestion => ({
  id,
  type,
  prompt,
  options: options.map((text, i) => ({ text, correct: type === 'multiple' ? text.startsWith('+') : i === key })),
  explain: 'E',
  line: 1,
});
const trueFalse = (id: string, prompt: string, answer: boolean): Question => ({ id, type: 'truefalse', prompt, answer, explain: 'E', line: 1 });
const located = (questions: Question[]) => questions.map((item, i) => ({ item, path: ['questions', i] }));
const quizRules = (questions: Question[], lang: Lang = 'en') => checkQuizQuality(lang, located(questions));
const rules = (findings: QualityFinding[]) => findings.map((f) => f.rule);

/** Four options of similar length, so that only the rule under test can fire. */
const EVEN = ['Ask who else signs off', 'Send the price list now', 'Offer a pilot for free', 'Wait for the tender'];

describe('Q1: key longer than the distractors', () => {
  it('warns at the key when it is 1.5× the mean distractor length or more', () => {
    const findings = quizRules([choice('q', 'What first?', ['Ask who else will want a say before this is signed', 'Send prices', 'Offer a pilot', 'Wait'], 0)]);
    expect(findings).toMatchObject([{ rule: 'Q1', path: ['questions', 0, 'options', 0], message: expect.stringMatching(/^the correct option is \d\.\d× as long as the distractors/) }]);
  });

  it('is silent for a key of the distractors’ length', () => {
    expect(quizRules([choice('q', 'What first?', EVEN, 2)])).toEqual([]);
  });

  it('compares the mean key length with the mean distractor length in a multiple question', () => {
    const long = choice('m', 'Which two?', ['+Read the last three meeting notes of the account', '+Check who signed the previous contract and why', 'Nothing', 'Guess'], 0, 'multiple');
    expect(rules(quizRules([long]))).toEqual(['Q1']);
    const even = choice('m', 'Which two?', ['+Read the meeting notes', '+Check who signed before', 'Read the press instead', 'Ask the buyer to recap'], 0, 'multiple');
    expect(quizRules([even])).toEqual([]);
  });
});

describe('Q2: all / none of the above', () => {
  it('warns in both languages', () => {
    expect(quizRules([choice('q', 'Which?', [...EVEN.slice(0, 3), 'All of the above.'], 0)])).toMatchObject([{ rule: 'Q2', path: ['questions', 0, 'options', 3] }]);
    expect(rules(quizRules([choice('q', '哪一项？', ['先问清楚决策流程', '马上报出底价', '免费提供试用', '以上都不对'], 0)], 'zh-CN'))).toEqual(['Q2']);
  });

  it('is silent for options that merely mention "above"', () => {
    expect(quizRules([choice('q', 'Which?', ['Price it above the list', ...EVEN.slice(1)], 0)])).toEqual([]);
  });
});

describe('Q3: duplicate options', () => {
  it('warns at the later of two options that say the same, and of near-duplicates', () => {
    expect(quizRules([choice('q', 'Which?', ['Send the price list now', 'send the price-list, now!', ...EVEN.slice(2)], 2)])).toMatchObject([
      { rule: 'Q3', path: ['questions', 0, 'options', 1], message: expect.stringContaining('option B says the same as option A') },
    ]);
    expect(quizRules([choice('q', 'Which?', ['Send the price list to the buyer now', 'Send the price lists to the buyer now', ...EVEN.slice(2)], 2)])).toMatchObject([
      { rule: 'Q3', message: expect.stringContaining('nearly the same') },
    ]);
  });

  it('is silent for options that only share some words', () => {
    expect(quizRules([choice('q', 'Which?', ['Send the price list now', 'Send the contract draft', ...EVEN.slice(2)], 2)])).toEqual([]);
  });
});

describe('Q4: an option that echoes the prompt', () => {
  const prompt = 'The finance director wants a monthly cost report before the steering meeting. What do you do?';

  it('warns when one option repeats the prompt’s words and the others do not', () => {
    const findings = quizRules([choice('q', prompt, ['Send the finance director a monthly cost report', 'Invite the plant manager to lunch next week', 'Ask procurement how the budget will be split', 'Wait until the tender documents are published'], 0)]);
    expect(findings).toMatchObject([{ rule: 'Q4', path: ['questions', 0, 'options', 0], message: expect.stringContaining('"finance", "director"') }]);
  });

  it('is silent when every option uses the prompt’s terms', () => {
    const options = ['Send the finance director a cost report', 'Ask the finance director for the budget', 'Give the director a discount', 'Tell the director the report is late'];
    expect(quizRules([choice('q', prompt, options, 0)])).toEqual([]);
  });

  it('reads Chinese words too', () => {
    const zhPrompt = '财务总监要求在指导委员会会议前拿到每月成本报告，你怎么做？';
    const findings = quizRules([choice('q', zhPrompt, ['按月给财务总监提交成本报告', '请工厂厂长周末一起吃饭', '先向采购部门打听预算', '等招标公告正式发布再说'], 0)], 'zh-CN');
    expect(rules(findings)).toEqual(['Q4']);
  });
});

describe('Q5: absolute words in a true/false statement', () => {
  it('warns at the prompt, in both languages, including 只要…就', () => {
    expect(quizRules([trueFalse('t', 'The plant manager always decides.', false)])).toMatchObject([
      { rule: 'Q5', path: ['questions', 0, 'prompt'], message: expect.stringContaining('"always"') },
    ]);
    expect(quizRules([trueFalse('t', '只要客户喜欢你，项目就是你的。', false)], 'zh-CN')).toMatchObject([{ rule: 'Q5', message: expect.stringContaining('"只要…就"') }]);
    expect(rules(quizRules([trueFalse('t', '厂长一定是决策者。', false)], 'zh-CN'))).toEqual(['Q5']);
  });

  it('is silent for a qualified statement, and for absolute words inside other words', () => {
    expect(quizRules([trueFalse('t', 'The plant manager usually weighs uptime above price.', true)])).toEqual([]);
    expect(quizRules([trueFalse('t', 'Allowances for travel belong in the account plan.', true)])).toEqual([]);
  });
});

describe('Q6 and Q7: patterns over a quiz', () => {
  // With four 4-option questions chance is 1 and the bound 1 + 2·√0.75 ≈ 2.7: three of four is suspicious.
  const lengthy = (id: string, key: number) => {
    const options = ['Ask who else signs', 'Send the price list', 'Offer a free pilot', 'Wait for the tender'];
    options[key] = `${options[key]} first`;
    return choice(id, `Question ${id}?`, options, key);
  };

  it('computes the binomial bound', () => {
    expect(chanceBound(4, 0.25)).toBeCloseTo(1 + 2 * Math.sqrt(0.75));
  });

  it('Q6 warns when the key is strictly the longest too often, at the questions key', () => {
    const findings = quizRules([lengthy('a', 0), lengthy('b', 1), lengthy('c', 2), choice('d', 'Question d?', EVEN, 3)]);
    expect(findings.filter((f) => f.rule === 'Q6')).toMatchObject([{ path: ['questions'], part: 'key', message: expect.stringContaining('longest in 3 of 4') }]);
  });

  it('Q6 is silent when the key is the longest about as often as chance', () => {
    expect(rules(quizRules([lengthy('a', 0), choice('b', 'B?', EVEN, 1), choice('c', 'C?', EVEN, 2), choice('d', 'D?', EVEN, 3)]))).not.toContain('Q6');
  });

  it('Q7 warns when the key sits in one authored position too often, and not when positions vary', () => {
    const sameSpot = ['a', 'b', 'c', 'd'].map((id) => choice(id, `${id}?`, EVEN, 0));
    expect(quizRules(sameSpot).filter((f) => f.rule === 'Q7')).toMatchObject([{ message: expect.stringContaining('position A in 4 of 4 single/scenario questions (chance: about 1.0') }]);
    const varied = ['a', 'b', 'c', 'd'].map((id, i) => choice(id, `${id}?`, EVEN, i));
    expect(rules(quizRules(varied))).not.toContain('Q7');
  });

  it('needs at least four single/scenario questions', () => {
    expect(quizRules(['a', 'b', 'c'].map((id) => choice(id, `${id}?`, EVEN, 0)))).toEqual([]);
  });
});

describe('Q8: true/false answers all the same', () => {
  const statements = (answers: boolean[]) => answers.map((answer, i) => trueFalse(`t${i}`, `Statement ${i} holds.`, answer));

  it('warns with four or more statements of one answer, at the first one’s answer', () => {
    expect(quizRules(statements([false, false, false, false]))).toMatchObject([
      { rule: 'Q8', path: ['questions', 0, 'answer'], message: 'all 4 true/false statements of this quiz are false: a learner who always answers "false" gets every one right; make about half of them true' },
    ]);
  });

  it('is silent with mixed answers or fewer than four statements', () => {
    expect(quizRules(statements([false, true, false, false]))).toEqual([]);
    expect(quizRules(statements([true, true, true]))).toEqual([]);
  });
});

describe('C1 and C2: case decisions', () => {
  const option = (text: string, next: string, elite = false): CaseOption => ({ text, points: elite ? 3 : 1, elite, outcome: 'O', next });
  const step = (options: CaseOption[], converges?: boolean): CaseStep => ({
    id: 's',
    narrative: 'N',
    decision: { prompt: 'P', ...(converges === undefined ? {} : { converges }), options },
    line: 1,
  });
  const caseRules = (steps: CaseStep[]) => checkCaseQuality(steps.map((item, i) => ({ item, path: ['steps', i] })));

  it('C1 warns at an elite option 1.5× as long as the others, and not at one of their length', () => {
    const long = step([option('Cut the price', 'a'), option('Ask the plant manager what an hour of downtime costs them', 'b', true)]);
    expect(caseRules([long])).toMatchObject([{ rule: 'C1', path: ['steps', 0, 'decision', 'options', 1] }]);
    expect(caseRules([step([option('Cut the price by ten', 'a'), option('Ask about downtime', 'b', true)])])).toEqual([]);
  });

  it('C2 warns when every option leads to the same step, unless the decision says converges: true', () => {
    const same = [option('Cut the price', 'close'), option('Ask about uptime', 'close', true)];
    expect(caseRules([step(same)])).toMatchObject([{ rule: 'C2', path: ['steps', 0, 'decision'], part: 'key', message: expect.stringContaining('leads to "close"') }]);
    expect(caseRules([step(same, true)])).toEqual([]);
    expect(caseRules([step([option('Cut the price', 'end'), option('Ask about uptime', 'close', true)])])).toEqual([]);
  });
});

describe('in the parsers', () => {
  const source = { root: '/c', file: '/c/content/quizzes/q.yaml' };
  const brief = (diagnostics: { line: number; column: number; severity: string; message: string }[]) => diagnostics.map((d) => `${d.line}:${d.column} ${d.severity}: ${d.message.slice(0, 40)}`);

  it('reports a quiz finding as a warning at the option’s line and column, led by its rule', () => {
    const text = ['id: q', 'lang: en', 'title: Q', 'playbook: call', 'questions:', '  - id: a', '    type: single', '    prompt: What first?', '    options:',
      '      - text: Cut the price', '      - text: Ask who else will want a say before this is signed', '        correct: true', '    explain: E', '    ref: call'].join('\n');
    const result = parseQuiz(text, source);
    expect(brief(result.diagnostics)).toEqual(['11:9 warning: [Q1] the correct option is 3.8× as long ']);
    expect(result.item).toBeDefined();
  });

  it('accepts converges: true on a case decision and keeps it in the model', () => {
    const text = ['id: c', 'lang: en', 'title: C', 'start: a', 'steps:',
      '  - { id: a, narrative: N, commentary: C, decision: { prompt: P, converges: true, options: [{ text: Ask, points: 3, elite: true, outcome: O, next: end }, { text: Cut, points: 0, outcome: O, next: end }] } }',
      'debrief: D'].join('\n');
    const result = parseCase(text, { root: '/c', file: '/c/content/cases/c.yaml' });
    expect(result.diagnostics).toEqual([]);
    expect(result.item?.steps[0]?.decision?.converges).toBe(true);
    expect(brief(parseCase(text.replace('converges: true, ', ''), { root: '/c', file: '/c/content/cases/c.yaml' }).diagnostics)).toEqual(['6:43 warning: [C2] every option of this decision leads']);
  });
});
