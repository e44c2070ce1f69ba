// A quiz written as the YAML trainers edit (docs/content-format): fields in the documented order,
// defaults left out, multi-line Markdown as block text, match pairs on one line each.
import { Document, isSeq, visit } from 'yaml';
import { DEFAULT_PASS_SCORE, type Option, type Question, type Quiz } from '../model';

export function quizToYaml(quiz: Quiz, comment?: string): string {
  const doc = new Document({
    id: quiz.id,
    lang: quiz.lang,
    title: quiz.title,
    playbook: quiz.playbook,
    ...(quiz.passScore === DEFAULT_PASS_SCORE ? {} : { passScore: quiz.passScore }),
    questions: quiz.questions.map(writtenQuestion),
  });
  visit(doc, {
    Seq(key, node, path) {
      const parent = path.at(-1);
      if (isSeq(parent) && isSeq(node) && key !== null) node.flow = true;
    },
  });
  if (comment) doc.commentBefore = ` ${comment}`;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function writtenQuestion(question: Question): Record<string, unknown> {
  const { line: _line, id, type, explain, ref, ...fields } = question;
  const body = 'options' in fields ? { ...fields, options: fields.options.map(writtenOption) } : fields;
  return { id, type, ...body, ...(explain || type !== 'recall' ? { explain } : {}), ...(ref ? { ref } : {}) };
}

function writtenOption({ text, correct, feedback }: Option): Record<string, unknown> {
  return { text, ...(correct ? { correct } : {}), ...(feedback ? { feedback } : {}) };
}
