// Turns a query into terms (see understandQuery) and expands each into the grams that may stand for it in the
// index: Han text by its bigrams, a word by itself, by words of the same stem, by longer words it begins (typing
// in progress), by similar words (typos) and, for a Latin token, by the Han phrases its pinyin spells; a term a
// glossary group names also by the group's other terms.
import type { Lexicon } from './Lexicon';
import { FIELD_COUNT } from './PostingIndex';
import { looksLikePinyin } from './resolvePinyin';
import { isStopWord } from './stopWords';
import { hanGrams, isHan, normalizeText, textRuns } from './tokenize';
import type { QueryTerm, Synonyms } from './understandQuery';
import { contentWords, stemOf, understandQuery } from './understandQuery';
import { segmentWords } from './segmentWords';

export interface Alternative {
  grams: string[];
  /** Strings whose first occurrence in a document's text locates this alternative's match, best first. */
  needles: string[];
  /** 0–1: how much a match through this alternative is worth compared with the literal term. */
  weight: number;
  /** Field numbers (see FIELDS) this alternative is looked up in. */
  fields: readonly number[];
  /** The Han phrase a pinyin token stands for, which replaces the token when ranking. */
  hanText?: string;
  /** The pinyin token, for alternatives that come from one. */
  pinyin?: string;
  /** The glossary term this alternative matches, which replaces the term's words when ranking. */
  synonym?: string;
}

export interface Term {
  /** Index of the query token (in `tokens`) the term comes from. */
  token: number;
  alternatives: Alternative[];
}

export interface ParsedQuery {
  /** Words handed to fuse.js (extended search) for ranking: one per term, the term's text. */
  tokens: string[];
  terms: Term[];
  /** The understood terms, in the order of `terms`. */
  understood: QueryTerm[];
  /** Stop words left out. */
  ignored: string[];
}

const ALL_FIELDS = Array.from({ length: FIELD_COUNT }, (_, i) => i);
/** Title, tags and situations: short fields where even a one- or two-letter word is a real match. */
const HEAD_FIELDS = [0, 1, 3];
const STEM_WEIGHT = 0.95;
const SYNONYM_WEIGHT = 0.9;
/** Alternatives per term stay below 255: the prefilter records the chosen one in a byte per slot. */
const MAX_ALTERNATIVES = 250;
const PREFIX_WEIGHT = 0.85;
const PINYIN_WEIGHT = 0.9;
const FUZZY_WEIGHT = 0.8;
const CHARACTERS_WEIGHT = 0.6;
const MIN_SIMILARITY = 0.5;
const MIN_FUZZY_LENGTH = 4;
const MIN_BODY_LENGTH = 3;
/** A short prefix begins many words: only the most frequent few stand for it. */
const LONG_PREFIX_LENGTH = 5;
const SHORT_PREFIX_LIMIT = 8;
const PREFIX_LIMIT = 24;
const FUZZY_LIMIT = 12;
/** Keeps alternatives per term within what the prefilter's per-slot choice byte can index. */
const PINYIN_LIMIT = 200;
const MAX_CHAINS = 2000;

export function parseQuery(query: string, lexicon: Lexicon, synonyms: Synonyms): ParsedQuery {
  const { terms: understood, ignored } = understandQuery(query, synonyms);
  const terms = understood.map((term, token): Term => {
    const literal = term.words.length === 1 ? singleWordAlternatives(term.words[0] as string, lexicon) : [phraseAlternative(term.glossaryTerm ?? term.text, 1)];
    const expanded = term.synonyms.map((synonym) => ({ ...phraseAlternative(synonym, SYNONYM_WEIGHT), synonym }));
    return { token, alternatives: [...literal, ...expanded].slice(0, MAX_ALTERNATIVES) };
  });
  return { tokens: understood.map((term) => term.text), terms, understood, ignored };
}

function singleWordAlternatives(word: string, lexicon: Lexicon): Alternative[] {
  return isHan(word) ? hanAlternatives(word) : wordAlternatives(word, lexicon);
}

