import type { CaseReplay, CaseStep } from '../model';
import { checkCaseGraph } from './checkCaseGraph';
import { checkMarkdownFields } from './checkMarkdownField';
import { checkCaseQuality } from './itemQuality';
import { parseResult, pathInRoot, qualityWarnings, readYamlItem, referenceAt, type ContentSource, type ParseResult } from './parseResult';
import type { YamlPath } from './yamlSource';
import { caseSchema } from './schemas';

export function parseCase(text: string, source: ContentSource): ParseResult<CaseReplay> {
  const { yaml, value, diagnostics } = readYamlItem(text, source.file, caseSchema);
  if (!value) return { diagnostics };
  const steps: CaseStep[] = value.steps.map((step, i) => ({ ...step, line: yaml.at(['steps', i]).line }));
  diagnostics.push(...checkCaseGraph(yaml, value.start, steps));
  diagnostics.push(...qualityWarnings(yaml, checkCaseQuality(steps.map((step, i) => ({ item: step, path: ['steps', i] })))));
  const fields: [YamlPath, string | undefined][] = [
    [['debrief'], value.debrief],
    ...value.lessons.map((lesson, i): [YamlPath, string] => [['lessons', i, 'text'], lesson.text]),
    ...steps.flatMap((step, i): [YamlPath, string | undefined][] => [
      [['steps', i, 'narrative'], step.narrative],
      [['steps', i, 'commentary'], step.commentary],
      [['steps', i, 'decision', 'prompt'], step.decision?.prompt],
      ...(step.decision?.options ?? []).flatMap((option, j): [YamlPath, string][] => [
        [['steps', i, 'decision', 'options', j, 'text'], option.text],
        [['steps', i, 'decision', 'options', j, 'outcome'], option.outcome],
      ]),
    ]),
  ];
  const markdown = checkMarkdownFields(yaml, fields, pathInRoot(source));
  diagnostics.push(...markdown.diagnostics);
  const references = [
    ...value.playbooks.map((id, i) => referenceAt(yaml, ['playbooks', i], 'playbook', id)),
    ...value.lessons.flatMap((lesson, i) => (lesson.ref ? [referenceAt(yaml, ['lessons', i, 'ref'], 'playbook', lesson.ref)] : [])),
    ...markdown.references,
  ];
  const lessons = value.lessons.map((lesson, i) => ({ ...lesson, line: yaml.at(['lessons', i]).line }));
  return parseResult<CaseReplay>({ kind: 'case', ...value, steps, lessons, source: { ...source, line: 1 } }, diagnostics, yaml.at(['id']), references);
}
