// The Markdown body of a playbook is not kept in memory (search needs only the plain text): it is read from the
// file when a screen shows it, and each section and block is cut out of it by the offsets found at parse time.
import type { Block, Section } from '../model';
import { splitFrontMatter, type FrontMatterSplit } from './frontMatter';

/** The lines of the body: everything after the line that closes the front matter. */
export function bodyLinesOf(split: Extract<FrontMatterSplit, { ok: true }>): string[] {
  return split.lines.slice(split.end + 1);
}

/** The Markdown body of a playbook file's text, exactly as parsePlaybook sees it; undefined without front matter. */
export function playbookBody(text: string): string | undefined {
  const split = splitFrontMatter(text);
  return split.ok ? bodyLinesOf(split).join('\n') : undefined;
}

/** The Markdown of a section or block, given the body of its playbook. */
export function markdownOf(body: string, part: Pick<Section | Block, 'start' | 'end'>): string {
  return body.slice(part.start, part.end);
}

/** Offsets of lines in the text they make joined by '\n'. */
export class LineOffsets {
  /** Where each line starts, and where a line after the last would. */
  private readonly starts: number[];

  constructor(lines: readonly string[]) {
    this.starts = [0];
    for (const line of lines) this.starts.push(this.starts.at(-1)! + line.length + 1);
  }

  /** The range of lines `from` to `to` (exclusive): the offsets of `lines.slice(from, to).join('\n')`. */
  range(from: number, to: number): { start: number; end: number } {
    const count = this.starts.length - 1;
    const first = Math.min(Math.max(from, 0), count);
    const last = Math.min(Math.max(to, first), count);
    const textEnd = Math.max(this.starts[count]! - 1, 0);
    const start = Math.min(this.starts[first]!, textEnd);
    return { start, end: Math.max(start, this.starts[last]! - 1) };
  }
}
