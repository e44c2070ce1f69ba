// Plays every shipped quiz and case (both languages, loaded by the real loader, graded by the real grading code) as
// simulated learners who do not know the content, to check that the items measure knowledge rather than test-wiseness:
//   test-wise — picks the longest option (in a `multiple` question: the options longer than the question's median),
//               answers every true/false with one fixed value (both values are played; the better one counts);
//   first     — always picks the first option as written (true for true/false: the button shown first);
//   random    — picks uniformly at random, seeded, over many runs;
//   knowing   — answers everything right and follows the elite rep.
// A quiz scores the mean over its graded questions; recall cards are left out, because the learner rates them
// (nothing to simulate). `order` and `match` give no cue of length or position: the test-wise and first-option
// learners submit them as the app presents them (a seeded shuffle, never the right order), the random learner submits
// a random arrangement; all three earn partial credit by the real grading rules. A case scores its points as a share
// of the elite path's points (ReplaySession). A learner's figure is the mean over all quizzes and cases of a language,
// each counting once. Targets (docs/content-format.md, "Item-writing rules"): test-wise and first-option learners at
// most 40%, the random learner near the chance level computed from the item types, the knowing learner 100%.
import { describe, expect, it } from 'vitest';
import { LANGS, type CaseOption, type CaseReplay, type Lang, type Question, type Quiz } from '../../core/model';
import { defaultContentRoots, loadContent } from '../../backend/content/loadContent';
import { gradeAnswer, solutionOf, type QuizResponse } from '../../core/quiz/gradeAnswer';
import { presentQuestion } from '../../core/quiz/presentQuiz';
import { scoreAttempt } from '../../core/quiz/scoreAttempt';
import { deriveSeed, mulberry32, seededShuffle } from '../../core/quiz/seededShuffle';
import { ReplaySession } from '../../core/replay/ReplaySession';
import { textLength } from '../../core/content/itemQuality';

const TARGET = 0.4;
const RANDOM_RUNS = 300;
/** The random learner's mean may stray from chance by this many standard errors of the mean over runs. */
const RANDOM_BAND_SE = 4;

type GradedQuestion = Exclude<Question, { type: 'recall' }>;
type Random = () => number;

interface Learner {
  answer(question: GradedQuestion, attemptSeed: number, random: Random): QuizResponse;
  choose(options: CaseOption[], random: Random): number;
}

const lengths = (texts: { text: string }[]) => texts.map((o) => textLength(o.text));
const longest = (texts: { text: string }[]) => {
  const all = lengths(texts);
  return all.indexOf(Math.max(...all));
};
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** An `order` or `match` question submitted exactly as the app shows it. */
function asPresented(question: Extract<GradedQuestion, { type: 'order' | 'match' }>, attemptSeed: number): QuizResponse {
  const view = presentQuestion(question, deriveSeed(attemptSeed, question.id), (markdown) => markdown);
  return question.type === 'order' ? { type: 'order', order: view.steps!.map((s) => s.index) } : { type: 'match', pairs: view.right!.map((r) => r.index) };
}

function testWise(trueFalse: boolean): Learner {
  return {
    answer(question, attemptSeed) {
      switch (question.type) {
        case 'single':
        case 'scenario':
          return { type: question.type, choice: longest(question.options) };
        case 'multiple': {
          const all = lengths(question.options);
          const cut = median(all);
          const long = all.flatMap((length, i) => (length > cut ? [i] : []));
          return { type: 'multiple', choices: long.length > 0 ? long : [longest(question.options)] };
        }
        case 'truefalse':
          return { type: 'truefalse', value: trueFalse };
        default:
          return asPresented(question, attemptSeed);
      }
    },
    choose: (options) => longest(options),
  };
}

const firstOption: Learner = {
  answer(question, attemptSeed) {
    switch (question.type) {
      case 'single':
      case 'scenario':
        return { type: question.type, choice: 0 };
      case 'multiple':
        return { type: 'multiple', choices: [0] };
      case 'truefalse':
        return { type: 'truefalse', value: true };
      default:
        return asPresented(question, attemptSeed);
    }
  },
  choose: () => 0,
};

