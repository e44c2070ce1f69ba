// Ranking: fuse.js scores the prefilter's candidates that match every term (never the whole corpus) with the
// shared configuration, reading each body as a passage around the located terms; an exact phrase of the query
// and the requested language and role are boosted. A pinyin token is ranked as the Han phrase it was resolved to
// in that document, and a glossary term as the synonym the document has, so fuse.js compares real text and its
// match ranges point into the document. Candidates that miss some terms (or that fuse.js does not accept) follow
// as partial matches, by the prefilter's score: how much of the query they match, weighted by rarity and field.
import Fuse from 'fuse.js';
import type { FuseResultMatch } from 'fuse.js';
import type { Lang, RoleId } from '../model';
import type { Passage } from './bodyPassage';
import { bodyPassage, rangesInBody } from './bodyPassage';
import type { SearchDoc } from './documents';
import { compareDocs } from './documents';
import { fuseOptions } from './fuseRanking';
import type { Range } from './makeSnippet';
import type { Alternative, ParsedQuery, Term } from './parseQuery';
import type { Candidate } from './selectCandidates';
import { joinWords } from './understandQuery';

export interface Boosts {
  lang?: Lang;
  role?: RoleId;
}

export interface RankedDoc {
  doc: SearchDoc;
  /** Not every term matched: ranked after the complete matches. */
  partial: boolean;
  /** Indexes of the query terms the document does not match. */
  missing: number[];
  /** fuse.js score after boosts: 0 is a perfect match, 1 no match. */
  score: number;
  prefilterScore: number;
  /** Half-open match ranges in the body and in the title. */
  bodyRanges: Range[];
  titleRanges: Range[];
}

interface RankingDoc {
  title: string;
  tags: string[];
  body: string;
  situations: string[];
  doc: SearchDoc;
  passage: Passage;
  candidate: Candidate;
  needles: string[][];
}

/** Finds the Han phrase a pinyin token spells around `text[at, at + length)` (see phraseSpelled). */
export type Speller = (text: string, token: string, at: number, length: number) => string | null;

/** Occurrences of a pinyin chain's rarest pair tried per document field. */
const MAX_SPELL_TRIES = 5;

/** Multipliers on the fuse.js score (lower is better): enough to reorder close results, not to lift weak ones. */
const LANG_BOOST = 0.5;
const ROLE_BOOST = 0.7;
/** A phrase reached through pinyin ranks a little below the same phrase typed directly. */
const PINYIN_PENALTY = 1.2;
/** How much a situation holding the whole query lifts a document (its score scales by 1 + this, or 1 − this for fuse.js). */
const SITUATION_BOOST = 0.6;
/** From this many terms on, a query is a question rather than keywords. */
const QUESTION_TERMS = 3;
/** Fewer complete matches than this are ranked together with the partial ones. */
const FEW_COMPLETE = 3;
/** The query's words as one phrase in the title, a situation or the body beat the same words scattered. */
const PHRASE_BOOST = 0.5;

export function rankCandidates(
  candidates: readonly Candidate[],
  docAt: (slot: number) => SearchDoc,
  query: ParsedQuery,
  boosts: Boosts,
  spell: Speller,
): RankedDoc[] {
  const groups = new Map<string, RankingDoc[]>();
  const partial: RankedDoc[] = [];
  for (const candidate of candidates) {
    const tokens = [...query.tokens];
    const needles: string[][] = [];
    const doc = docAt(candidate.slot);
    candidate.chosen.forEach((chosen, t) => {
      const term = query.terms[t] as Term;
      const alternative = chosen?.pinyin ? chainInDoc(chosen, doc, spell) : chosen;
      if (!alternative) return;
      needles.push(alternative.needles);
      const standIn = alternative.hanText ?? alternative.synonym;
      if (standIn) tokens[term.token] = standIn;
    });
    const passage = bodyPassage(doc.body, needles);
    const missing = candidate.chosen.flatMap((chosen, t) => (chosen ? [] : [t]));
    if (missing.length > 0) {
      partial.push(partialMatch(doc, candidate, passage, needles, missing, boosts, query.terms.length));
      continue;
    }
    const rankingDoc = { title: doc.title, tags: doc.tags, body: passage.text, situations: doc.situations, doc, passage, candidate, needles };
    const key = tokens.join(' ');
    const group = groups.get(key);
    if (group) group.push(rankingDoc);
    else groups.set(key, [rankingDoc]);
  }
  const phrase = query.tokens.length > 1 ? joinWords(query.tokens) : null;
  const complete: RankedDoc[] = [];
  // Every term matched, but too loosely for fuse.js (a far typo, a stem, a synonym in another field).
  const loose: RankedDoc[] = [];
  for (const [fuseQuery, group] of groups) {
    const fuse = new Fuse(group, fuseOptions<RankingDoc>());
    const accepted = new Set<RankingDoc>();
    for (const { item, score, matches = [] } of fuse.search(fuseQuery)) {
      accepted.add(item);
      const pinyinTokens = item.candidate.chosen.filter((alternative) => alternative?.hanText).length;
      const phraseFactor = phrase && hasPhrase(item, phrase) ? PHRASE_BOOST : 1;
      const situationFactor = 1 - SITUATION_BOOST * situationCoverage(item.doc, item.needles, query.terms.length);
      complete.push({
        doc: item.doc,
        partial: false,
        missing: [],
        score: (score ?? 1) * boostFactor(item.doc, boosts) * PINYIN_PENALTY ** pinyinTokens * phraseFactor * situationFactor,
        prefilterScore:
          (weighedScore(item.doc, item.candidate, boosts) * (1 + SITUATION_BOOST * situationCoverage(item.doc, item.needles, query.terms.length))) / phraseFactor,
        bodyRanges: rangesInBody(item.passage, rangesOf(matches, 'body')),
        titleRanges: rangesOf(matches, 'title'),
      });
    }
    for (const item of group) if (!accepted.has(item)) loose.push(partialMatch(item.doc, item.candidate, item.passage, item.needles, [], boosts, query.terms.length));
  }
  const byPrefilter = (a: RankedDoc, b: RankedDoc) => b.prefilterScore - a.prefilterScore || compareDocs(a.doc, b.doc);
  // A few complete matches of a long question are often incidental (every word somewhere in a long body): they
  // compete with the partial ones on the prefilter's rarity- and field-weighted score instead of coming first.
  // A question of several words: fuse.js's character-level score says little about which answer fits; the
  // rarity- and field-weighted score (with situations and phrases) decides among the complete matches.
  if (query.terms.length >= QUESTION_TERMS) return [...complete, ...loose, ...partial].sort(byPrefilter);
  partial.push(...loose);
  if (complete.length < FEW_COMPLETE && partial.length > 0) return [...complete, ...partial].sort(byPrefilter);
  complete.sort((a, b) => a.score - b.score || byPrefilter(a, b));
  return [...complete, ...partial.sort(byPrefilter)];
}

