// Markdown written inside YAML (prompts, feedback, narratives, …) follows the link rules of playbooks.
// markdown-it cannot map back into a YAML scalar, so problems are reported at the field's node.
import type { Diagnostic } from '../model';
import { scanMarkdown } from '../markdown/scanMarkdown';
import type { ContentReference } from './parseResult';
import type { YamlPath, YamlSource } from './yamlSource';

export interface MarkdownFieldCheck {
  diagnostics: Diagnostic[];
  /** Links to playbooks, for the reference check once everything is loaded. */
  references: ContentReference[];
}

/** An HTML tag (raw HTML is off, so it would show as text), such as text imported from GIFT's [html] format. */
const HTML_TAG = /<\/?(?:p|br|b|strong|i|em|u|a|span|div|ul|ol|li|h[1-6]|img|table|tr|td|th|font|sub|sup|code|pre)\b[^<>]*>/i;

/** Checks each Markdown field found at `paths` (fields that are absent are skipped). */
export function checkMarkdownFields(yaml: YamlSource, fields: [path: YamlPath, markdown: string | undefined][], documentPath: string): MarkdownFieldCheck {
  const result: MarkdownFieldCheck = { diagnostics: [], references: [] };
  for (const [path, markdown] of fields) {
    if (!markdown) continue;
    const tag = HTML_TAG.exec(markdown);
    if (tag) {
      result.diagnostics.push(yaml.diagnostic(path, 'warning', `HTML markup ${tag[0]} is shown as written, not as formatting: write Markdown instead (**bold**, *italic*, [text](url), a blank line between paragraphs)`));
    }
    const scan = scanMarkdown(markdown, documentPath);
    if (scan.breach) result.diagnostics.push(yaml.diagnostic(path, 'error', `this text: ${scan.breach.message}`));
    for (const ref of scan.references) {
      const { target } = ref;
      if (target.kind === 'refused') {
        result.diagnostics.push(yaml.diagnostic(path, 'error', `${ref.kind} refused: ${target.reason}`));
      } else if (target.kind === 'internal' && target.playbook === null) {
        result.diagnostics.push(yaml.diagnostic(path, 'error', `link "#${target.anchor}" needs the playbook it points into: write playbook-id#${target.anchor}`));
      } else if (target.kind === 'internal' && target.playbook !== null) {
        result.references.push({ kind: 'playbook', id: target.playbook, ...(target.anchor ? { anchor: target.anchor } : {}), ...yaml.at(path) });
      }
    }
  }
  return result;
}
