// Generates a year of a sales team's learning records as NDJSON, streamed to a file (never held in memory):
// 500 reps on the shipped pack's quizzes and cases, statements made by the app's own buildStatement. Planted:
// every 20th rep is elite (high and steady skill), the rest start lower and improve; some reps stop gaining in
// the last weeks (stalled); and one question has a distractor that draws the elite reps (the misleading one).
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { ContentSet, Lang, Question, Quiz } from '../../core/model';
import { competenciesOf } from '../../core/records/competenciesOf';
import { optionKey } from '../../core/records/xapiVocabulary';
import { INTERACTION_TYPES } from '../../core/records/xapiStatement';
import { answered, caseCompleted, playbookRead, quizFinished, rated, repKey, type StatementRep } from '../../test/team/teamStatements';

const DAY = 86_400_000;
export const YEAR_START = Date.UTC(2026, 0, 5, 8);
export const YEAR_END = YEAR_START + 364 * DAY;

export interface PlantedTeam {
  reps: number;
  elite: string[];
  /** Reps who stop improving in the last weeks. */
  stalled: string[];
  misleading: { quizId: string; questionId: string; option: string };
}

/** A seeded generator: the same records on every run. */
function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function keysOf(question: Question): { right: string[]; wrong: string[] } {
  if (question.type === 'truefalse') return { right: [String(question.answer)], wrong: [String(!question.answer)] };
  if ('options' in question) {
    const right = question.options.flatMap((option, i) => (option.correct ? [optionKey(i)] : []));
    const wrong = question.options.flatMap((option, i) => (option.correct ? [] : [optionKey(i)]));
    return { right, wrong };
  }
  return { right: ['a'], wrong: ['b'] };
}

/** The planted question: the first single-choice question with three or more options in this quiz. */
export function plantedQuestion(content: ContentSet, quizId = 'quiz-elite-selling-trap'): PlantedTeam['misleading'] {
  const quiz = content.quizzes.find((candidate) => candidate.id === quizId && candidate.lang === 'en');
  const question = quiz?.questions.find((candidate) => candidate.type === 'single' && candidate.options.length >= 3);
  if (!quiz || !question || !('options' in question)) throw new Error(`no single-choice question to plant in ${quizId}`);
  return { quizId, questionId: question.id, option: keysOf(question).wrong[0]! };
}

class LineWriter {
  private readonly stream;
  private buffer: string[] = [];
  private size = 0;
  count = 0;

  constructor(file: string, append = false) {
    this.stream = createWriteStream(file, { flags: append ? 'a' : 'w' });
  }

