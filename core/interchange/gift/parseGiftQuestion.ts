// One GIFT question, read the way Moodle reads it (question/format/gift): name, text, the answer in braces,
// general feedback after `####`, the type told apart by the answer's markers. Types the trainer cannot use
// (numerical, short answer, missing word, description) are reported where they are written.
import type { Severity } from '../../model';
import {
  findLastUnescaped,
  findUnescaped,
  readFormattedText,
  sliceSpan,
  splitBeforeMarkers,
  trimSpan,
  unescapeGift,
  type Span,
  type TextFormat,
} from './giftText';

/** A problem at an offset of the GIFT file; the importer turns offsets into lines and columns. */
export interface GiftProblem {
  at: number;
  severity: Severity;
  message: string;
}

export interface GiftOption {
  text: string;
  /** Written with `=` (the one right answer of a single-choice question). */
  exact: boolean;
  /** Percent of the mark: 100 for `=`, `%w%` after `~`, else 0. */
  weight: number;
  feedback: string;
  at: number;
}

export type GiftAnswer =
  | { kind: 'choice'; options: GiftOption[] }
  | { kind: 'truefalse'; value: boolean; feedbacks: string[] }
  | { kind: 'match'; pairs: { left: string; right: string; at: number }[] }
  | { kind: 'essay' };

export interface GiftQuestion {
  title?: string;
  prompt: string;
  format?: TextFormat;
  answer: GiftAnswer;
  generalFeedback: string;
  /** Offsets of the question's first character and of its `{`. */
  start: number;
  answerAt: number;
}

type Parsed = { question?: GiftQuestion; problems: GiftProblem[] };

const WEIGHT = /^%(-?\d{1,3}(?:\.\d+)?)%/;
const TRUE_FALSE: Record<string, boolean> = { T: true, TRUE: true, F: false, FALSE: false };

const NUMERICAL_UNSUPPORTED = 'numerical questions ({#…}) are not supported; rewrite it as multiple choice with ~ for the wrong answers';

export function parseGiftQuestion(source: Span): Parsed {
  const body = trimSpan(source);
  const fail = (at: number, message: string): Parsed => ({ problems: [{ at, severity: 'error', message }] });
  let title: string | undefined;
  let rest = body;
  if (body.text.startsWith('::')) {
    const end = findUnescaped(body.text, '::', 2);
    if (end < 0) return fail(body.start, 'the question name opened with "::" is not closed; write ::name:: before the question text');
    title = unescapeGift(body.text.slice(2, end)).trim();
    rest = sliceSpan(body, end + 2);
  }
  const open = findUnescaped(rest.text, '{');
  const close = findUnescaped(rest.text, '}', Math.max(open, 0));
  if (open < 0 && close < 0) {
    return { problems: [{ at: body.start, severity: 'warning', message: 'text without an answer in { } is a description, not a question; skipped' }] };
  }
  if (open < 0) return fail(rest.start + close, '"}" without an opening "{"; write \\} for a literal brace');
  if (close < 0) return fail(rest.start + open, '"{" without a closing "}"; the answer must be closed before the next blank line');
  const nested = findUnescaped(rest.text, '{', open + 1);
  if (nested >= 0 && nested < close) return fail(rest.start + nested, 'a "{" inside the answer; write \\{ for a literal brace');
  if (rest.text.slice(close + 1).trim() !== '') {
    // {#…} is numerical wherever it stands: name that, not the text after it.
    if (rest.text.slice(open + 1).trimStart().startsWith('#')) return fail(rest.start + open, NUMERICAL_UNSUPPORTED);
    return fail(rest.start + open, 'text after the answer makes this a missing-word (cloze) question, which is not supported; put the answer at the end of the question');
  }
  const prompt = readFormattedText(rest.text.slice(0, open));
  if (prompt.text === '') return fail(rest.start, 'the question has no text before its answer');
  const answerAt = rest.start + open;
  const inside = sliceSpan(rest, open + 1, close);
  const separator = findLastUnescaped(inside.text, '####');
  const generalFeedback = separator < 0 ? '' : readFormattedText(inside.text.slice(separator + 4)).text;
  const answers = trimSpan(separator < 0 ? inside : sliceSpan(inside, 0, separator));
  const read = readAnswer(answers, answerAt);
  if (!read.answer) return { problems: read.problems };
  return {
    question: { ...(title ? { title } : {}), prompt: prompt.text, ...(prompt.format ? { format: prompt.format } : {}), answer: read.answer, generalFeedback, start: body.start, answerAt },
    problems: read.problems,
  };
}

