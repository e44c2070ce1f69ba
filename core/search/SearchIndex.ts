// Search over playbook sections, tactics and whole items, fast enough to run on every keystroke at company scale.
// A query is expanded against the index vocabulary (prefixes, typos, pinyin), a posting-list prefilter picks
// the best candidates, and fuse.js ranks only those. The index serialises to JSON and reloads without
// rebuilding, and content changes are applied item by item.
import type { ContentItem, ContentKind, ContentSet, Glossary, Lang, RoleId } from '../model';
import { LANGS } from '../model';
import type { SearchDoc, SearchType } from './documents';
import { docKeyOf, documentsOfContent, documentsOfItem, fingerprintOf, itemKeyOf } from './documents';
import type { LexiconJSON } from './Lexicon';
import { Lexicon } from './Lexicon';
import { makeSnippet, mergeRanges } from './makeSnippet';
import type { ParsedQuery } from './parseQuery';
import { parseQuery } from './parseQuery';
import type { FieldGrams, PostingIndexJSON } from './PostingIndex';
import { PostingIndex } from './PostingIndex';
import type { RankedDoc } from './rankCandidates';
import { rankCandidates } from './rankCandidates';
import { phraseSpelled } from './resolvePinyin';
import { CandidateSelector } from './selectCandidates';
import { addIndexGrams, isHan } from './tokenize';
import { Synonyms } from './understandQuery';
import { nearestTexts, nearestWords } from './suggestAlternatives';
import { wholeWordRanges } from './wholeWordRanges';

/** A ranked document as the learner sees it; `parentTitle` is the title of the containing playbook, quiz or case. */
export interface SearchHit extends Pick<SearchDoc, 'type' | 'id' | 'lang' | 'section' | 'title' | 'parentTitle' | 'roles' | 'tags'> {
  score: number;
  snippet: string;
  /** Half-open [start, end) character ranges inside `snippet` (and `titleMatches` inside `title`) to highlight. */
  matches: [number, number][];
  titleMatches: [number, number][];
  /** Set when the hit matches only some of the query's terms (no better match was found): `missing` lists the others. */
  partial?: boolean;
  missing?: string[];
  /** The situation of the section or tactic that the query matched ("matches the situation: …"). */
  situation?: string;
  /** The same section or item exists in this other language (left out of the results). */
  otherLang?: Lang;
}

/** Never a dead end: what a search that found nothing can offer instead. */
export interface SearchSuggestions {
  /** The terms searched for, and the words left out as too common. */
  tried: string[];
  ignored: string[];
  /** Indexed words close to the query's words (typos). */
  didYouMean: string[];
  /** Glossary terms that resemble the query. */
  glossary: string[];
  /** The tag nearest to the query, and tactics that carry it. */
  tag: string | null;
  tactics: SearchHit[];
}

export interface SearchOptions {
  /** Only documents in this language. */
  lang?: Lang;
  types?: readonly SearchType[];
  /** Documents for any of these roles; items that name no role are for everyone and always pass. */
  roles?: readonly RoleId[];
  /** Documents carrying any of these tags. */
  tags?: readonly string[];
  limit?: number;
  /** Rank documents in this language higher. */
  boostLang?: Lang;
  /** Rank documents for this role higher. */
  boostRole?: RoleId;
}

export interface SearchIndexJSON {
  format: typeof FORMAT;
  version: typeof SEARCH_INDEX_VERSION;
  documents: number;
  /** Of the documents in slot order (see fingerprintOf): the content must be the one the index was built from. */
  fingerprint: string;
  /** Document keys in slot order, one per line: to find the slots when the content lists documents in another order. */
  keys: string;
  postings: PostingIndexJSON;
  lexicon: LexiconJSON;
}

/** The serialised index does not describe the content it is loaded with; rebuild it. */
export class StaleSearchIndexError extends Error {
  override name = 'StaleSearchIndexError';
}

const FORMAT = 'playbook-trainer-search-index';
/** Bumped whenever what is indexed or how changes, so indexes serialised by another version are not loaded. */
export const SEARCH_INDEX_VERSION = 3;
const KEY_SEPARATOR = '\n';
const DEFAULT_LIMIT = 20;
/** How many prefilter candidates fuse.js ranks: the main cost of a query. */
const CANDIDATE_LIMIT = { complete: 40, partial: 10 };
/** Fold pending updates into the compact postings once they exceed this share of the documents. */
const COMPACT_SHARE = 0.1;
const COMPACT_MIN_DOCS = 500;