  async write(statement: object): Promise<void> {
    const line = JSON.stringify(statement);
    this.buffer.push(line);
    this.size += line.length;
    this.count++;
    if (this.size > 1 << 20) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const ok = this.stream.write(`${this.buffer.join('\n')}\n`);
    this.buffer = [];
    this.size = 0;
    if (!ok) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

interface RepPlan extends StatementRep {
  lang: Lang;
  elite: boolean;
  stallsAt: number;
  base: number;
}

function plan(count: number, random: () => number): RepPlan[] {
  return Array.from({ length: count }, (_, i) => {
    const elite = i % 20 === 0;
    const number = String(i + 1).padStart(3, '0');
    const lang: Lang = i % 10 < 7 ? 'zh-CN' : 'en';
    // One rep in eight stops improving six to ten weeks before the end of the year.
    const stalls = !elite && i % 8 === 3;
    return {
      id: `rep-${number}`,
      name: lang === 'zh-CN' ? `销售${number}` : `Rep ${number}`,
      lang,
      elite,
      stallsAt: stalls ? YEAR_END - (6 + Math.floor(random() * 4)) * 7 * DAY : Infinity,
      base: elite ? 0.86 + random() * 0.08 : 0.3 + random() * 0.4,
    };
  });
}

/**
 * Skill at a time: elite reps are steady; the others improve by up to 0.25 over the year, until a stalled rep stops
 * trying (clicks through at half their level, so sets no new best).
 */
function skill(rep: RepPlan, at: number): number {
  if (rep.elite) return rep.base;
  if (at >= rep.stallsAt) return rep.base / 2;
  const progress = (Math.min(at, rep.stallsAt) - YEAR_START) / (YEAR_END - YEAR_START);
  return Math.min(0.95, rep.base + 0.25 * progress);
}

export interface GenerateOptions {
  reps: number;
  /** About this many statements in all. */
  statements: number;
  from?: number;
  to?: number;
  seed?: number;
}

/** Writes the records to `file`; returns what was planted and how many statements were written. */
export async function generateTeamRecords(content: ContentSet, file: string, options: GenerateOptions): Promise<PlantedTeam & { written: number }> {
  const random = seeded(options.seed ?? 2026);
  const reps = plan(options.reps, random);
  const planted = plantedQuestion(content);
  const from = options.from ?? YEAR_START;
  const to = options.to ?? YEAR_END;
  const quizzesBy = (lang: Lang) => content.quizzes.filter((quiz) => quiz.lang === lang);
  const casesBy = (lang: Lang) => content.cases.filter((replay) => replay.lang === lang);
  const competencies = new Map<string, string[]>();
  const competenciesFor = (kind: 'quiz' | 'case', id: string) => {
    const key = `${kind}|${id}`;
    if (!competencies.has(key)) competencies.set(key, competenciesOf(content.paths, kind, id));
    return competencies.get(key)!;
  };
  const writer = new LineWriter(file);
  const perRep = options.statements / options.reps;
  for (const rep of reps) {
    const quizzes = quizzesBy(rep.lang);
    const cases = casesBy(rep.lang);
    let written = 0;
    let at = from + random() * DAY;
    // A session writes a quiz's answers and result, up to two ratings, now and then a case or a read: sessions
    // spread over the whole period, so a rep's share ends with the year (not earlier, which would look stalled).
    const session = quizzes.reduce((sum, quiz) => sum + quiz.questions.length, 0) / Math.max(1, quizzes.length) + 3;
    const step = (to - from) / (perRep / session);
    while (written < perRep && at < to) {
      const common = () => ({ id: randomUUID(), rep, at, lang: rep.lang });
      const quiz = quizzes[Math.floor(random() * quizzes.length)] as Quiz;
      const quizCompetencies = competenciesFor('quiz', quiz.id);
      const level = skill(rep, at);
      let right = 0;
      const missed: string[] = [];
      for (const question of quiz.questions) {
        const { right: rightKeys, wrong } = keysOf(question);
        let response = rightKeys;
        let success = random() < level;
        if (quiz.id === planted.quizId && question.id === planted.questionId) {
          // The planted trap: the elite fall for it more than anyone.
          const trapped = random() < (rep.elite ? 0.6 : 0.2);
          success = !trapped && random() < 0.9;
          response = trapped ? [planted.option] : success ? rightKeys : [wrong[1] ?? planted.option];
        } else if (!success) {
          response = [wrong[Math.floor(random() * wrong.length)] ?? 'b'];
        }
        if (success) right++;
        else missed.push(question.id);
        await writer.write(answered(common(), quiz.id, question.id, response, success, quizCompetencies, INTERACTION_TYPES[question.type]));
        written++;
        at += 20_000;
      }
      const score = right / Math.max(1, quiz.questions.length);
      await writer.write(quizFinished(common(), quiz.id, score, score >= quiz.passScore, quizCompetencies));
      written++;
      // Missed questions are reviewed the next day; the session clock moves on from the quiz, not from the reviews
      // (advancing it a day per review used up the year before the reps reached their share of statements).
      for (const questionId of missed.slice(0, 2)) {
        await writer.write(rated({ ...common(), at: at + DAY }, quiz.id, questionId, random() < level ? 'good' : 'again', quizCompetencies));
        written++;
      }
      if (random() < 0.12 && cases.length > 0) {
        const replay = cases[Math.floor(random() * cases.length)]!;
        const choices = replay.steps
          .filter((caseStep) => caseStep.decision)
          .map((caseStep) => {
            const options = caseStep.decision!.options;
            const eliteIndex = options.findIndex((option) => option.elite);
            const followsElite = random() < level;
            const index = followsElite || options.length === 1 ? eliteIndex : (eliteIndex + 1 + Math.floor(random() * (options.length - 1))) % options.length;
            return { step: caseStep.id, option: optionKey(index), elite: index === eliteIndex };
          });
        const share = choices.filter((choice) => choice.elite).length / Math.max(1, choices.length);
        await writer.write(caseCompleted(common(), replay.id, share, choices, competenciesFor('case', replay.id)));
        written++;
      }
      if (random() < 0.08) {
        await writer.write(playbookRead(common(), quiz.playbook));
        written++;
      }
      at += step * (0.5 + random());
    }
  }
  await writer.close();
  return {
    reps: reps.length,
    elite: reps.filter((rep) => rep.elite).map(repKey),
    stalled: reps.filter((rep) => rep.stallsAt !== Infinity).map(repKey),
    misleading: planted,
    written: writer.count,
  };
}
