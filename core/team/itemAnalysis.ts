// Classical item analysis of the questions reps answered: facility (share of answers right), discrimination
// (the upper group's facility minus the rest's; the upper group is the marked elite reps, else the top 27% of
// reps by evidence) and, per wrong option, how often it is chosen and by whom. A distractor that draws the
// upper group at least as much as the rest, or more answers than the right one, misleads; a question the upper
// group gets wrong more often than the rest, or almost nobody gets right, is broken.
import type { ContentSet, Question } from '../model';
import { findItem } from '../content/findItem';
import { optionKey } from '../records/xapiVocabulary';
import type { RepState } from './TeamAggregate';

/** Below this many answers a question's figures are shown but never flagged: too few to mean anything. */
export const MIN_ANSWERS = 20;
/** Nor is a comparison of the two groups when either gave fewer answers than this. */
export const MIN_GROUP_ANSWERS = 10;
/** A distractor chosen by fewer of the upper group's answers than this is no trap, whatever the rest do. */
export const MISLEADING_SHARE = 0.15;
/** A question fewer answers get right than this is broken (or teaches something the playbook does not). */
export const BROKEN_FACILITY = 0.2;
/** The share of reps in the upper group when no elite reps are marked (Kelley's 27%). */
export const TOP_GROUP_SHARE = 0.27;

export interface OptionAnalysis {
  key: string;
  /** Times chosen in a wrong answer. */
  chosen: number;
  /** Share of all answers that chose it wrongly. */
  share: number;
  upperShare: number | null;
  lowerShare: number | null;
  /** A right option (of a multiple-answer question) that was part of wrong answers: never a distractor. */
  correct: boolean;
  text?: string;
  misleading: boolean;
}

export type QuestionFlag = 'misleading-distractor' | 'broken';

export interface QuestionAnalysis {
  quizId: string;
  id: string;
  lang: string;
  prompt?: string;
  answered: number;
  facility: number;
  discrimination: number | null;
  options: OptionAnalysis[];
  flags: QuestionFlag[];
}

export type UpperGroup = { basis: 'elite' | 'top-group'; actors: ReadonlySet<string> };

/** The elite reps when any are marked (and in the records), else the top 27% by overall evidence. */
export function upperGroup(overallEvidence: ReadonlyMap<string, number>, elite: ReadonlySet<string>): UpperGroup {
  const marked = [...elite].filter((actor) => overallEvidence.has(actor));
  if (marked.length > 0) return { basis: 'elite', actors: new Set(marked) };
  const ranked = [...overallEvidence].sort((a, b) => b[1] - a[1]);
  const size = Math.max(1, Math.round(ranked.length * TOP_GROUP_SHARE));
  return { basis: 'top-group', actors: new Set(ranked.slice(0, size).map(([actor]) => actor)) };
}

export interface Tally {
  n: number;
  right: number;
  wrong: Map<string, number>;
}
const emptyTally = (): Tally => ({ n: 0, right: 0, wrong: new Map() });

function correctKeys(question: Question | undefined): Set<string> {
  if (!question) return new Set();
  if (question.type === 'truefalse') return new Set([String(question.answer)]);
  if ('options' in question) return new Set(question.options.flatMap((option, index) => (option.correct ? [optionKey(index)] : [])));
  return new Set();
}

function optionText(question: Question | undefined, key: string): string | undefined {
  if (!question || !('options' in question)) return undefined;
  return question.options.find((_, index) => optionKey(index) === key)?.text;
}

function promptOf(question: Question | undefined): string | undefined {
  if (!question) return undefined;
  return 'prompt' in question ? question.prompt : question.front;
}

function addAnswers(tallies: Map<string, Tally>, rep: RepState): void {
  for (const key in rep.answers) {
    const answers = rep.answers[key]!;
    let tally = tallies.get(key);
    if (!tally) tallies.set(key, (tally = emptyTally()));
    tally.n += answers.n;
    tally.right += answers.right;
    for (const option in answers.wrong) tally.wrong.set(option, (tally.wrong.get(option) ?? 0) + answers.wrong[option]!);
  }
}

