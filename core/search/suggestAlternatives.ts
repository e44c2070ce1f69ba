// Never a dead end: when a query finds nothing, what the index can offer instead. Words close to the query's
// words (typos), glossary terms that look like the query, and the tag nearest to it. Similarity is the Dice
// coefficient of character bigrams, which works for Chinese (no spaces) and for Latin words alike.
import type { ParsedQuery } from './parseQuery';
import type { Lexicon } from './Lexicon';

const MIN_WORD_SIMILARITY = 0.4;
const MIN_TEXT_SIMILARITY = 0.25;
const WORDS = 5;
const GLOSSARY_TERMS = 6;

export function nearestWords(query: ParsedQuery, lexicon: Lexicon): string[] {
  const found = query.understood.flatMap((term) => term.words.flatMap((word) => lexicon.similarWords(word, MIN_WORD_SIMILARITY, 3).map((s) => s.word)));
  return [...new Set(found)].slice(0, WORDS);
}

/** Texts from `candidates` most like `text`, best first. */
export function nearestTexts(text: string, candidates: readonly string[], limit = GLOSSARY_TERMS): string[] {
  const grams = bigrams(text);
  return candidates
    .map((candidate) => ({ candidate, similarity: dice(grams, bigrams(candidate)) }))
    .filter((entry) => entry.similarity >= MIN_TEXT_SIMILARITY)
    .sort((a, b) => b.similarity - a.similarity || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map((entry) => entry.candidate);
}

function bigrams(text: string): Set<string> {
  const chars = Array.from(text.toLowerCase().replace(/\s+/g, ' ').trim());
  const grams = new Set<string>();
  if (chars.length === 1) grams.add(chars[0] as string);
  for (let i = 0; i + 1 < chars.length; i++) grams.add((chars[i] as string) + (chars[i + 1] as string));
  return grams;
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size);
}
