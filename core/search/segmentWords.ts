// Word segmentation for queries (and for the benchmark's BM25 baseline): Chinese has no spaces, so words are cut
// by the ICU dictionary behind Intl.Segmenter, which Node, Chromium and Electron all ship; other scripts split at
// word boundaries. A number followed by `%` stays one word (`80%`), so the glossary can map it to 八成.
import { normalizeText } from './tokenize';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const NUMBER = /^\p{N}+(?:[.,]\p{N}+)?$/u;

/** The words of `text`, normalised (NFKC, lower case), in order; punctuation and spaces dropped. */
export function segmentWords(text: string): string[] {
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(normalizeText(text))) {
    if (isWordLike) words.push(segment);
    else if (segment === '%' && NUMBER.test(words[words.length - 1] ?? '')) words[words.length - 1] += '%';
  }
  return words;
}