/** Every rep's answers summed per question (`answerKey`): what does not depend on who is in the upper group. */
export type AnswerTotals = ReadonlyMap<string, Readonly<Tally>>;

export function answerTotals(reps: Readonly<Record<string, RepState>>): AnswerTotals {
  const totals = new Map<string, Tally>();
  for (const actor in reps) addAnswers(totals, reps[actor]!);
  return totals;
}

/** `totals`: from `answerTotals` on the same reps, when the caller kept them; the rest is then the totals less the upper group. */
export function analyseQuestions(reps: Readonly<Record<string, RepState>>, group: UpperGroup, content?: ContentSet, totals: AnswerTotals = answerTotals(reps)): QuestionAnalysis[] {
  const upperTallies = new Map<string, Tally>();
  for (const actor of group.actors) {
    const rep = reps[actor];
    if (rep) addAnswers(upperTallies, rep);
  }
  const tallies = new Map<string, { upper: Tally; lower: Tally }>();
  for (const [key, total] of totals) {
    const upper = upperTallies.get(key) ?? emptyTally();
    const wrong = new Map(total.wrong);
    for (const [option, count] of upper.wrong) {
      const rest = (wrong.get(option) ?? 0) - count;
      if (rest > 0) wrong.set(option, rest);
      else wrong.delete(option);
    }
    tallies.set(key, { upper, lower: { n: total.n - upper.n, right: total.right - upper.right, wrong } });
  }
  const rows: QuestionAnalysis[] = [];
  for (const [key, { upper, lower }] of tallies) {
    const [lang = '', quizId = '', id = ''] = key.split('|');
    const quiz = content ? findItem(content.quizzes, quizId, lang as ContentSet['quizzes'][number]['lang']) : undefined;
    const question = quiz?.questions.find((candidate) => candidate.id === id);
    const answered = upper.n + lower.n;
    const facility = answered > 0 ? (upper.right + lower.right) / answered : 0;
    const discrimination = upper.n > 0 && lower.n > 0 ? upper.right / upper.n - lower.right / lower.n : null;
    const right = correctKeys(question);
    const enough = answered >= MIN_ANSWERS;
    const comparable = enough && upper.n >= MIN_GROUP_ANSWERS && lower.n >= MIN_GROUP_ANSWERS;
    const keys = [...new Set([...upper.wrong.keys(), ...lower.wrong.keys()])].sort();
    const options = keys.map((optionKeyValue): OptionAnalysis => {
      const upperCount = upper.wrong.get(optionKeyValue) ?? 0;
      const lowerCount = lower.wrong.get(optionKeyValue) ?? 0;
      const chosen = upperCount + lowerCount;
      const share = chosen / answered;
      const upperShare = upper.n > 0 ? upperCount / upper.n : null;
      const lowerShare = lower.n > 0 ? lowerCount / lower.n : null;
      const correct = right.has(optionKeyValue);
      const drawsTheBest = comparable && upperShare !== null && upperShare >= MISLEADING_SHARE && (lowerShare === null || upperShare >= lowerShare);
      const text = optionText(question, optionKeyValue);
      return {
        key: optionKeyValue,
        chosen,
        share,
        upperShare,
        lowerShare,
        correct,
        ...(text === undefined ? {} : { text }),
        misleading: enough && !correct && (drawsTheBest || share > facility),
      };
    });
    const flags: QuestionFlag[] = [];
    if (options.some((option) => option.misleading)) flags.push('misleading-distractor');
    if ((comparable && discrimination !== null && discrimination < 0) || (enough && facility < BROKEN_FACILITY)) flags.push('broken');
    const prompt = promptOf(question);
    rows.push({ quizId, id, lang, ...(prompt === undefined ? {} : { prompt }), answered, facility, discrimination, options, flags });
  }
  // Flagged questions first, then the least discriminating: what a trainer should look at first.
  return rows.sort(
    (a, b) => b.flags.length - a.flags.length || (a.discrimination ?? 1) - (b.discrimination ?? 1) || a.quizId.localeCompare(b.quizId) || a.id.localeCompare(b.id) || a.lang.localeCompare(b.lang),
  );
}
