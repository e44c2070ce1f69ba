// How text becomes index keys ("grams") and query terms. Han text has no spaces, so it is indexed as single
// characters and overlapping bigrams; every other script is indexed by whole words (prefixes and typos are
// resolved against the word list at query time, see Lexicon).

const RUNS = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}])+/gu;
const HAN_START = /^\p{Script=Han}/u;

/** Folds width and case so that `ＣＲＭ`, `CRM` and `crm` are the same key. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export interface TextRun {
  value: string;
  han: boolean;
}

/** Maximal runs of Han characters and of other letters/digits, in order; punctuation and spaces separate runs. */
export function textRuns(normalized: string): TextRun[] {
  const runs: TextRun[] = [];
  for (const match of normalized.matchAll(RUNS)) runs.push({ value: match[0], han: HAN_START.test(match[0]) });
  return runs;
}

export function isHan(gram: string): boolean {
  return HAN_START.test(gram);
}

/** The bigrams of a Han run, or the run itself when it is a single character. */
export function hanGrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) grams.push((chars[i] as string) + (chars[i + 1] as string));
  return grams;
}

/** Adds the keys a text is indexed under: words, Han characters and Han bigrams. */
export function addIndexGrams(text: string, into: Set<string>): void {
  for (const [run] of normalizeText(text).matchAll(RUNS)) {
    if (!HAN_START.test(run)) {
      into.add(run);
      continue;
    }
    let previous = '';
    for (const char of run) {
      into.add(char);
      if (previous) into.add(previous + char);
      previous = char;
    }
  }
}