/** A candidate ranked by the prefilter's score alone, with its located terms as highlights. */
function partialMatch(
  doc: SearchDoc,
  candidate: Candidate,
  passage: Passage,
  needles: readonly (readonly string[])[],
  missing: number[],
  boosts: Boosts,
  termCount: number,
): RankedDoc {
  return {
    doc,
    partial: missing.length > 0,
    missing,
    score: 1,
    prefilterScore: weighedScore(doc, candidate, boosts) * (1 + SITUATION_BOOST * situationCoverage(doc, needles, termCount)),
    bodyRanges: rangesInBody(passage, locate(passage.text, needles)),
    titleRanges: locate(doc.title, needles),
  };
}

/** The prefilter's score with the boosts applied: higher is better, and boost factors are below 1, so they divide. */
function weighedScore(doc: SearchDoc, candidate: Candidate, boosts: Boosts): number {
  return candidate.score / boostFactor(doc, boosts);
}

/** Where each term's first located needle occurs in `text` (all occurrences), as half-open ranges. */
function locate(text: string, needles: readonly (readonly string[])[]): Range[] {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return [];
  const ranges: Range[] = [];
  for (const list of needles) {
    const needle = list.find((candidate) => lower.includes(candidate));
    if (!needle) continue;
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) ranges.push([at, at + needle.length]);
  }
  return ranges;
}

/**
 * The share of the query's terms that one situation of the document holds: a situation is what a rep says, so a
 * question that reads like one of them is answered by that section or tactic.
 */
function situationCoverage(doc: SearchDoc, needles: readonly (readonly string[])[], termCount: number): number {
  let best = 0;
  for (const situation of doc.situations) {
    const lower = situation.toLowerCase();
    const held = needles.filter((list) => list.some((needle) => lower.includes(needle))).length;
    best = Math.max(best, held);
  }
  return best / Math.max(1, termCount);
}

/** The phrase in the title, a situation or the passage read of the body (lower-casing whole bodies costs too much per keystroke). */
function hasPhrase(item: RankingDoc, phrase: string): boolean {
  const has = (text: string) => text.toLowerCase().includes(phrase);
  return has(item.title) || item.situations.some(has) || has(item.body);
}

/**
 * Pinyin chains are looked up by their rarest pair only, so the prefilter's choice stands for every phrase
 * around that pair: read the phrase the token spells where the pair occurs in this document.
 */
function chainInDoc(chosen: Alternative, doc: SearchDoc, spell: Speller): Alternative {
  const rarest = chosen.grams[0] as string;
  for (const text of [doc.title, doc.body]) {
    for (let at = text.indexOf(rarest), tries = 0; at >= 0 && tries < MAX_SPELL_TRIES; at = text.indexOf(rarest, at + 1), tries++) {
      const phrase = spell(text, chosen.pinyin as string, at, rarest.length);
      if (phrase) return { ...chosen, hanText: phrase, needles: [phrase, ...chosen.needles] };
    }
  }
  return chosen;
}

/** fuse.js reports inclusive [start, end] pairs; SearchHit wants half-open ones. */
function rangesOf(matches: readonly FuseResultMatch[], key: string): Range[] {
  return matches.filter((m) => m.key === key).flatMap((m) => m.indices.map(([start, end]): Range => [start, end + 1]));
}

function boostFactor(doc: SearchDoc, boosts: Boosts): number {
  let factor = 1;
  if (boosts.lang && doc.lang === boosts.lang) factor *= LANG_BOOST;
  if (boosts.role && doc.roles.includes(boosts.role)) factor *= ROLE_BOOST;
  return factor;
}
