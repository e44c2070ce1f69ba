// Highlights in Latin text cover whole words: fuse.js reports fuzzy matches inside words ("cha" in "chart",
// "too" in "tools"), which read as noise. A range that starts inside a word, or covers too little of it, is
// dropped; one that covers most of a word is extended to its end, and words joined by a hyphen or apostrophe
// ("walk-away") are highlighted as one. Han text has no word boundaries to respect: its ranges stay as they are.
import type { Range } from './makeSnippet';

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const HAN = /\p{Script=Han}/u;
const JOINER = /^['’\-]$/u;

/** Share of a word a match must cover, from its start, to be highlighted (as the whole word). */
const MIN_COVER = 0.7;

export function wholeWordRanges(text: string, ranges: readonly Range[]): Range[] {
  const isWordChar = (i: number) => i >= 0 && i < text.length && WORD_CHAR.test(text.charAt(i)) && !HAN.test(text.charAt(i));
  const result: Range[] = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (HAN.test(text.charAt(start))) {
      result.push([start, end]);
      continue;
    }
    if (isWordChar(start - 1)) continue;
    let to = end;
    while (isWordChar(to)) to++;
    if (end - start < MIN_COVER * (to - start)) continue;
    const last = result[result.length - 1];
    if (last && last[1] + 1 === start && JOINER.test(text.charAt(last[1]))) last[1] = to;
    else result.push([start, to]);
  }
  return result;
}