const pick = (count: number, random: Random) => Math.floor(random() * count);
const indices = (count: number) => Array.from({ length: count }, (_, i) => i);

const randomLearner: Learner = {
  answer(question, _seed, random) {
    switch (question.type) {
      case 'single':
      case 'scenario':
        return { type: question.type, choice: pick(question.options.length, random) };
      case 'multiple': {
        // A uniformly random non-empty set of options.
        const count = question.options.length;
        const set = 1 + pick(2 ** count - 1, random);
        return { type: 'multiple', choices: indices(count).filter((i) => set & (1 << i)) };
      }
      case 'truefalse':
        return { type: 'truefalse', value: random() < 0.5 };
      case 'order':
        return { type: 'order', order: seededShuffle(indices(question.steps.length), pick(2 ** 32, random)) };
      case 'match':
        return { type: 'match', pairs: seededShuffle(indices(question.pairs.length), pick(2 ** 32, random)) };
    }
  },
  choose: (options, random) => pick(options.length, random),
};

const knowing: Learner = {
  answer: (question) => solutionOf(question),
  choose: (options) => options.findIndex((o) => o.elite),
};

const gradedQuestions = (quiz: Quiz) => quiz.questions.filter((q): q is GradedQuestion => q.type !== 'recall');

function grade(question: GradedQuestion, response: QuizResponse): number {
  const result = gradeAnswer(question, response);
  if (!result.ok) throw new Error(result.error);
  return result.score;
}

/** The quiz's score, and each graded question's. */
function playQuiz(quiz: Quiz, learner: Learner, attemptSeed: number, random: Random): { score: number; questions: number[] } {
  const questions = gradedQuestions(quiz);
  const answers = questions.map((question) => ({ questionId: question.id, score: grade(question, learner.answer(question, attemptSeed, random)) }));
  return { score: scoreAttempt({ ...quiz, questions }, answers).score, questions: answers.map((a) => a.score) };
}

/** Moves a session through narrative steps to its next decision (or the end). */
function toDecision(session: ReplaySession): void {
  while (session.current && !session.current.decision) session.advance();
}

function playCase(caseReplay: CaseReplay, learner: Learner, random: Random): number {
  const session = new ReplaySession(caseReplay);
  for (toDecision(session); session.current; toDecision(session)) {
    if (session.history.length > 200) throw new Error(`case "${caseReplay.id}" did not end`);
    session.choose(learner.choose(session.current.decision!.options, random));
  }
  return session.result().score;
}

/** Every response a question accepts, each as likely: the exact chance level of a random learner (by the real grading). */
function chanceOfQuestion(question: GradedQuestion): number {
  const permutations = (n: number): number[][] => (n === 0 ? [[]] : permutations(n - 1).flatMap((p) => indices(n).map((i) => [...p.slice(0, i), n - 1, ...p.slice(i)])));
  const mean = (responses: QuizResponse[]) => responses.reduce((sum, r) => sum + grade(question, r), 0) / responses.length;
  switch (question.type) {
    case 'single':
    case 'scenario': {
      const type = question.type;
      return mean(indices(question.options.length).map((choice) => ({ type, choice })));
    }
    case 'multiple': {
      const count = question.options.length;
      return mean(indices(2 ** count - 1).map((set) => ({ type: 'multiple', choices: indices(count).filter((i) => (set + 1) & (1 << i)) })));
    }
    case 'truefalse':
      return mean([true, false].map((value) => ({ type: 'truefalse', value })));
    case 'order':
      return mean(permutations(question.steps.length).map((order) => ({ type: 'order', order })));
    case 'match':
      return mean(permutations(question.pairs.length).map((pairs) => ({ type: 'match', pairs })));
  }
}

/** The expected score of a learner who picks uniformly at every decision: every path weighed by its probability. */
function chanceOfCase(caseReplay: CaseReplay): number {
  const walk = (choices: number[], probability: number): number => {
    const session = new ReplaySession(caseReplay, choices);
    toDecision(session);
    // A loop can repeat without end: a path this unlikely is scored where it stands (its weight is negligible).
    if (!session.current || probability < 1e-6) return probability * session.result().score;
    const options = session.current.decision!.options;
    return options.reduce((sum, _, i) => sum + walk([...choices, i], probability / options.length), 0);
  };
  return walk([], 1);
}

