// Turns a Latin token typed as pinyin into the Han strings it can stand for in this content: full syllables
// ("kehuguanxi"), initials ("khgx") or a mix, the last syllable possibly half typed. The walk follows only
// character pairs that occur in the indexed text, so every chain is made of real pairs; the caller decides
// between chains by what else the query matches.

/** A character reached by the walk, with the gram (the character or the pair ending in it) and its document count. */
export interface PinyinStep {
  char: string;
  gram: string;
  df: number;
}

export interface PinyinGraph {
  syllablesOf(char: string): readonly string[];
  /** Characters with a reading that starts with `letter`. */
  startingWith(letter: string): readonly PinyinStep[];
  /** Characters that follow `char` in the text and have a reading that starts with `letter`. */
  following(char: string, letter: string): readonly PinyinStep[];
}

export interface PinyinChain {
  text: string;
  /** The chain's rarest character pair (or its character): every document with the chain has it. */
  rarest: string;
  /** Documents containing `rarest`: an upper bound on those containing the chain. */
  df: number;
}

const TWO_LETTER_INITIAL = /^[zcs]h/;
const PINYIN_TOKEN = /^[a-z]{2,}$/;
/** Bounds the walk on long, ambiguous tokens (each node is one candidate character at one position). */
const MAX_NODES = 20_000;
/** Followers tried per character, most frequent pairs first: rarer ones after a common character are noise. */
const MAX_BRANCHES = 40;

export function looksLikePinyin(token: string): boolean {
  return PINYIN_TOKEN.test(token);
}

/** Chains spelled by `token`, most frequent first, at most `limit`. */
export function resolvePinyin(token: string, graph: PinyinGraph, limit: number): PinyinChain[] {
  const found = new Map<string, PinyinChain>();
  let nodes = 0;
  // `rarest` is the rarest pair so far, or the first character while the chain has no pair yet.
  const walk = (text: string, last: string, position: number, rarest: PinyinStep): void => {
    if (position === token.length) {
      found.set(text, { text, rarest: rarest.gram, df: rarest.df });
      return;
    }
    const steps = graph.following(last, token.charAt(position));
    for (let i = 0; i < steps.length && i < MAX_BRANCHES; i++) {
      const step = steps[i] as PinyinStep;
      if (++nodes > MAX_NODES) return;
      const rarer = rarest.gram === text || step.df < rarest.df ? step : rarest;
      for (const next of advances(graph.syllablesOf(step.char), token, position)) walk(text + step.char, step.char, next, rarer);
    }
  };
  for (const start of graph.startingWith(token.charAt(0))) {
    for (const next of advances(graph.syllablesOf(start.char), token, 0)) walk(start.char, start.char, next, start);
    if (nodes > MAX_NODES) break;
  }
  return [...found.values()].sort((a, b) => b.df - a.df || (a.text < b.text ? -1 : 1)).slice(0, limit);
}

/**
 * The Han phrase in `text` that `token` spells and that covers `text[at, at + length)`, or null.
 * Used to find, in one document, which phrase a pinyin token meant around a gram the document is known to have.
 */
export function phraseSpelled(
  text: string,
  token: string,
  at: number,
  length: number,
  syllablesOf: (char: string) => readonly string[],
): string | null {
  const spellFrom = (i: number, position: number): number => {
    if (position === token.length) return i;
    if (i >= text.length) return -1;
    for (const next of advances(syllablesOf(text.charAt(i)), token, position)) {
      const end = spellFrom(i + 1, next);
      if (end >= 0) return end;
    }
    return -1;
  };
  // A character takes at least one letter, so the phrase starts at most token.length characters earlier.
  for (let start = at; start >= Math.max(0, at - token.length); start--) {
    const end = spellFrom(start, 0);
    if (end >= at + length) return text.slice(start, end);
  }
  return null;
}

/** Positions in `token` reachable by reading one character with these syllables at `position` (may repeat). */
function advances(syllables: readonly string[], token: string, position: number): number[] {
  const reached: number[] = [];
  const restLength = token.length - position;
  for (const syllable of syllables) {
    if (token.startsWith(syllable, position)) reached.push(position + syllable.length);
    else if (syllable.length > restLength && syllable.startsWith(token.slice(position))) {
      // The syllable being typed: the rest of the token is its beginning.
      reached.push(token.length);
    }
    if (token.charCodeAt(position) !== syllable.charCodeAt(0) || syllable.length === 1) continue;
    // Initials: the first letter, or zh / ch / sh typed in full.
    reached.push(position + 1);
    if (TWO_LETTER_INITIAL.test(syllable) && syllable.length > 2 && token.charCodeAt(position + 1) === syllable.charCodeAt(1)) {
      reached.push(position + 2);
    }
  }
  return reached;
}