export class SearchIndex {
  private readonly selector: CandidateSelector;
  /** The glossaries by item key (they are content, not documents: they expand queries). */
  private readonly glossaries = new Map<string, Glossary>();
  private synonyms = Synonyms.none;
  /** `id#section@lang` of every section and playbook, for translationOf. */
  private sectionKeys: Set<string> | null = null;

  private constructor(
    private docs: (SearchDoc | null)[],
    private readonly postings: PostingIndex,
    private lexicon: Lexicon,
    glossaries: readonly Glossary[],
  ) {
    this.selector = new CandidateSelector(postings);
    this.setGlossaries(glossaries, []);
  }

  static build(content: ContentSet): SearchIndex {
    const postings = new PostingIndex();
    const docs = documentsOfContent(content);
    for (const doc of docs) postings.add(gramsOf(doc));
    postings.compact();
    return new SearchIndex(docs, postings, Lexicon.build(postings), content.glossaries);
  }

  /** Number of searchable documents. */
  get size(): number {
    return this.postings.liveCount;
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const parsed = parseQuery(query, this.lexicon, this.synonyms);
    if (parsed.terms.length === 0) return [];
    const accept = acceptor(options);
    const candidates = this.selector.select(parsed, accept && ((slot) => accept(this.docs[slot] as SearchDoc)), CANDIDATE_LIMIT);
    const lang = this.queryLang(parsed, options.boostLang);
    const ranked = rankCandidates(
      candidates,
      (slot) => this.docs[slot] as SearchDoc,
      parsed,
      { lang, role: options.boostRole },
      (text, token, at, length) => phraseSpelled(text, token, at, length, (char) => this.lexicon.syllablesOf(char)),
    );
    // Results in the language of the query: a glossary group or a situation in the other language can match as
    // well as the query's own words, but the rep reads the language they typed in first.
    const inLangFirst = lang ? [...ranked.filter((r) => r.doc.lang === lang), ...ranked.filter((r) => r.doc.lang !== lang)] : ranked;
    return withOtherLanguages(inLangFirst)
      .slice(0, options.limit ?? DEFAULT_LIMIT)
      .map(({ ranked: doc, otherLang }) => toHit(doc, parsed, otherLang ?? this.translationOf(doc.doc)));
  }

  /**
   * The other language a section (or the section of a tactic, where the switch lands) or playbook exists in, from
   * the sections of every live document; computed once per change of the documents.
   */
  private translationOf(doc: SearchDoc): Lang | undefined {
    if (doc.type !== 'section' && doc.type !== 'tactic' && doc.type !== 'playbook') return undefined;
    if (!this.sectionKeys) {
      this.sectionKeys = new Set();
      for (const other of this.docs) if (other && (other.type === 'section' || other.type === 'playbook')) this.sectionKeys.add(sectionKeyOf(other, other.lang));
    }
    const lang = LANGS.find((candidate) => candidate !== doc.lang);
    return lang && this.sectionKeys.has(sectionKeyOf(doc, lang)) ? lang : undefined;
  }

  /** What to offer instead when `query` finds nothing (see SearchSuggestions). */
  suggest(query: string, lang?: Lang): SearchSuggestions {
    const parsed = parseQuery(query, this.lexicon, this.synonyms);
    const text = parsed.tokens.join(' ');
    const inLang = queryLangOf(parsed) ?? lang;
    const tags = new Set<string>();
    for (const doc of this.docs) if (doc && (!inLang || doc.lang === inLang)) for (const tag of doc.tags) tags.add(tag);
    const [tag = null] = nearestTexts(text, [...tags], 1);
    return {
      tried: parsed.tokens,
      ignored: parsed.ignored,
      didYouMean: nearestWords(parsed, this.lexicon),
      glossary: nearestTexts(text, this.synonyms.terms()),
      tag,
      tactics: tag ? this.search(tag, { types: ['tactic'], tags: [tag], limit: 5, ...(inLang ? { lang: inLang } : {}) }) : [],
    };
  }

  /**
   * The language to rank first: Chinese for a query with Han text, whatever the UI language (a rep who types
   * Chinese reads Chinese); otherwise the requested one. Latin words tell little (Chinese playbooks write CRM and
   * POC, and pinyin is Latin too).
   */
  private queryLang(parsed: ParsedQuery, requested: Lang | undefined): Lang | undefined {
    return queryLangOf(parsed) ?? requested;
  }

