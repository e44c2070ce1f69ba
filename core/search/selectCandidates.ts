// The prefilter: scores documents from the posting lists of each term's alternatives and keeps the best few
// for fuse.js to rank. A document's score sums, over terms, its best alternative's share of that alternative's
// grams (weighted by rarity and by field). Documents matching every term come first; a few that miss some
// are kept, so a typo that no alternative caught costs rank rather than the result.
import { FIELD_WEIGHTS } from './fuseRanking';
import type { Alternative, ParsedQuery, Term } from './parseQuery';
import type { PostingIndex } from './PostingIndex';
import { SlotList } from './SlotList';
import { topScored } from './topScored';

export interface Candidate {
  slot: number;
  score: number;
  /** Per query term: the alternative through which the document matched it best, or null. */
  chosen: (Alternative | null)[];
}

/**
 * How many candidates to keep: at most `complete` in all, of which at most `partial` miss some terms. Those
 * rarely survive fuse.js's all-words rule, but they keep typos the expansions missed within reach.
 */
export interface CandidateLimit {
  complete: number;
  partial: number;
}

/** Terms beyond this many (a pasted paragraph) are left to fuse.js. */
const MAX_TERMS = 12;
/**
 * Within an alternative of several grams (Han bigrams), grams found in more than this share of documents are
 * not visited when a rarer gram is there: they would touch most of the corpus and add little.
 */
const COMMON_SHARE = 0.05;
/** A term that can match more than this share of documents is only scored on documents other terms found. */
const COMMON_TERM_SHARE = 0.1;
/** From this many terms on, a query is a question rather than keywords (as in rankCandidates). */
const QUESTION_TERMS = 3;

export class CandidateSelector {
  private total = new Float32Array(0);
  private termScore = new Float32Array(0);
  private altScore = new Float32Array(0);
  private matchedTerms = new Uint8Array(0);
  /** Per term, per slot: 1 + index of the best alternative (parseQuery keeps them under 255), 0 when the term did not match. */
  private choice: Uint8Array[] = [];
  private readonly touched = new SlotList();
  private readonly termTouched = new SlotList();
  private readonly altTouched = new SlotList();

  constructor(private readonly postings: PostingIndex) {}

  select(query: ParsedQuery, accept: ((slot: number) => boolean) | null, limit: CandidateLimit): Candidate[] {
    const terms = query.terms.slice(0, MAX_TERMS);
    this.ensureCapacity(this.postings.slotCount, terms.length);
    const { total, matchedTerms, touched } = this;
    touched.clear();
    // Selective terms first; a term most documents have then only scores documents already found.
    const order = terms.map((term, t) => ({ t, reach: this.reachOf(term) })).sort((a, b) => a.reach - b.reach);
    for (const { t, reach } of order) {
      // In a question, only once rarer terms found a full list: otherwise a rare word the answer lacks (a typo, a
      // word of the question nobody writes) would hide it. Keywords keep the cheap rule.
      const enough = terms.length >= QUESTION_TERMS ? limit.complete : 1;
      const restrict = touched.length >= enough && reach > this.postings.liveCount * COMMON_TERM_SHARE;
      this.scoreTerm(terms[t] as Term, this.choice[t] as Uint8Array, restrict ? matchedTerms : null);
      const { termTouched, termScore } = this;
      for (let i = 0; i < termTouched.length; i++) {
        const slot = termTouched.at(i);
        if (matchedTerms[slot] === 0) touched.push(slot);
        total[slot] = (total[slot] as number) + (termScore[slot] as number);
        matchedTerms[slot] = (matchedTerms[slot] as number) + 1;
        termScore[slot] = 0;
      }
    }
    const complete: number[] = [];
    const partial: number[] = [];
    for (let i = 0; i < touched.length; i++) {
      const slot = touched.at(i);
      if (accept && !accept(slot)) continue;
      const coverage = (matchedTerms[slot] as number) / terms.length;
      total[slot] = (total[slot] as number) * coverage * coverage;
      (coverage === 1 ? complete : partial).push(slot);
    }
    const best = topScored(complete, total, limit.complete);
    const chosen = best.concat(topScored(partial, total, Math.min(limit.partial, limit.complete - best.length)));
    const candidates = chosen.map((slot) => ({
      slot,
      score: total[slot] as number,
      chosen: terms.map((term, t) => term.alternatives[((this.choice[t] as Uint8Array)[slot] as number) - 1] ?? null),
    }));
    for (let i = 0; i < touched.length; i++) {
      const slot = touched.at(i);
      total[slot] = 0;
      matchedTerms[slot] = 0;
      for (let t = 0; t < terms.length; t++) (this.choice[t] as Uint8Array)[slot] = 0;
    }
    return candidates;
  }

  /** Upper bound on the documents a term can match: the sum over alternatives of their rarest gram's count. */
  private reachOf(term: Term): number {
    let reach = 0;
    for (const alternative of term.alternatives) {
      let rarest = Infinity;
      for (const gram of alternative.grams) rarest = Math.min(rarest, this.postings.df(this.postings.lookup(gram)));
      reach += rarest === Infinity ? 0 : rarest;
    }
    return reach;
  }

  /**
   * Leaves each matching slot's best alternative score in `termScore` (listed in `termTouched`) and its index
   * in `choice`. With `within`, only slots where it is non-zero are scored.
   */
  private scoreTerm(term: Term, choice: Uint8Array, within: Uint8Array | null): void {
    const { termScore, altScore, termTouched, altTouched, postings } = this;
    const documentCount = Math.max(1, postings.liveCount);
    const rarityOf = (df: number) => Math.log(1 + documentCount / Math.max(1, df));
    termTouched.clear();
    term.alternatives.forEach((alternative, a) => {
      const grams = alternative.grams.map((gram) => {
        const ref = postings.lookup(gram);
        return { ref, df: postings.df(ref) };
      });
      const found = grams.filter((g) => g.df > 0).sort((x, y) => x.df - y.df);
      if (found.length === 0) return;
      const visited = found.filter((g, i) => i === 0 || g.df <= documentCount * COMMON_SHARE);
      const missing = grams.length - found.length;
      const rarityTotal = visited.reduce((sum, g) => sum + rarityOf(g.df), 0) + missing * rarityOf(0);
      altTouched.clear();
      for (const gram of visited) {
        const gramWeight = (alternative.weight * rarityOf(gram.df)) / rarityTotal;
        for (const field of alternative.fields) {
          postings.addScores(gram.ref, field, gramWeight * (FIELD_WEIGHTS[field] as number), altScore, altTouched, within);
        }
      }
      for (let i = 0; i < altTouched.length; i++) {
        const slot = altTouched.at(i);
        const score = altScore[slot] as number;
        altScore[slot] = 0;
        if (score <= (termScore[slot] as number)) continue;
        if (termScore[slot] === 0) termTouched.push(slot);
        termScore[slot] = score;
        choice[slot] = a + 1;
      }
    });
  }

  private ensureCapacity(slots: number, termCount: number): void {
    if (this.total.length < slots) {
      const size = Math.max(slots, this.total.length * 2, 64);
      this.total = new Float32Array(size);
      this.termScore = new Float32Array(size);
      this.altScore = new Float32Array(size);
      this.matchedTerms = new Uint8Array(size);
      this.choice = [];
    }
    while (this.choice.length < termCount) this.choice.push(new Uint8Array(this.total.length));
  }
}
