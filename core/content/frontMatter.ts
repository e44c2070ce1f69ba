// Markdown content files (playbooks, captured lessons) start with YAML front matter between two `---` lines.
import { normaliseText } from './parseResult';

const FENCE = /^---\s*$/;
const FRONT_MATTER_END = /^(---|\.\.\.)\s*$/;

export type FrontMatterSplit =
  | {
      ok: true;
      /** Every line of the text, line endings normalised. */
      lines: string[];
      /** The YAML between the fences; its first line is line 2 of the file. */
      yaml: string;
      /** 0-based index of the closing fence. */
      end: number;
    }
  | { ok: false; problem: 'missing' | 'unclosed' };

export function splitFrontMatter(text: string): FrontMatterSplit {
  const lines = normaliseText(text).split('\n');
  if (!FENCE.test(lines[0] ?? '')) return { ok: false, problem: 'missing' };
  const end = lines.findIndex((line, i) => i > 0 && FRONT_MATTER_END.test(line));
  if (end < 0) return { ok: false, problem: 'unclosed' };
  return { ok: true, lines, yaml: lines.slice(1, end).join('\n'), end };
}
