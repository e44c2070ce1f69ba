// Checklists inside pinned tactics: the task-list items (`- [ ] ...`) of a block's Markdown, with stable keys
// so the learner's ticks survive reloads, and the Markdown rewritten with those ticks for export.
import { toPlainText } from '../../../core/markdown/createMarkdown';
import type { PrepItemRef } from '../../../core/api/contract';

const TASK_ITEM = /^(\s*(?:[-*+]|\d+[.)])\s+\[)([ xX])(\]\s+)(.*)$/;
const FENCE = /^\s*(```|~~~)/;

export interface ChecklistItem {
  key: string;
  text: string;
}

/** `<lang>/<playbook>#<anchor>/<n>`: the n-th task item of a pinned item. */
function checklistKey(item: PrepItemRef, index: number): string {
  return `${item.lang}/${item.playbookId}#${item.anchor}/${index}`;
}

/** Task-list lines outside code fences, in order, with their line index. */
function taskLines(markdown: string): { line: number; match: RegExpExecArray }[] {
  const found: { line: number; match: RegExpExecArray }[] = [];
  let inFence = false;
  markdown.split('\n').forEach((text, line) => {
    if (FENCE.test(text)) inFence = !inFence;
    const match = inFence ? null : TASK_ITEM.exec(text);
    if (match) found.push({ line, match });
  });
  return found;
}

export function checklistOf(markdown: string, item: PrepItemRef): ChecklistItem[] {
  return taskLines(markdown).map(({ match }, index) => ({ key: checklistKey(item, index), text: toPlainText(match[4]!).trim() }));
}

/** The Markdown with each task item ticked exactly when its key is in `checked`. */
export function withTicks(markdown: string, item: PrepItemRef, checked: ReadonlySet<string>): string {
  const lines = markdown.split('\n');
  taskLines(markdown).forEach(({ line, match }, index) => {
    lines[line] = `${match[1]}${checked.has(checklistKey(item, index)) ? 'x' : ' '}${match[3]}${match[4]}`;
  });
  return lines.join('\n');
}