  /** Glossary groups changed: `changed` replace those of the same item, `removed` item keys go. */
  private setGlossaries(changed: readonly Glossary[], removed: readonly string[]): void {
    for (const key of removed) this.glossaries.delete(key);
    for (const glossary of changed) this.glossaries.set(itemKeyOf(glossary), glossary);
    this.synonyms = new Synonyms([...this.glossaries.values()].flatMap((glossary) => glossary.groups.map((group) => group.terms)));
  }

  /** Applies changed (added or edited) and removed content items without rebuilding the whole index. */
  update(changed: readonly ContentItem[], removed: readonly { kind: ContentKind; id: string; lang: Lang }[]): void {
    this.removeItems(new Set([...removed, ...changed].map(itemKeyOf)));
    this.sectionKeys = null;
    const glossaries = changed.filter((item): item is Glossary => item.kind === 'glossary');
    const goneGlossaries = removed.filter((item) => item.kind === 'glossary').map(itemKeyOf);
    if (glossaries.length > 0 || goneGlossaries.length > 0) this.setGlossaries(glossaries, goneGlossaries);
    for (const item of changed) {
      for (const doc of documentsOfItem(item)) {
        const slot = this.postings.add(gramsOf(doc));
        this.docs[slot] = doc;
      }
    }
    if (this.postings.pendingDocs > Math.max(COMPACT_MIN_DOCS, this.postings.liveCount * COMPACT_SHARE)) this.compact();
    else this.lexicon.refresh();
  }

  toJSON(): SearchIndexJSON {
    if (this.postings.hasChanges) this.compact();
    const docs = this.docs as SearchDoc[];
    return {
      format: FORMAT,
      version: SEARCH_INDEX_VERSION,
      documents: docs.length,
      fingerprint: fingerprintOf(docs),
      keys: docs.map(docKeyOf).join(KEY_SEPARATOR),
      postings: this.postings.toJSON(),
      lexicon: this.lexicon.toJSON(),
    };
  }

  /**
   * Restores a serialised index for `content`; throws StaleSearchIndexError when the content is not the one the
   * index was built from (other items or sections, other lengths of titles or bodies). Callers key their cache
   * by a hash of the content files: this check is a cheap safety net, not a comparison of every character.
   */
  static fromJSON(json: SearchIndexJSON, content: ContentSet): SearchIndex {
    return SearchIndex.fromDocuments(json, documentsOfContent(content), content.glossaries);
  }

  /**
   * fromJSON for the documents the index was built from, in any order: those of its content, or documents kept
   * from an earlier content so that `update` can take them out exactly.
   */
  static fromDocuments(json: SearchIndexJSON, documents: SearchDoc[], glossaries: readonly Glossary[]): SearchIndex {
    if (json?.format !== FORMAT || json.version !== SEARCH_INDEX_VERSION) {
      throw new StaleSearchIndexError(`not a version ${SEARCH_INDEX_VERSION} search index`);
    }
    const docs = inSlotOrder(documents, json);
    const postings = PostingIndex.fromJSON(json.postings);
    if (postings.slotCount !== docs.length) throw new StaleSearchIndexError('the index postings do not match its documents');
    return new SearchIndex(docs, postings, Lexicon.fromJSON(postings, json.lexicon), glossaries);
  }

  private removeItems(itemKeys: ReadonlySet<string>): void {
    this.docs.forEach((doc, slot) => {
      if (!doc || !itemKeys.has(doc.itemKey)) return;
      this.postings.remove(slot, gramsOf(doc));
      this.docs[slot] = null;
    });
  }

  private compact(): void {
    const remap = this.postings.compact();
    const docs: (SearchDoc | null)[] = new Array(this.postings.slotCount);
    remap.forEach((slot, old) => {
      if (slot >= 0) docs[slot] = this.docs[old] as SearchDoc;
    });
    this.docs = docs;
    this.lexicon.rebuildWords();
  }
}

export function buildSearchIndex(content: ContentSet): SearchIndex {
  return SearchIndex.build(content);
}

function gramsOf(doc: SearchDoc): FieldGrams {
  const title = new Set<string>();
  const tags = new Set<string>();
  const body = new Set<string>();
  addIndexGrams(doc.title, title);
  for (const tag of doc.tags) addIndexGrams(tag, tags);
  addIndexGrams(doc.body, body);
  const situations = new Set<string>();
  for (const situation of doc.situations) addIndexGrams(situation, situations);
  return [title, tags, body, situations];
}

/**
 * The content's documents in the slot order of the serialised index. An index built from this content has
 * them in the same order; after incremental updates the changed items come last, and keys place them.
 */
