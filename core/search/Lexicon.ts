// What the index knows about its vocabulary: word frequencies, words by prefix, words by similarity
// (typos) and Han phrases by pinyin. Query parsing asks it how to expand each token before scoring documents.
import type { PostingIndex } from './PostingIndex';
import { PinyinTable } from './PinyinTable';
import type { PinyinChain, PinyinGraph, PinyinStep } from './resolvePinyin';
import { resolvePinyin } from './resolvePinyin';
import { isHan } from './tokenize';
import type { SimilarWord, WordTrigramsJSON } from './WordTrigrams';
import { WordTrigrams } from './WordTrigrams';

export interface LexiconJSON {
  trigrams: WordTrigramsJSON;
  pinyin: string;
}

export class Lexicon implements PinyinGraph {
  private readonly followingCache = new Map<string, Map<string, PinyinStep[]>>();
  private readonly startCache = new Map<string, PinyinStep[]>();
  private newWordsCache: string[] | null = null;

  private constructor(
    private readonly postings: PostingIndex,
    private trigrams: WordTrigrams,
    private readonly pinyin: PinyinTable,
  ) {}

  /** Builds the word tables from a freshly compacted posting index. */
  static build(postings: PostingIndex): Lexicon {
    const keys = postings.liveKeys();
    return new Lexicon(
      postings,
      WordTrigrams.build(keys.filter((key) => !isHan(key))),
      PinyinTable.build(keys.filter((key) => isHan(key) && Array.from(key).length === 1)),
    );
  }

  static fromJSON(postings: PostingIndex, json: LexiconJSON): Lexicon {
    return new Lexicon(postings, WordTrigrams.fromJSON(json.trigrams), PinyinTable.fromJSON(json.pinyin));
  }

  /** Call after documents were added or removed without compaction. */
  refresh(): void {
    this.followingCache.clear();
    this.startCache.clear();
    this.newWordsCache = null;
    this.pinyin.add(this.postings.newKeys().filter((key) => isHan(key) && Array.from(key).length === 1));
  }

  /** Call after the posting index was compacted: new words join the trigram table. */
  rebuildWords(): void {
    this.trigrams = WordTrigrams.build(this.postings.liveKeys().filter((key) => !isHan(key)));
    this.refresh();
  }

  df(gram: string): number {
    return this.postings.df(this.postings.lookup(gram));
  }

  /** Indexed words that start with `prefix` (not the prefix itself), most frequent first. */
  wordsWithPrefix(prefix: string, limit: number): string[] {
    return this.postings
      .keysWithPrefix(prefix)
      .filter((key) => key !== prefix && !isHan(key))
      .map((word) => ({ word, df: this.df(word) }))
      .sort((a, b) => b.df - a.df || (a.word < b.word ? -1 : 1))
      .slice(0, limit)
      .map((entry) => entry.word);
  }

  similarWords(word: string, minSimilarity: number, limit: number): SimilarWord[] {
    this.newWordsCache ??= this.postings.newKeys().filter((key) => !isHan(key));
    return this.trigrams.similar(word, minSimilarity, this.newWordsCache).slice(0, limit);
  }

  pinyinChains(token: string, limit: number): PinyinChain[] {
    return resolvePinyin(token, this, limit);
  }

  syllablesOf(char: string): readonly string[] {
    return this.pinyin.syllablesOf(char);
  }

  startingWith(letter: string): readonly PinyinStep[] {
    let steps = this.startCache.get(letter);
    if (!steps) {
      steps = this.pinyin
        .charsStartingWith(letter)
        .map((char) => ({ char, gram: char, df: this.df(char) }))
        .filter((step) => step.df > 0)
        .sort((a, b) => b.df - a.df);
      this.startCache.set(letter, steps);
    }
    return steps;
  }

  following(char: string, letter: string): readonly PinyinStep[] {
    let byLetter = this.followingCache.get(char);
    if (!byLetter) {
      byLetter = new Map();
      const pairs = this.postings
        .keysWithPrefix(char)
        .filter((key) => key !== char)
        .map((gram) => ({ char: gram.slice(char.length), gram, df: this.df(gram) }))
        .sort((a, b) => b.df - a.df);
      for (const step of pairs) {
        for (const first of new Set(this.pinyin.syllablesOf(step.char).map((s) => s.charAt(0)))) {
          const list = byLetter.get(first);
          if (list) list.push(step);
          else byLetter.set(first, [step]);
        }
      }
      this.followingCache.set(char, byLetter);
    }
    return byLetter.get(letter) ?? [];
  }

  toJSON(): LexiconJSON {
    return { trigrams: this.trigrams.toJSON(), pinyin: this.pinyin.toJSON() };
  }
}
