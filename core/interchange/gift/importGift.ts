// A Moodle GIFT question bank → one quiz. Every problem names its line and column in the GIFT file;
// a question that cannot be imported is reported and skipped, the others still come through.
import { LineCounter } from 'yaml';
import { DEFAULT_PASS_SCORE, type Diagnostic, type Lang, type Question, type Quiz } from '../../model';
import { formatCount, MAX_FILE_CHARACTERS } from '../../content/contentLimits';
import { normaliseText, type ContentSource } from '../../content/parseResult';
import { readGiftMarker } from './giftMarker';
import { giftToQuestion } from './giftToQuestion';
import { parseGiftQuestion, type GiftProblem } from './parseGiftQuestion';
import { QuestionIds } from './questionId';
import { readGiftFile } from './readGiftFile';

/** What GIFT does not say about the quiz the questions go into. */
export interface GiftQuizTarget {
  id: string;
  lang: Lang;
  playbook: string;
  /** Defaults to the name of the first `$CATEGORY:`, else the quiz id. */
  title?: string;
}

export function importGift(text: string, source: ContentSource, target: GiftQuizTarget): { quiz?: Quiz; diagnostics: Diagnostic[] } {
  if (text.length > MAX_FILE_CHARACTERS) {
    const message = `this file is larger than ${formatCount(MAX_FILE_CHARACTERS)} characters (${formatCount(text.length)}), the most a content file may have; split it into several files`;
    return { diagnostics: [{ file: source.file, line: 1, column: 1, severity: 'error', message }] };
  }
  const gift = normaliseText(text);
  const positions = lineStarts(gift);
  const diagnostics: Diagnostic[] = [];
  const report = (problems: GiftProblem[]) => {
    for (const { at, severity, message } of problems) {
      const { line, col } = positions.linePos(at);
      diagnostics.push({ file: source.file, line, column: col, severity, message });
    }
  };
  const { items, strayMarkers } = readGiftFile(gift);
  report(strayMarkers.map((m) => ({ at: m.start, severity: 'warning', message: 'this "// pbt:" comment belongs to no question; keep it directly above the question, without a blank line' })));

  const ids = new QuestionIds();
  const questions: Question[] = [];
  let category: string | undefined;
  items.forEach((item, position) => {
    if (item.kind === 'category') {
      const name = categoryName(item.path);
      if (category === undefined) category = name;
      else if (name !== category) report([{ at: item.start, severity: 'warning', message: `questions of several categories go into one quiz ("${category}"); "${name}" is not kept` }]);
      return;
    }
    const parsed = parseGiftQuestion(item.body);
    report(parsed.problems);
    if (!parsed.question) return;
    const { marker, problems } = readGiftMarker(item.markers);
    report(problems);
    const { id, renamedFrom } = ids.next(parsed.question.title, parsed.question.prompt, position + 1);
    if (renamedFrom) report([{ at: parsed.question.start, severity: 'warning', message: `question id "${renamedFrom}" is already used in this file; this one becomes "${id}"` }]);
    const converted = giftToQuestion(parsed.question, marker, id, positions.linePos(parsed.question.start).line);
    report(converted.problems);
    if (converted.question) questions.push(converted.question);
  });

  if (questions.length === 0) {
    diagnostics.push({ file: source.file, line: 1, column: 1, severity: 'error', message: 'no question could be imported from this file' });
    return { diagnostics };
  }
  const quiz: Quiz = {
    kind: 'quiz',
    id: target.id,
    lang: target.lang,
    title: target.title ?? category ?? target.id,
    playbook: target.playbook,
    passScore: DEFAULT_PASS_SCORE,
    questions,
    source: { ...source, line: 1 },
  };
  return { quiz, diagnostics: diagnostics.sort((a, b) => a.line - b.line || a.column - b.column) };
}

function lineStarts(text: string): LineCounter {
  const counter = new LineCounter();
  counter.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) counter.addNewLine(i + 1);
  return counter;
}

/**
 * The last level of a Moodle category path (`$course$/top/Sales/Discovery` → `Discovery`);
 * `//` inside a level stands for a slash.
 */
export function categoryName(path: string): string {
  const levels = path
    .split(/(?<!\/)\/(?!\/)/)
    .map((level) => level.replaceAll('//', '/').trim())
    .filter((level) => level !== '' && level !== 'top' && !/^\$\w+\$$/.test(level));
  return levels.at(-1) ?? path;
}
