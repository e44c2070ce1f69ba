import { describe, expect, it } from 'vitest';
import { CASE, contentOf, QUIZ, ROOT, SAMPLE } from './sampleTexts.fixture';
import { validateDraft } from './validateDraft';

const content = contentOf(SAMPLE);
const quizFile = `${ROOT}/content/quizzes/en/discovery-quiz.yaml`;

describe('validateDraft', () => {
  it('gives the parsed item of a valid draft for the preview', () => {
    const check = validateDraft('quiz', QUIZ.replace('title: Discovery quiz', 'title: Renamed'), { root: ROOT, file: quizFile }, content);
    expect(check.diagnostics).toEqual([]);
    expect(check.item).toMatchObject({ kind: 'quiz', title: 'Renamed' });
  });

  it('reports the draft’s own errors at their line and column, without an item', () => {
    const check = validateDraft('quiz', QUIZ.replace('answer: true', 'answer: yes'), { root: ROOT, file: quizFile }, content);
    expect(check.item).toBeUndefined();
    expect(check.diagnostics).toEqual([{ file: quizFile, line: 9, column: 13, severity: 'error', message: '"questions[0].answer" must be true or false, not text "yes"' }]);
  });

  it('checks references against the loaded content', () => {
    const check = validateDraft('quiz', QUIZ.replace('ref: discovery-call#prep', 'ref: discovery-call#prepp'), { root: ROOT, file: quizFile }, content);
    expect(check.diagnostics).toMatchObject([{ line: 11, column: 10, severity: 'error', message: expect.stringContaining('has no section or block "#prepp" (did you mean "prep"?)') }]);
    expect(check.item).toBeDefined();
  });

  it('shows the item-writing warnings at the option, and keeps the item for the preview', () => {
    const caseFile = `${ROOT}/content/cases/en/tender.yaml`;
    const draft = CASE.replace('{ text: Ask,', '{ text: Ask who besides the buyer will weigh the offers,').replace('      converges: true\n', '');
    const check = validateDraft('case', draft, { root: ROOT, file: caseFile }, content);
    expect(check.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity}: ${d.message.slice(0, 4)}`)).toEqual(['10:5 warning: [C2]', '13:11 warning: [C1]']);
    expect(check.item).toBeDefined();
  });

  it('catches an id another file of the same root already uses', () => {
    const other = `${ROOT}/content/quizzes/en/copy.yaml`;
    expect(validateDraft('quiz', QUIZ, { root: ROOT, file: other }, content).diagnostics).toMatchObject([
      { file: other, line: 1, column: 5, severity: 'error', message: expect.stringContaining('content/quizzes/en/discovery-quiz.yaml already uses it') },
    ]);
  });
});
