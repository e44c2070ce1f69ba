// Search by intent: rep questions in plain words (bench/queries/intent.yaml) over the shipped pack, answered by
// our engine and by two baselines in the same run: plain fuse.js (the shared options, over every document) and
// plain BM25 (MiniSearch, any-word matching, words cut by the same segmentation as ours). Reports recall@3 and
// MRR per language, and the first query of a fresh process (cold JIT) on the shipped pack.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { parse } from 'yaml';
import { defaultContentRoots, loadContent } from '../backend/content/loadContent';
import type { ContentSet, Lang } from '../core/model';
import type { SearchDoc } from '../core/search/documents';
import { documentsOfContent } from '../core/search/documents';
import { fuseOptions, fuseTokens } from '../core/search/fuseRanking';
import { FIELD_WEIGHTS } from '../core/search/fuseRanking';
import { SearchIndex } from '../core/search/SearchIndex';
import { segmentWords } from '../core/search/segmentWords';
import type { Latency } from './measure';
import { elapsed, summarise } from './measure';

export interface IntentQuery {
  q: string;
  lang: Lang;
  kind: 'objection' | 'situation' | 'howto';
  /** `playbook-id#section-anchor` of the sections that answer it. */
  expect: string[];
}

export interface IntentScores {
  /** Share of queries with an expected section among the first 3 distinct sections. */
  recallAt3: number;
  /** Mean reciprocal rank of the first expected section (0 when not in the first 20). */
  mrr: number;
  queries: number;
}

export interface IntentEngineReport {
  name: string;
  byLang: Record<Lang, IntentScores>;
  latency: Latency;
  /** The queries this engine missed in the top 3, for reading. */
  missed: string[];
}

export interface IntentReport {
  queries: number;
  engines: IntentEngineReport[];
  /** The first search of a fresh process on the shipped pack (index built before, not counted). */
  firstQuery: { query: string; ms: number; hits: number };
}

type Ranker = (query: string) => string[];

const TOP = 3;
const DEPTH = 20;
const FIRST_QUERY = '客户说价格太高';
const PROBE = fileURLToPath(new URL('./intentProbe.ts', import.meta.url));

export function loadIntentQueries(): IntentQuery[] {
  const text = readFileSync(new URL('./queries/intent.yaml', import.meta.url), 'utf8');
  return (parse(text) as { queries: IntentQuery[] }).queries;
}

export async function runIntentBench(): Promise<IntentReport> {
  const content = await loadContent(defaultContentRoots());
  const queries = loadIntentQueries();
  checkLabels(content, queries);
  const docs = documentsOfContent(content);
  const index = SearchIndex.build(content);
  const engines: [string, Ranker][] = [
    ['ours', (q) => index.search(q, { limit: DEPTH }).map(sectionOf)],
    ['BM25 (MiniSearch)', bm25Over(docs)],
    ['fuse.js (plain)', plainFuseOver(docs)],
  ];
  return {
    queries: queries.length,
    engines: engines.map(([name, rank]) => scoreEngine(name, rank, queries)),
    firstQuery: firstQueryInFreshProcess(),
  };
}

function scoreEngine(name: string, rank: Ranker, queries: readonly IntentQuery[]): IntentEngineReport {
  for (const query of queries.slice(0, 3)) rank(query.q);
  const times: number[] = [];
  const missed: string[] = [];
  const rows = queries.map((query) => {
    const { result, ms } = elapsed(() => distinct(rank(query.q)));
    times.push(ms);
    const at = result.findIndex((section) => query.expect.includes(section));
    if (at < 0 || at >= TOP) missed.push(`${query.q} → ${result.slice(0, TOP).join(', ') || '(nothing)'}`);
    return { lang: query.lang, hit: at >= 0 && at < TOP, reciprocal: at >= 0 ? 1 / (at + 1) : 0 };
  });
  const scores = (lang: Lang): IntentScores => {
    const mine = rows.filter((row) => row.lang === lang);
    return {
      recallAt3: mine.filter((row) => row.hit).length / mine.length,
      mrr: mine.reduce((sum, row) => sum + row.reciprocal, 0) / mine.length,
      queries: mine.length,
    };
  };
  return { name, byLang: { 'zh-CN': scores('zh-CN'), en: scores('en') }, latency: summarise(times), missed };
}