/**
 * A phrase (a glossary term) as one alternative: Han runs by their bigrams, as written ("说了算" keeps 了), other
 * words by themselves, stop words left out.
 */
function phraseAlternative(phrase: string, weight: number): Alternative {
  const text = normalizeText(phrase);
  const runs = textRuns(text);
  const grams = [...new Set(runs.flatMap((run) => (run.han ? hanGrams(run.value) : contentWords(segmentWords(run.value)))))];
  const needles = [text, ...runs.filter((run) => run.han || !isStopWord(run.value)).map((run) => run.value)];
  return { grams, needles, weight, fields: ALL_FIELDS };
}

function wordAlternatives(word: string, lexicon: Lexicon): Alternative[] {
  const wordAlternative = (other: string, weight: number, fields: readonly number[]): Alternative => ({
    grams: [other],
    needles: [other],
    weight,
    fields,
  });
  // One or two letters match too many words of the body to help; titles and tags still answer.
  const fields = word.length >= MIN_BODY_LENGTH ? ALL_FIELDS : HEAD_FIELDS;
  const alternatives = [wordAlternative(word, 1, fields)];
  const stem = stemOf(word);
  const sameStem = new Set<string>();
  // A word that is its own stem finds its other forms ("prices") among the longer words below; only an inflected
  // word ("negotiating") needs the words of its stem looked up (one more prefix scan per keystroke otherwise).
  if (stem !== word) {
    if (lexicon.df(stem) > 0) sameStem.add(stem);
    for (const other of lexicon.wordsWithPrefix(stem, PREFIX_LIMIT)) if (other !== word && stemOf(other) === stem) sameStem.add(other);
  }
  for (const other of sameStem) alternatives.push(wordAlternative(other, STEM_WEIGHT, fields));
  const prefixLimit = word.length >= LONG_PREFIX_LENGTH ? PREFIX_LIMIT : SHORT_PREFIX_LIMIT;
  for (const longer of lexicon.wordsWithPrefix(word, prefixLimit)) {
    if (!sameStem.has(longer)) alternatives.push(wordAlternative(longer, PREFIX_WEIGHT, fields));
  }
  if (lexicon.df(word) > 0 || sameStem.size > 0) return alternatives;
  if (word.length >= MIN_FUZZY_LENGTH) {
    for (const similar of lexicon.similarWords(word, MIN_SIMILARITY, FUZZY_LIMIT)) {
      alternatives.push(wordAlternative(similar.word, FUZZY_WEIGHT * similar.similarity, ALL_FIELDS));
    }
  }
  if (looksLikePinyin(word)) {
    // Chains are looked up by their rarest pair only (cheap, and a document with the chain must have it), one
    // alternative per distinct pair; the other terms of the query decide which was meant, and ranking reads the
    // phrase the token spells around that pair in each document.
    const seen = new Set<string>();
    for (const chain of lexicon.pinyinChains(word, MAX_CHAINS)) {
      if (seen.has(chain.rarest) || seen.size >= PINYIN_LIMIT) continue;
      seen.add(chain.rarest);
      alternatives.push({
        grams: [chain.rarest],
        needles: [chain.text, ...hanGrams(chain.text)],
        weight: PINYIN_WEIGHT,
        fields,
        hanText: chain.text,
        pinyin: word,
      });
    }
  }
  return alternatives;
}

/**
 * Han text by its bigrams; from three characters on also by its characters alone, so that one wrong
 * character (a homophone picked from the input method) still finds the phrase, at a lower weight.
 */
function hanAlternatives(text: string): Alternative[] {
  const grams = hanGrams(text);
  const alternatives: Alternative[] = [{ grams, needles: grams.length > 1 ? [text, ...grams] : grams, weight: 1, fields: ALL_FIELDS }];
  const chars = [...new Set(Array.from(text))];
  if (chars.length >= 3) alternatives.push({ grams: chars, needles: chars, weight: CHARACTERS_WEIGHT, fields: ALL_FIELDS });
  return alternatives;
}
