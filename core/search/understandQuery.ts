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
        const all = segmentWords(term);
        const words = contentWords(all);
        if (words.length === 0) continue;
        this.longest = Math.max(this.longest, all.length);
        const key = termKey(words);
        // A term in two groups (of different files) means both: merge them.
        const known = this.groups.get(key);
        this.groups.set(key, known ? [...new Set([...known, ...terms])] : terms);
      }
    }
  }

  /** The group naming these words (stop words inside them do not count: "说了算" is "说算"). */
  groupOf(words: readonly string[]): readonly string[] | undefined {
    return this.groups.get(termKey(contentWords(words)));
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
  const onlyStopWords = all.every(isStopWord);
  const terms: QueryTerm[] = [];
  const ignored: string[] = [];
  // Glossary terms are looked for in the words as typed, stop words included ("说了算" may be cut 说|了|算),
  // longest first; a span starts and ends with a word that counts.
  for (let i = 0; i < all.length; ) {
    const first = all[i] as string;
    if (!onlyStopWords && isStopWord(first)) {
      ignored.push(first);
      i++;
      continue;
    }
    let length = Math.min(synonyms.maxWords, all.length - i);
    let group: readonly string[] | undefined;
    for (; length > 1; length--) {
      if (!onlyStopWords && isStopWord(all[i + length - 1] as string)) continue;
      group = synonyms.groupOf(all.slice(i, i + length));
      if (group) break;
    }
    if (!group) {
      length = 1;
      group = synonyms.groupOf([first]);
    }
    const words = onlyStopWords ? all.slice(i, i + length) : contentWords(all.slice(i, i + length));
    const key = termKey(words);
    const same = (term: string) => termKey(contentWords(segmentWords(term))) === key;
    const glossaryTerm = group?.find(same);
    terms.push({ text: joinWords(words), words, synonyms: group ? group.filter((term) => !same(term)) : [], ...(glossaryTerm ? { glossaryTerm } : {}) });
    i += length;
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
