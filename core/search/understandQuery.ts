// Query understanding: a rep's question becomes the terms worth matching. Words are cut by segmentWords
// (Chinese by dictionary), stop words are dropped unless nothing else is left, and runs of words that a
// glossary group lists become one term carrying the group's other terms as synonyms. English words are compared
// by their stems, so "discounts" finds the glossary's "discount".
import { stemmer } from 'stemmer';
import { segmentWords } from './segmentWords';
import { isStopWord } from './stopWords';
import { isHan } from './tokenize';

export interface QueryTerm {
  /** The words of the query the term stands for, normalised (Han words joined without spaces). */
  text: string;
  words: string[];
  /** Glossary terms meaning the same, other than `text`. */
  synonyms: string[];
  /** The glossary group's terms the query matched, when it matched one. */
  glossaryTerm?: string;
}

export interface UnderstoodQuery {
  terms: QueryTerm[];
  /** Stop words left out of matching, for "what was tried". */
  ignored: string[];
}

/** Glossary terms by key (see termKey), each with its group's terms. */
export class Synonyms {
  private readonly groups = new Map<string, readonly string[]>();
  /** Longest glossary term, in words: how far a match is looked for. */
  private longest = 1;

  constructor(groups: readonly (readonly string[])[]) {
    for (const terms of groups) {
      for (const term of terms) {
        const words = contentWords(segmentWords(term));
        if (words.length === 0) continue;
        this.longest = Math.max(this.longest, words.length);
        const key = termKey(words);
        // A term in two groups (of different files) means both: merge them.
        const known = this.groups.get(key);
        this.groups.set(key, known ? [...new Set([...known, ...terms])] : terms);
      }
    }
  }

  groupOf(words: readonly string[]): readonly string[] | undefined {
    return this.groups.get(termKey(words));
  }

  get maxWords(): number {
    return this.longest;
  }

  /** Every glossary term, for suggestions. */
  terms(): string[] {
    return [...new Set([...this.groups.values()].flat())];
  }

  static readonly none = new Synonyms([]);
}

export function understandQuery(query: string, synonyms: Synonyms): UnderstoodQuery {
  const all = segmentWords(query);
  const kept = contentWords(all);
  const ignored = kept.length === all.length ? [] : all.filter((word) => isStopWord(word));
  const terms: QueryTerm[] = [];
  for (let i = 0; i < kept.length; ) {
    let matched = 0;
    let group: readonly string[] | undefined;
    for (let length = Math.min(synonyms.maxWords, kept.length - i); length >= 1 && !group; length--) {
      group = synonyms.groupOf(kept.slice(i, i + length));
      if (group) matched = length;
    }
    const words = kept.slice(i, i + Math.max(1, matched));
    const text = joinWords(words);
    const key = termKey(words);
    const glossaryTerm = group?.find((term) => termKey(contentWords(segmentWords(term))) === key);
    const synonyms_ = group ? group.filter((term) => term !== glossaryTerm && termKey(contentWords(segmentWords(term))) !== key) : [];
    terms.push({ text, words, synonyms: synonyms_, ...(glossaryTerm ? { glossaryTerm } : {}) });
    i += words.length;
  }
  return { terms, ignored };
}

/** The words without stop words; all of them when every one is a stop word. */
export function contentWords(words: readonly string[]): string[] {
  const kept = words.filter((word) => !isStopWord(word));
  return kept.length > 0 ? kept : [...words];
}

/** Han words joined as written (segmentation may cut a phrase differently in context), other words by a space. */
export function joinWords(words: readonly string[]): string {
  let text = '';
  words.forEach((word, i) => {
    const previous = words[i - 1];
    text += i > 0 && !(previous !== undefined && isHan(previous.slice(-1)) && isHan(word)) ? ` ${word}` : word;
  });
  return text;
}

/** How a run of words is compared with glossary terms: English words by stem, Han words as written. */
function termKey(words: readonly string[]): string {
  return joinWords(words.map(stemOf));
}

/** The English stem of a word (Porter); other words unchanged. */
export function stemOf(word: string): string {
  return isHan(word) || !/^[a-z]+$/.test(word) ? word : stemmer(word);
}