interface Figures {
  /** Mean over the graded questions of all quizzes, each question counting once. */
  questions: number;
  /** Mean quiz score. */
  quizzes: number;
  cases: number;
  /** Every quiz and case of the language counting once: the figure the targets apply to. */
  all: number;
}

function figures(quizzes: { score: number; questions: number[] }[], caseScores: number[]): Figures {
  const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  const quizScores = quizzes.map((q) => q.score);
  return { questions: mean(quizzes.flatMap((q) => q.questions)), quizzes: mean(quizScores), cases: mean(caseScores), all: mean([...quizScores, ...caseScores]) };
}

const content = await loadContent(defaultContentRoots());
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const line = (name: string, f: Figures) =>
  `  ${name.padEnd(30)} questions ${percent(f.questions).padStart(6)}   quizzes ${percent(f.quizzes).padStart(6)}   cases ${percent(f.cases).padStart(6)}   all ${percent(f.all).padStart(6)}`;

describe.each(LANGS)('simulated learners on the shipped %s quizzes and cases', (lang: Lang) => {
  const quizzes = content.quizzes.filter((q) => q.lang === lang);
  const cases = content.cases.filter((c) => c.lang === lang);
  const play = (learner: Learner, attemptSeed: number, random: Random = mulberry32(attemptSeed)) =>
    figures(
      quizzes.map((quiz) => playQuiz(quiz, learner, attemptSeed, random)),
      cases.map((caseReplay) => playCase(caseReplay, learner, random)),
    );
  const chance = figures(
    quizzes.map((quiz) => {
      const questions = gradedQuestions(quiz).map(chanceOfQuestion);
      return { score: questions.reduce((sum, v) => sum + v, 0) / questions.length, questions };
    }),
    cases.map(chanceOfCase),
  );
  const wiseTrue = play(testWise(true), 1);
  const wiseFalse = play(testWise(false), 1);
  const wise = wiseTrue.all >= wiseFalse.all ? wiseTrue : wiseFalse;
  const first = play(firstOption, 1);
  const runs = indices(RANDOM_RUNS).map((run) => play(randomLearner, run + 1).all);
  const randomMean = runs.reduce((sum, v) => sum + v, 0) / runs.length;
  const standardError = Math.sqrt(runs.reduce((sum, v) => sum + (v - randomMean) ** 2, 0) / (runs.length - 1) / runs.length);
  const expert = play(knowing, 1);

  console.log(
    [
      `Simulated learners, ${lang}: ${quizzes.length} quizzes (${quizzes.reduce((n, q) => n + gradedQuestions(q).length, 0)} graded questions, recall cards left out), ${cases.length} cases`,
      line(`test-wise (true/false ${wise === wiseTrue ? 'true' : 'false'})`, wise),
      line(`test-wise (true/false ${wise === wiseTrue ? 'false' : 'true'})`, wise === wiseTrue ? wiseFalse : wiseTrue),
      line('first option', first),
      line('chance (exact, by item type)', chance),
      `  ${`random (${RANDOM_RUNS} seeded runs)`.padEnd(30)} all ${percent(randomMean)} ± ${percent(standardError)} (standard error)`,
      line('knows the answers', expert),
    ].join('\n'),
  );

  it('has quizzes and cases to play', () => {
    expect(quizzes.length).toBeGreaterThan(0);
    expect(cases.length).toBeGreaterThan(0);
  });

  it(`a test-wise learner (longest option, one true/false value) scores at most ${percent(TARGET)}`, () => {
    expect(wise.all).toBeLessThanOrEqual(TARGET);
  });

  it(`a learner who always picks the first option scores at most ${percent(TARGET)}`, () => {
    expect(first.all).toBeLessThanOrEqual(TARGET);
  });

  it('a random learner scores the chance level of the item types', () => {
    expect(Math.abs(randomMean - chance.all)).toBeLessThanOrEqual(RANDOM_BAND_SE * standardError);
    expect(chance.all).toBeLessThan(TARGET);
  });

  it('a learner who knows the answers scores 100%', () => {
    expect(expert).toEqual({ questions: 1, quizzes: 1, cases: 1, all: 1 });
  });
});
