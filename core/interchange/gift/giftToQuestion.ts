// From a GIFT question to one of ours. GIFT's own types map directly (= right ~ wrong → single, weights without = →
// multiple, T/F → truefalse, pairs → match); our order, scenario and recall come back when the `// pbt:` comment
// written by exportGift names them. What has no place in our model is reported, never dropped silently.
import type { Option, Question, QuestionType } from '../../model';
import type { GiftMarker } from './giftMarker';
import type { GiftAnswer, GiftProblem, GiftQuestion } from './parseGiftQuestion';

type Converted = { question?: Question; problems: GiftProblem[] };

/** Which of our types each GIFT answer can stand for; the first is what it becomes without a `// pbt:` type. */
const TYPES_OF: Record<GiftAnswer['kind'] | 'multi-choice', QuestionType[]> = {
  choice: ['single', 'scenario'],
  'multi-choice': ['multiple'],
  truefalse: ['truefalse'],
  match: ['match', 'order'],
  essay: ['recall'],
};

export function giftToQuestion(gift: GiftQuestion, marker: GiftMarker, id: string, line: number): Converted {
  const problems: GiftProblem[] = [];
  const report = (at: number, severity: GiftProblem['severity'], message: string) => problems.push({ at, severity, message });
  if (gift.format === 'html') {
    report(gift.start, 'warning', 'the text is written in [html]; it is kept as written, but the app shows Markdown, not HTML: convert the markup');
  }
  const answer = gift.answer;
  const kind = answer.kind === 'choice' && !answer.options.some((o) => o.exact) ? 'multi-choice' : answer.kind;
  const allowed = TYPES_OF[kind];
  if (marker.type && !allowed.includes(marker.type)) {
    report(gift.start, 'warning', `the "// pbt:" comment says type "${marker.type}", but this GIFT answer can only be ${allowed.join(' or ')}; imported as ${allowed[0]}`);
  }
  const wanted = marker.type && allowed.includes(marker.type) ? marker.type : allowed[0]!;
  const base = { id, explain: gift.generalFeedback, ...(marker.ref ? { ref: marker.ref } : {}), line };
  const prompt = gift.prompt;

  switch (answer.kind) {
    case 'choice': {
      if (kind === 'multi-choice') {
        const options = answer.options.map((o) => option(o.text, o.weight > 0, o.feedback));
        if (!options.some((o) => o.correct)) {
          report(gift.answerAt, 'error', 'no answer carries a positive weight; mark the right ones like ~%50%right (or use = for the single right answer)');
        }
        return done({ ...base, type: 'multiple', prompt, options });
      }
      const right = answer.options.filter((o) => o.exact).length;
      if (right !== 1) {
        report(gift.answerAt, 'error', `a question with "=" answers needs exactly one of them (found ${right}); for several right answers write ~%50%a ~%50%b`);
      }
      for (const o of answer.options) {
        if (!o.exact && o.weight !== 0) report(o.at, 'warning', `partial credit (${o.weight}%) is not kept: this answer counts as wrong`);
      }
      const options = answer.options.map((o) => option(o.text, o.exact, o.feedback));
      const scenario = wanted === 'scenario' && options.every((o) => o.feedback);
      if (wanted === 'scenario' && !scenario) report(gift.answerAt, 'warning', 'a scenario needs feedback (#…) on every answer; imported as single choice');
      return done({ ...base, type: scenario ? 'scenario' : 'single', prompt, options });
    }
    case 'truefalse': {
      if (answer.feedbacks.length > 0) {
        report(gift.answerAt, 'warning', 'true/false questions here have one explanation, so the per-answer feedback is added to it');
      }
      return done({ ...base, type: 'truefalse', prompt, answer: answer.value, explain: [gift.generalFeedback, ...answer.feedbacks].filter(Boolean).join('\n\n') });
    }
    case 'match': {
      const steps = wanted === 'order' ? stepsInOrder(answer.pairs) : undefined;
      if (wanted === 'order' && !steps) report(gift.answerAt, 'warning', 'an order question is written as pairs "=1 -> first step", "=2 -> …"; imported as matching');
      if (steps) return done({ ...base, type: 'order', prompt, steps });
      return done({ ...base, type: 'match', prompt, pairs: answer.pairs.map((p): [string, string] => [p.left, p.right]) });
    }
    case 'essay':
      if (marker.type !== 'recall') {
        report(gift.answerAt, 'error', 'essay questions ({}) are graded by hand and are not supported; to import one as a recall card, put // pbt: {"type":"recall"} above it and its answer as general feedback {####…}');
        return { problems };
      }
      if (!gift.generalFeedback) report(gift.answerAt, 'error', 'a recall card needs its back as general feedback: {####the answer}');
      return done({ ...base, type: 'recall', front: prompt, back: gift.generalFeedback, explain: marker.explain ?? '' });
  }

  function done(question: Question): Converted {
    if (problems.some((p) => p.severity === 'error')) return { problems };
    // A recall card's explanation is optional (it comes from the "// pbt:" comment); every other question teaches with it.
    if (question.type !== 'recall' && question.explain.trim() === '') {
      report(gift.answerAt, 'warning', 'no general feedback, so the question is imported with an empty "explain": write why the right answer is right, in GIFT as {… ####why} or in the quiz file');
    }
    return { question, problems };
  }
}

function option(text: string, correct: boolean, feedback: string): Option {
  return { text, correct, ...(feedback ? { feedback } : {}) };
}

/** The steps of pairs labelled 1…n on the left (in any order), or undefined when the labels are not exactly that. */
function stepsInOrder(pairs: { left: string; right: string }[]): string[] | undefined {
  const byPosition = new Map(pairs.map((p) => [p.left, p.right]));
  const steps = pairs.map((_, i) => byPosition.get(String(i + 1)));
  return byPosition.size === pairs.length && steps.every((s) => s !== undefined) ? (steps as string[]) : undefined;
}
