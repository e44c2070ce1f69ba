// Which words of a section changed, for marking them inside the old and new text shown side by side.
// Words are cut by Intl.Segmenter, so Chinese text (no spaces) is compared word by word too; spaces and
// punctuation are tokens of their own, so both texts are kept exactly.
import { diffArrays } from 'diff';

export interface TextSpan {
  text: string;
  /** Removed (in the old text) or added (in the new text). */
  changed: boolean;
}

export interface MarkedSides {
  before: TextSpan[];
  after: TextSpan[];
}

/** Past this much work the texts are shown unmarked rather than keeping the screen waiting. */
const TIMEOUT_MS = 150;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

export function markChanges(before: string, after: string): MarkedSides {
  const changes = diffArrays(tokens(before), tokens(after), { timeout: TIMEOUT_MS });
  if (!changes) return { before: [{ text: before, changed: false }], after: [{ text: after, changed: false }] };
  const sides: MarkedSides = { before: [], after: [] };
  for (const change of changes) {
    const text = change.value.join('');
    if (!change.added) push(sides.before, text, change.removed);
    if (!change.removed) push(sides.after, text, change.added);
  }
  return { before: tidy(sides.before), after: tidy(sides.after) };
}

/** Marks start and end on a word: spaces at their edges are shown as unchanged. */
function tidy(spans: TextSpan[]): TextSpan[] {
  const out: TextSpan[] = [];
  for (const span of bridgeSpaces(spans)) {
    const match = span.changed ? /^(\s*)([\s\S]*?)(\s*)$/.exec(span.text) : null;
    if (!match || !match[2]) {
      push(out, span.text, span.changed);
      continue;
    }
    if (match[1]) push(out, match[1], false);
    push(out, match[2], true);
    if (match[3]) push(out, match[3], false);
  }
  return out;
}

/** A lone space kept between two changed runs is part of the change ("the delay" is one mark, not two). */
function bridgeSpaces(spans: TextSpan[]): TextSpan[] {
  const out: TextSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const last = out.at(-1);
    if (last?.changed && !span.changed && spans[i + 1]?.changed && /^\s+$/.test(span.text)) {
      last.text += span.text + spans[i + 1]!.text;
      i++;
    } else out.push({ ...span });
  }
  return out;
}

function tokens(text: string): string[] {
  return Array.from(segmenter.segment(text), (part) => part.segment);
}

/** Joins neighbours of the same kind, so a run of changed words is one mark. */
function push(spans: TextSpan[], text: string, changed: boolean): void {
  const last = spans.at(-1);
  if (last && last.changed === changed) last.text += text;
  else spans.push({ text, changed });
}
