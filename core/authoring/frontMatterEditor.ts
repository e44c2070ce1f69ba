import { splitFrontMatter } from '../content/frontMatter';
import { YamlEditor } from './yamlEdits';

/** An editor of a Markdown file's front matter whose edits are offsets in the whole (`\n`-ended) file. */
export function frontMatterEditor(text: string): YamlEditor | undefined {
  const split = splitFrontMatter(text);
  return split.ok ? YamlEditor.parse(split.yaml, split.lines[0]!.length + 1) : undefined;
}
