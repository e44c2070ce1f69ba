// One quiz → Moodle GIFT. single/multiple/truefalse/match have GIFT equivalents; the others are written as the
// nearest GIFT question a Moodle learner can still answer (order → matching of position → step, scenario →
// single choice with feedback, recall → essay with the back as general feedback). A `// pbt:` comment above each
// question keeps what GIFT cannot say, so importGift reads the file back without loss.
import type { Diagnostic, Option, Question, Quiz } from '../../model';
import { writeGiftMarker, type GiftMarker } from './giftMarker';
import { escapeGift } from './giftText';

export function exportGift(quiz: Quiz): { text: string; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const header = [
    `// Quiz "${oneLine(quiz.title)}" (id ${quiz.id}, ${quiz.lang}) on playbook ${quiz.playbook}, pass score ${quiz.passScore}.`,
    '// Exported from Playbook Trainer. The "// pbt:" comments let it import this file back without loss; Moodle ignores them.',
    `$CATEGORY: ${oneLine(quiz.title).replaceAll('/', '//')}`,
  ].join('\n');
  const questions = quiz.questions.map((question) => {
    if (question.type === 'match') {
      for (const [left] of question.pairs) {
        if (left.includes('->')) {
          diagnostics.push({
            file: quiz.source.file,
            line: question.line,
            column: 1,
            severity: 'warning',
            message: `"${left}" contains "->", which GIFT reads as the arrow between the two sides of a pair; reword it`,
          });
        }
      }
    }
    return [writeGiftMarker(markerOf(question)), `::${question.id}::[markdown]${writeQuestion(question)}`].join('\n');
  });
  return { text: `${[header, ...questions].join('\n\n')}\n`, diagnostics };
}

function markerOf(question: Question): GiftMarker {
  const explain = question.type === 'recall' && question.explain ? { explain: question.explain } : {};
  return { type: question.type, ...(question.ref ? { ref: question.ref } : {}), ...explain };
}

function writeQuestion(question: Question): string {
  switch (question.type) {
    case 'single':
    case 'scenario':
      return block(question.prompt, question.options.map((o) => choice(o.correct ? '=' : wrongMarker(o.text), o)), question.explain);
    case 'multiple': {
      const share = weight(100 / question.options.filter((o) => o.correct).length);
      return block(question.prompt, question.options.map((o) => choice(`~%${o.correct ? '' : '-'}${share}%`, o)), question.explain);
    }
    case 'truefalse':
      return `${written(question.prompt)}{${question.answer ? 'TRUE' : 'FALSE'}${generalFeedback(question.explain)}}`;
    case 'order':
      return block(question.prompt, question.steps.map((step, i) => `=${i + 1} -> ${written(step)}`), question.explain);
    case 'match':
      return block(question.prompt, question.pairs.map(([left, right]) => `=${written(left)} -> ${written(right)}`), question.explain);
    case 'recall':
      return `${written(question.front)}{${generalFeedback(question.back)}}`;
  }
}

/** The answer in braces with one answer per line, as Moodle writes it. */
function block(prompt: string, answers: string[], explain: string): string {
  const lines = [...answers, ...(explain ? [generalFeedback(explain)] : [])].map((line) => `\t${line}`);
  return `${written(prompt)}{\n${lines.join('\n')}\n}`;
}

function choice(marker: string, option: Option): string {
  return `${marker}${written(option.text)}${option.feedback ? `#${written(option.feedback)}` : ''}`;
}

/** A wrong answer is `~text`, unless the text itself starts like a weight (`%50% of buyers…`). */
function wrongMarker(text: string): string {
  return text.startsWith('%') ? '~%0%' : '~';
}

function generalFeedback(text: string): string {
  return text ? `####${written(text)}` : '';
}

/** Moodle's grade list has 100/n rounded to 5 decimals (33.33333, 16.66667, …). */
function weight(percent: number): string {
  return String(Number(percent.toFixed(5)));
}

/** GIFT readers trim every text, so surrounding space (a YAML block's last line break) is not written. */
function written(text: string): string {
  return escapeGift(text.trim());
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