function readAnswer(answers: Span, answerAt: number): { answer?: GiftAnswer; problems: GiftProblem[] } {
  const text = answers.text;
  const unsupported = (message: string) => ({ problems: [{ at: answerAt, severity: 'error' as const, message }] });
  if (text === '') return { answer: { kind: 'essay' }, problems: [] };
  if (text.startsWith('#')) return unsupported(NUMERICAL_UNSUPPORTED);
  if (findUnescaped(text, '~') >= 0) return readChoices(answers);
  if (findUnescaped(text, '=') >= 0 && text.includes('->')) return readPairs(answers);
  const hash = findUnescaped(text, '#');
  const value = TRUE_FALSE[(hash < 0 ? text : text.slice(0, hash)).trim()];
  if (value !== undefined) {
    const second = hash < 0 ? -1 : findUnescaped(text, '#', hash + 1);
    const feedbacks = hash < 0 ? [] : second < 0 ? [text.slice(hash + 1)] : [text.slice(hash + 1, second), text.slice(second + 1)];
    return { answer: { kind: 'truefalse', value, feedbacks: feedbacks.map((f) => readFormattedText(f).text).filter(Boolean) }, problems: [] };
  }
  return unsupported('short-answer questions (typed answers, {=a =b}) are not supported; add wrong answers with ~ to make it multiple choice');
}

function readChoices(answers: Span): { answer?: GiftAnswer; problems: GiftProblem[] } {
  const { head, pieces } = splitBeforeMarkers(answers, ['=', '~']);
  const problems: GiftProblem[] = [];
  if (head.text.trim() !== '') problems.push({ at: head.start, severity: 'error', message: 'text before the first answer; every answer starts with = (right) or ~ (wrong)' });
  const options = pieces.map((piece): GiftOption => {
    const exact = piece.text.startsWith('=');
    const afterMarker = piece.text.slice(1).trimStart();
    const weight = WEIGHT.exec(afterMarker);
    const written = exact || !weight ? afterMarker : afterMarker.slice(weight[0].length);
    const hash = findUnescaped(written, '#');
    const option = {
      text: readFormattedText(hash < 0 ? written : written.slice(0, hash)).text,
      exact,
      weight: exact ? 100 : weight ? Number(weight[1]) : 0,
      feedback: hash < 0 ? '' : readFormattedText(written.slice(hash + 1)).text,
      at: piece.start,
    };
    if (option.text === '') problems.push({ at: piece.start, severity: 'error', message: 'an answer without text' });
    return option;
  });
  if (options.length < 2) problems.push({ at: answers.start, severity: 'error', message: 'a multiple-choice question needs at least two answers' });
  return problems.some((p) => p.severity === 'error') ? { problems } : { answer: { kind: 'choice', options }, problems };
}

function readPairs(answers: Span): { answer?: GiftAnswer; problems: GiftProblem[] } {
  const { head, pieces } = splitBeforeMarkers(answers, ['=']);
  const problems: GiftProblem[] = [];
  if (head.text.trim() !== '') problems.push({ at: head.start, severity: 'error', message: 'text before the first pair; every pair is written =left -> right' });
  const pairs: { left: string; right: string; at: number }[] = [];
  for (const piece of pieces) {
    const arrow = piece.text.indexOf('->');
    if (arrow < 0) {
      problems.push({ at: piece.start, severity: 'error', message: 'a matching pair needs "->" between its two sides: =left -> right' });
      continue;
    }
    const left = readFormattedText(piece.text.slice(1, arrow)).text;
    const right = unescapeGift(piece.text.slice(arrow + 2)).trim();
    if (left === '') {
      problems.push({ at: piece.start, severity: 'warning', message: `the extra answer "${right}" (a pair without a left side) is dropped; matching here pairs every item with one answer` });
    } else {
      pairs.push({ left, right, at: piece.start });
    }
  }
  if (pairs.length < 2) problems.push({ at: answers.start, severity: 'error', message: 'a matching question needs at least two pairs' });
  return problems.some((p) => p.severity === 'error') ? { problems } : { answer: { kind: 'match', pairs }, problems };
}