function inSlotOrder(docs: SearchDoc[], json: SearchIndexJSON): SearchDoc[] {
  if (docs.length !== json.documents) throw new StaleSearchIndexError('the content has other documents than the search index');
  if (fingerprintOf(docs) === json.fingerprint) return docs;
  const byKey = new Map<string, SearchDoc[]>();
  for (const doc of docs) {
    const key = docKeyOf(doc);
    const same = byKey.get(key);
    if (same) same.push(doc);
    else byKey.set(key, [doc]);
  }
  const ordered = json.keys.split(KEY_SEPARATOR).map((key) => {
    const doc = byKey.get(key)?.shift();
    if (!doc) throw new StaleSearchIndexError(`the search index has ${key}, the content does not`);
    return doc;
  });
  if (fingerprintOf(ordered) !== json.fingerprint) throw new StaleSearchIndexError('the content changed since the search index was built');
  return ordered;
}

/** The filter the options ask for, or null when they ask for none (the prefilter then skips the check). */
function acceptor(options: SearchOptions): ((doc: SearchDoc) => boolean) | null {
  const { lang, types, roles, tags } = options;
  if (!lang && !types?.length && !roles?.length && !tags?.length) return null;
  return (doc) =>
    (!lang || doc.lang === lang) &&
    (!types?.length || types.includes(doc.type)) &&
    (!roles?.length || doc.roles.length === 0 || doc.roles.some((role) => roles.includes(role))) &&
    (!tags?.length || doc.tags.some((tag) => tags.includes(tag)));
}

function sectionKeyOf(doc: SearchDoc, lang: Lang): string {
  return `${doc.id}#${doc.section?.split('--')[0] ?? ''}@${lang}`;
}

/** Chinese for a query with Han text; otherwise the query does not say. */
function queryLangOf(parsed: ParsedQuery): Lang | undefined {
  return parsed.understood.some((term) => term.words.some((word) => isHan(word))) ? 'zh-CN' : undefined;
}

/**
 * Each section or item once, in the language it ranked best in: a translation ranked lower is left out, and the
 * hit says the other language exists so that the UI can offer it.
 */
function withOtherLanguages(ranked: readonly RankedDoc[]): { ranked: RankedDoc; otherLang?: Lang }[] {
  const first = new Map<string, { ranked: RankedDoc; otherLang?: Lang }>();
  const kept: { ranked: RankedDoc; otherLang?: Lang }[] = [];
  for (const entry of ranked) {
    const key = `${entry.doc.type}:${entry.doc.id}#${entry.doc.section ?? ''}`;
    const earlier = first.get(key);
    if (earlier && earlier.ranked.doc.lang !== entry.doc.lang) {
      earlier.otherLang = entry.doc.lang;
      continue;
    }
    const hit = { ranked: entry };
    first.set(key, hit);
    kept.push(hit);
  }
  return kept;
}

function toHit({ doc, score, bodyRanges, titleRanges, partial, missing }: RankedDoc, query: ParsedQuery, otherLang: Lang | undefined): SearchHit {
  const snippet = makeSnippet(doc.body, wholeWordRanges(doc.body, bodyRanges));
  const situation = situationMatched(doc.situations, query);
  return {
    type: doc.type,
    id: doc.id,
    lang: doc.lang,
    section: doc.section,
    title: doc.title,
    parentTitle: doc.parentTitle,
    score: partial ? 0 : 1 - score,
    snippet: snippet.text,
    matches: snippet.matches,
    titleMatches: mergeRanges(wholeWordRanges(doc.title, titleRanges)),
    roles: doc.roles,
    tags: doc.tags,
    ...(partial ? { partial, missing: missing.map((t) => query.tokens[t] as string) } : {}),
    ...(situation ? { situation } : {}),
    ...(otherLang ? { otherLang } : {}),
  };
}

/**
 * The situation sentence that holds the most of the query's terms (through any of their forms), when it holds at
 * least half of them: one shared word ("customer") does not make it the rep's situation.
 */
function situationMatched(situations: readonly string[], query: ParsedQuery): string | undefined {
  let best: string | undefined;
  let bestCount = Math.ceil(query.terms.length / 2) - 1;
  for (const situation of situations) {
    const lower = situation.toLowerCase();
    const count = query.terms.filter((term) => term.alternatives.some((alternative) => alternative.needles.some((needle) => lower.includes(needle)))).length;
    if (count > bestCount) {
      best = situation;
      bestCount = count;
    }
  }
  return best;
}
