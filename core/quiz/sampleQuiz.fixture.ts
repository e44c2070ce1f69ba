// A quiz with one question of every type, for tests.
import type { ChoiceQuestion, MatchQuestion, OrderQuestion, Quiz, RecallQuestion, TrueFalseQuestion } from '../model';

const source = { root: 'content-root', file: 'content/quizzes/discovery.yaml', line: 1 };

export const single: ChoiceQuestion = {
  id: 'q-single',
  type: 'single',
  prompt: 'What comes **first** in a discovery call?',
  options: [
    { text: 'The price', correct: false, feedback: 'Too early.' },
    { text: 'The customer’s goals', correct: true, feedback: 'Yes: goals first.' },
    { text: 'The demo', correct: false },
  ],
  explain: 'Goals before solutions.',
  ref: 'discovery#goals',
  line: 5,
};

export const multiple: ChoiceQuestion = {
  id: 'q-multiple',
  type: 'multiple',
  prompt: 'Which are buying signals?',
  options: [
    { text: 'Asks about delivery dates', correct: true },
    { text: 'Asks for references', correct: true, feedback: 'A strong signal.' },
    { text: 'Cancels the meeting', correct: false, feedback: 'Not a signal.' },
    { text: 'Involves procurement', correct: true },
  ],
  explain: 'Signals show intent to buy.',
  ref: 'discovery#signals',
  line: 14,
};

export const trueFalse: TrueFalseQuestion = {
  id: 'q-truefalse',
  type: 'truefalse',
  prompt: 'Always send the price list before the first meeting.',
  answer: false,
  explain: 'Price without context anchors low.',
  line: 24,
};

export const order: OrderQuestion = {
  id: 'q-order',
  type: 'order',
  prompt: 'Put the call in order.',
  steps: ['Open', 'Ask', 'Summarise', 'Agree next step', 'Follow up'],
  explain: 'Open, ask, summarise, agree, follow up.',
  ref: 'discovery#call-flow',
  line: 29,
};

export const match: MatchQuestion = {
  id: 'q-match',
  type: 'match',
  prompt: 'Match the role to the job.',
  pairs: [
    ['Champion', 'Sells inside'],
    ['Economic buyer', 'Signs'],
    ['User', 'Uses daily'],
    ['Blocker', 'Resists'],
  ],
  explain: 'Know who does what.',
  line: 36,
};

export const recall: RecallQuestion = {
  id: 'q-recall',
  type: 'recall',
  front: 'The walk-away point?',
  back: 'The worst deal you will still sign.',
  explain: 'Decide it before the meeting.',
  ref: 'negotiation#walk-away-point',
  line: 44,
};

export const scenario: ChoiceQuestion = {
  id: 'q-scenario',
  type: 'scenario',
  prompt: 'The buyer says *“too expensive”*. You…',
  options: [
    { text: 'Offer 10% off at once', correct: false, feedback: 'You gave value away.' },
    { text: 'Ask what they compare it with', correct: true, feedback: 'Find the reference point.' },
  ],
  explain: 'Understand the objection first.',
  ref: 'negotiation#price-objection',
  line: 50,
};

export const sampleQuiz: Quiz = {
  kind: 'quiz',
  id: 'discovery-basics',
  lang: 'en',
  title: 'Discovery basics',
  playbook: 'discovery',
  passScore: 0.8,
  questions: [single, multiple, trueFalse, order, match, recall, scenario],
  source,
};
