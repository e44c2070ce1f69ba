// Ranking: fuse.js scores the prefilter's candidates (never the whole corpus) with the shared configuration,
// reading each body as a passage around the located terms, then the requested language and role are boosted.
// A pinyin token is ranked as the Han phrase it was resolved to in that document, so fuse.js compares real
// text and its match ranges point into the document.
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

export interface Boosts {
  lang?: Lang;
  role?: RoleId;
}

export interface RankedDoc {
  doc: SearchDoc;
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
  doc: SearchDoc;
  passage: Passage;
  candidate: Candidate;
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

export function rankCandidates(
  candidates: readonly Candidate[],
  docAt: (slot: number) => SearchDoc,
  query: ParsedQuery,
  boosts: Boosts,
  spell: Speller,
): RankedDoc[] {
  const groups = new Map<string, RankingDoc[]>();
  for (const candidate of candidates) {
    const tokens = [...query.tokens];
    const needles: string[][] = [];
    const doc = docAt(candidate.slot);
    candidate.chosen.forEach((chosen, t) => {
      const term = query.terms[t] as Term;
      const alternative = chosen?.pinyin ? chainInDoc(chosen, doc, spell) : chosen;
      if (!alternative) return;
      needles.push(alternative.needles);
      if (alternative.hanText) tokens[term.token] = alternative.hanText;
    });
    const passage = bodyPassage(doc.body, needles);
    const rankingDoc = { title: doc.title, tags: doc.tags, body: passage.text, doc, passage, candidate };
    const key = tokens.join(' ');
    const group = groups.get(key);
    if (group) group.push(rankingDoc);
    else groups.set(key, [rankingDoc]);
  }
  const ranked: RankedDoc[] = [];
  for (const [fuseQuery, group] of groups) {
    const fuse = new Fuse(group, fuseOptions<RankingDoc>());
    for (const { item, score, matches = [] } of fuse.search(fuseQuery)) {
      const pinyinTokens = item.candidate.chosen.filter((alternative) => alternative?.hanText).length;
      ranked.push({
        doc: item.doc,
        score: (score ?? 1) * boostFactor(item.doc, boosts) * PINYIN_PENALTY ** pinyinTokens,
        prefilterScore: item.candidate.score,
        bodyRanges: rangesInBody(item.passage, rangesOf(matches, 'body')),
        titleRanges: rangesOf(matches, 'title'),
      });
    }
  }
  return ranked.sort((a, b) => a.score - b.score || b.prefilterScore - a.prefilterScore || compareDocs(a.doc, b.doc));
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
