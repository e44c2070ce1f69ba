// Typo tolerance before ranking: the index's word list keyed by character trigrams, so that "negotiaton"
// finds the word "negotiation" by trigram overlap (Dice coefficient) instead of requiring an exact key.
import { decodeBase64, decodeUints, encodeBase64, encodeUints, readVarints, VarintWriter } from './binaryCodec';
import { indexOfKey } from './sortedKeys';

export interface SimilarWord {
  word: string;
  similarity: number;
}

export interface WordTrigramsJSON {
  words: string;
  trigrams: string;
  sizes: string;
  data: string;
}

const SEPARATOR = '\n';
const MIN_WORD_LENGTH = 3;
const LETTER = /\p{L}/u;

/** Trigrams of the word padded with a space on each side, so the first and last letters weigh in. */
export function trigramsOf(word: string): Set<string> {
  const padded = ` ${word} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

function isFuzzyCandidate(word: string): boolean {
  return word.length >= MIN_WORD_LENGTH && LETTER.test(word);
}

export class WordTrigrams {
  private constructor(
    private readonly words: string[],
    private readonly trigramKeys: string[],
    private readonly offsets: Uint32Array,
    private readonly data: Uint8Array,
  ) {}

  /** `words` must be sorted; those too short or without letters are left out. */
  static build(words: readonly string[]): WordTrigrams {
    const kept = words.filter(isFuzzyCandidate);
    const byTrigram = new Map<string, number[]>();
    kept.forEach((word, id) => {
      for (const gram of trigramsOf(word)) {
        const list = byTrigram.get(gram);
        if (list) list.push(id);
        else byTrigram.set(gram, [id]);
      }
    });
    const trigramKeys = [...byTrigram.keys()].sort();
    const writer = new VarintWriter();
    const offsets = new Uint32Array(trigramKeys.length + 1);
    trigramKeys.forEach((gram, i) => {
      for (const id of byTrigram.get(gram) as number[]) writer.push(id);
      offsets[i + 1] = writer.length;
    });
    return new WordTrigrams(kept, trigramKeys, offsets, writer.bytes());
  }

  /**
   * Known words whose trigram overlap with `word` reaches `minSimilarity`, best first.
   * `extraWords` are words indexed since the table was built; they are compared directly.
   */
  similar(word: string, minSimilarity: number, extraWords: readonly string[] = []): SimilarWord[] {
    const query = trigramsOf(word);
    const shared = new Map<number, number>();
    for (const gram of query) {
      const i = indexOfKey(this.trigramKeys, gram);
      if (i < 0) continue;
      const ids = readVarints(this.data.subarray(this.offsets[i], this.offsets[i + 1]));
      for (const id of ids) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const found: SimilarWord[] = [];
    const consider = (candidate: string, common: number) => {
      const similarity = (2 * common) / (query.size + candidate.length);
      if (similarity >= minSimilarity && candidate !== word) found.push({ word: candidate, similarity });
    };
    // A padded word of n letters has n trigram positions; using n avoids recomputing every candidate's set.
    for (const [id, common] of shared) consider(this.words[id] as string, common);
    for (const extra of extraWords) {
      if (!isFuzzyCandidate(extra)) continue;
      let common = 0;
      for (const gram of trigramsOf(extra)) if (query.has(gram)) common++;
      consider(extra, common);
    }
    return found.sort((a, b) => b.similarity - a.similarity || (a.word < b.word ? -1 : 1));
  }

  toJSON(): WordTrigramsJSON {
    const sizes = new Uint32Array(this.trigramKeys.length);
    for (let i = 0; i < sizes.length; i++) sizes[i] = (this.offsets[i + 1] as number) - (this.offsets[i] as number);
    return {
      words: this.words.join(SEPARATOR),
      trigrams: this.trigramKeys.join(SEPARATOR),
      sizes: encodeUints(sizes),
      data: encodeBase64(this.data),
    };
  }

  static fromJSON(json: WordTrigramsJSON): WordTrigrams {
    const trigramKeys = json.trigrams ? json.trigrams.split(SEPARATOR) : [];
    const sizes = decodeUints(json.sizes);
    const offsets = new Uint32Array(trigramKeys.length + 1);
    for (let i = 0; i < sizes.length; i++) offsets[i + 1] = (offsets[i] as number) + (sizes[i] as number);
    return new WordTrigrams(json.words ? json.words.split(SEPARATOR) : [], trigramKeys, offsets, decodeBase64(json.data));
  }
}
