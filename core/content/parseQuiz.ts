import { QUESTION_TYPES, type Diagnostic, type Question, type QuestionType, type Quiz } from '../model';
import { checkMarkdownFields } from './checkMarkdownField';
import { checkShape, fieldName } from './checkShape';
import { MAX_QUIZ_QUESTIONS } from './contentLimits';
import { checkQuizQuality, type Located } from './itemQuality';
import { didYouMean } from './nearestName';
import { parseResult, pathInRoot, qualityWarnings, readYamlItem, referenceAt, type ContentSource, type ParseResult } from './parseResult';
import { needsRewrite } from './rewriteMarks';
import { questionSchemas, quizSchema } from './schemas';
import type { YamlPath, YamlSource } from './yamlSource';

export function parseQuiz(text: string, source: ContentSource): ParseResult<Quiz> {
  const { yaml, value, diagnostics } = readYamlItem(text, source.file, quizSchema);
  if (yaml.hasErrors) return { diagnostics };
  // Questions are checked even when the quiz's own fields are wrong, so one run shows every problem.
  const written = (yaml.data as { questions?: unknown } | null)?.questions;
  // Over the limit the schema has said so; checking each of thousands of questions would be work for nothing.
  if (Array.isArray(written) && written.length > MAX_QUIZ_QUESTIONS) return { diagnostics };
  const questions: Question[] = [];
  const located: Located<Question>[] = [];
  const firstLineOfId = new Map<string, number>();
  (Array.isArray(written) ? written : []).forEach((raw, i) => {
    const question = parseQuestion(yaml, raw, ['questions', i], diagnostics);
    if (!question) return;
    located.push({ item: question, path: ['questions', i] });
    const first = firstLineOfId.get(question.id);
    if (first !== undefined) {
      diagnostics.push(yaml.diagnostic(['questions', i, 'id'], 'error', `duplicate question id "${question.id}" (first used at line ${first}); question ids must be unique in a quiz`));
    } else {
      firstLineOfId.set(question.id, question.line);
    }
    questions.push(question);
  });
  const markdown = checkMarkdownFields(yaml, questions.flatMap(markdownFieldsOf), pathInRoot(source));
  diagnostics.push(...markdown.diagnostics);
  if (!value) return { diagnostics };
  diagnostics.push(...qualityWarnings(yaml, checkQuizQuality(value.lang, located)));
  const references = [
    referenceAt(yaml, ['playbook'], 'playbook', value.playbook),
    ...questions.flatMap((q, i) => (q.ref ? [referenceAt(yaml, ['questions', i, 'ref'], 'playbook', q.ref)] : [])),
    ...markdown.references,
  ];
  const drafts = new Set(questions.flatMap((question, i) => (draftOption(yaml, question, ['questions', i], diagnostics) ? [question] : [])));
  return parseResult<Quiz>({ kind: 'quiz', ...value, questions: questions.filter((question) => !drafts.has(question)), source: { ...source, line: 1 } }, diagnostics, yaml.at(['id']), references);
}

/** Reports a question whose options still hold pre-filled text to rewrite (a converted lesson); true when it does. */
function draftOption(yaml: YamlSource, question: Question, path: YamlPath, diagnostics: Diagnostic[]): boolean {
  if (!('options' in question)) return false;
  const index = question.options.findIndex((option) => needsRewrite(option.text) || needsRewrite(option.feedback ?? ''));
  if (index < 0) return false;
  const field = needsRewrite(question.options[index]!.text) ? 'text' : 'feedback';
  diagnostics.push(yaml.diagnostic([...path, 'options', index, field], 'warning', `question "${question.id}" is a draft and is not shown to learners: this option still holds the placeholder text; rewrite it`));
  return true;
}

function parseQuestion(yaml: YamlSource, raw: unknown, path: YamlPath, diagnostics: Diagnostic[]): Question | undefined {
  const type = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>).type : undefined;
  if (!isQuestionType(type)) {
    const field = `"${fieldName([...path, 'type'])}"`;
    const types = QUESTION_TYPES.join(', ');
    const message =
      typeof raw !== 'object' || raw === null || Array.isArray(raw)
        ? `"${fieldName(path)}" must be a question: a mapping with id, type, prompt, …`
        : type === undefined
          ? `missing required field ${field} (one of ${types})`
          : `${field} must be one of ${types}, not "${String(type)}"${didYouMean(String(type), QUESTION_TYPES)}`;
    diagnostics.push(yaml.diagnostic(type === undefined ? path : [...path, 'type'], 'error', message));
    return undefined;
  }
  const shape = checkShape<Omit<Question, 'line'>>(yaml, questionSchemas[type], raw, path);
  diagnostics.push(...shape.diagnostics);
  if (!shape.value) return undefined;
  const question = { ...shape.value, line: yaml.at(path).line } as Question;
  diagnostics.push(...questionRules(yaml, question, path));
  return question;
}

function markdownFieldsOf(question: Question, index: number): [YamlPath, string | undefined][] {
  const at = (...path: (string | number)[]): YamlPath => ['questions', index, ...path];
  const fields: [YamlPath, string | undefined][] = [[at('explain'), question.explain]];
  if (question.type === 'recall') return [...fields, [at('front'), question.front], [at('back'), question.back]];
  fields.push([at('prompt'), question.prompt]);
  if (question.type === 'single' || question.type === 'multiple' || question.type === 'scenario') {
    question.options.forEach((option, i) => fields.push([at('options', i, 'text'), option.text], [at('options', i, 'feedback'), option.feedback]));
  }
  return fields;
}

function isQuestionType(value: unknown): value is QuestionType {
  return QUESTION_TYPES.includes(value as QuestionType);
}

/** The rules of each question type that a shape cannot express. */
function questionRules(yaml: YamlSource, question: Question, path: YamlPath): Diagnostic[] {
  const found: Diagnostic[] = [];
  const error = (at: YamlPath, message: string) => found.push(yaml.diagnostic([...path, ...at], 'error', message));
  if (question.type === 'single' || question.type === 'scenario' || question.type === 'multiple') {
    const correct = question.options.filter((o) => o.correct).length;
    if (question.type === 'multiple' && correct === 0) error(['options'], 'a multiple question needs at least one option with "correct: true"');
    if (question.type !== 'multiple' && correct !== 1) {
      error(['options'], `a ${question.type} question needs exactly one option with "correct: true" (found ${correct})`);
    }
    if (question.type === 'scenario') {
      question.options.forEach((option, i) => {
        if (!option.feedback?.trim()) error(['options', i], 'every option of a scenario needs "feedback": what happens when the learner picks it');
      });
    }
  }
  if (question.type === 'order') {
    reportRepeats(question.steps, (i, text) => error(['steps', i], `step "${text}" appears twice; the right order would be ambiguous`));
  }
  if (question.type === 'match') {
    reportRepeats(question.pairs.map(([left]) => left), (i, text) => error(['pairs', i, 0], `"${text}" appears twice on the left; each item must have one match`));
    reportRepeats(question.pairs.map(([, right]) => right), (i, text) => error(['pairs', i, 1], `"${text}" appears twice on the right; each item must have one match`));
  }
  if (!question.ref) {
    found.push(yaml.diagnostic(path, 'warning', `question "${question.id}" has no "ref"; add ref: playbook-id#anchor so a learner who misses it is sent to the section that teaches it`));
  }
  return found;
}

function reportRepeats(values: string[], report: (index: number, value: string) => void): void {
  const seen = new Set<string>();
  values.forEach((value, i) => {
    if (seen.has(value)) report(i, value);
    seen.add(value);
  });
}