/** A hit on a tactic counts for the section it stands in; whole items count for nothing. */
function sectionOf(hit: { id: string; section: string | null }): string {
  return hit.section === null ? `${hit.id}#` : `${hit.id}#${hit.section.split('--')[0]}`;
}

/** Each section once (its two languages and its tactics are one answer), in order. */
function distinct(sections: readonly string[]): string[] {
  return [...new Set(sections.filter((section) => !section.endsWith('#')))];
}

function bm25Over(docs: readonly SearchDoc[]): Ranker {
  const search = new MiniSearch<SearchDoc & { key: number; tagText: string }>({
    idField: 'key',
    fields: ['title', 'tagText', 'body'],
    tokenize: segmentWords,
    processTerm: (term) => term,
    searchOptions: { combineWith: 'OR', boost: { title: FIELD_WEIGHTS[0] as number, tagText: FIELD_WEIGHTS[1] as number } },
  });
  search.addAll(docs.map((doc, key) => ({ ...doc, key, tagText: doc.tags.join(' ') })));
  return (query) => search.search(query).slice(0, DEPTH).map((result) => sectionOf(docs[result.id as number] as SearchDoc));
}

function plainFuseOver(docs: readonly SearchDoc[]): Ranker {
  const fuse = new Fuse(docs, fuseOptions<SearchDoc>());
  return (query) => fuse.search(fuseTokens(query).join(' '), { limit: DEPTH }).map((result) => sectionOf(result.item));
}

/** Every label must name a section of the shipped pack, in both languages. */
function checkLabels(content: ContentSet, queries: readonly IntentQuery[]): void {
  const known = new Set(content.playbooks.flatMap((p) => p.sections.map((s) => `${p.lang}:${p.id}#${s.anchor}`)));
  for (const query of queries) {
    for (const section of query.expect) {
      for (const lang of ['zh-CN', 'en']) {
        if (!known.has(`${lang}:${section}`)) throw new Error(`intent query "${query.q}": no ${lang} section ${section}`);
      }
    }
  }
}

function firstQueryInFreshProcess(): IntentReport['firstQuery'] {
  const child = spawnSync(process.execPath, ['--import', 'tsx', PROBE, FIRST_QUERY], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`first-query probe failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() as string) as IntentReport['firstQuery'];
}

const fixed = (value: number) => value.toFixed(3);

/** The intent table as Markdown (for the console and bench/README.md), with the first-query line. */
export function formatIntentReport(report: IntentReport): string {
  const rows = report.engines.map(
    (e) =>
      `| ${e.name} | ${fixed(e.byLang['zh-CN'].recallAt3)} | ${fixed(e.byLang['zh-CN'].mrr)} | ${fixed(e.byLang.en.recallAt3)} | ` +
      `${fixed(e.byLang.en.mrr)} | ${e.latency.median.toFixed(2)} | ${e.latency.p95.toFixed(2)} |`,
  );
  const [ours, bm25] = report.engines;
  const gains = ours && bm25 ? (['zh-CN', 'en'] as const).map((lang) => `${lang} +${fixed(ours.byLang[lang].recallAt3 - bm25.byLang[lang].recallAt3)}`) : [];
  return [
    `Search by intent: ${report.queries} rep questions (bench/queries/intent.yaml) over the shipped pack`,
    '',
    '| engine | zh-CN recall@3 | zh-CN MRR | en recall@3 | en MRR | query p50 ms | query p95 ms |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `recall@3 over BM25: ${gains.join(', ')}; first query of a fresh process (\`${report.firstQuery.query}\`, cold JIT): ` +
      `${report.firstQuery.ms.toFixed(1)} ms, ${report.firstQuery.hits} hits`,
  ].join('\n');
}

/** The questions each engine missed in its first 3, one per line. */
export function formatIntentMisses(report: IntentReport): string {
  return report.engines.map((e) => `${e.name} missed ${e.missed.length}:\n${e.missed.map((m) => `  ${m}`).join('\n')}`).join('\n');
}
