// The app's keyboard shortcuts, in one table: the key handlers match keys with it and the help dialog (`?`) lists it,
// so the help can never promise a key that does nothing.
import type { MessageKey } from '../i18n/en';

/** The parts of a key event a shortcut looks at (a DOM or React keyboard event fits). */
export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

export interface Shortcut {
  /** The keys as shown, alternatives side by side ("Ctrl+K", "⌘K"). */
  keys: readonly string[];
  /** Where the shortcut works. */
  where: MessageKey;
  /** What it does. */
  does: MessageKey;
  matches: (press: KeyPress) => boolean;
}

const plain = (press: KeyPress) => !press.altKey && !press.ctrlKey && !press.metaKey;

export const SHORTCUTS = {
  palette: {
    keys: ['Ctrl+K', '⌘K'],
    where: 'shortcuts.where.anywhere',
    does: 'shortcuts.palette',
    matches: (press) => (press.ctrlKey || press.metaKey) && !press.altKey && press.key.toLowerCase() === 'k',
  },
  help: {
    keys: ['?'],
    where: 'shortcuts.where.anywhere',
    does: 'shortcuts.help',
    matches: (press) => plain(press) && press.key === '?',
  },
  chooseAnswer: {
    keys: ['1–9'],
    where: 'shortcuts.where.question',
    does: 'shortcuts.chooseAnswer',
    matches: (press) => plain(press) && /^[1-9]$/.test(press.key),
  },
  checkAnswer: {
    keys: ['Enter'],
    where: 'shortcuts.where.question',
    does: 'shortcuts.checkAnswer',
    matches: (press) => plain(press) && press.key === 'Enter',
  },
  moveStep: {
    keys: ['Alt+↑', 'Alt+↓'],
    where: 'shortcuts.where.order',
    does: 'shortcuts.moveStep',
    matches: (press) => press.altKey && !press.ctrlKey && !press.metaKey && (press.key === 'ArrowUp' || press.key === 'ArrowDown'),
  },
  rate: {
    keys: ['1', '2', '3', '4'],
    where: 'shortcuts.where.review',
    does: 'shortcuts.rate',
    matches: (press) => plain(press) && /^[1-4]$/.test(press.key),
  },
  undoRating: {
    keys: ['U'],
    where: 'shortcuts.where.review',
    does: 'shortcuts.undoRating',
    matches: (press) => plain(press) && press.key.toLowerCase() === 'u',
  },
} as const satisfies Record<string, Shortcut>;

export type ShortcutId = keyof typeof SHORTCUTS;

/** True while the learner types into a field, where letters and digits are text, not commands. */
export function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}
