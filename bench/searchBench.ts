// Search benchmark for one corpus size: the three engines side by side on the labelled queries and on every
// keystroke prefix of them. Ours always runs them all; the others are sampled (every n-th query) when they would
// exceed their time budget. The report says how many were measured, and gives our recall on the same sample.
import type { ContentSet } from '../core/model';
import { documentsOfContent } from '../core/search/documents';
import type { BuiltEngine, HitRef } from './engines';
import { buildIncludesScan, buildOurs, buildPlainFuse } from './engines';
import type { Latency } from './measure';
import { elapsed, everyNth, retainedHeap, summarise } from './measure';
import type { LabelledQuery, QueryCategory } from './queries/buildQuerySet';
import { QUERY_CATEGORIES } from './queries/buildQuerySet';

export interface EngineReport {
  name: string;
  buildMs: number;
  loadMs: number | null;
  serialisedMB: number | null;
  /** Retained by the engine: JS heap plus array buffers. */
  memoryMB: number;
  queries: Latency;
  keystrokes: Latency;
  /** CPU time per keystroke: the keystroke cost without the waiting for a core that wall time includes. */
  keystrokesCpu: Latency;
  /** Share of measured queries whose expected section is among the first 10 hits. */
  recallAt10: number;
  recallByCategory: Partial<Record<QueryCategory, number>>;
  /** Stride used to sample queries and keystrokes (1 = all of them). */
  queryStride: number;
  keystrokeStride: number;
}

export interface SizeReport {
  sections: number;
  documents: number;
  engines: EngineReport[];
  /** Our recall on exactly the queries the baseline was measured on. */
  oursRecallOnBaselineSample: number;
}

const TOP = 10;
const WARM_UP_QUERIES = 3;
/** Time allowed per engine and size for the full queries and for the keystrokes (keeps the run near 10 minutes). */
const QUERY_BUDGET_MS = 50_000;
const KEYSTROKE_BUDGET_MS = 40_000;

interface QueryRun {
  query: LabelledQuery;
  ms: number;
  found: boolean;
}

export function runSearchBench(content: ContentSet, sections: number, queries: readonly LabelledQuery[]): SizeReport {
  const keystrokes = queries.flatMap((q) => prefixesOf(q.query));
  const ours = measureEngine(buildOurs, content, queries, keystrokes, false);
  const baseline = measureEngine(buildPlainFuse, content, queries, keystrokes, true);
  const floor = measureEngine(buildIncludesScan, content, queries, keystrokes, true);
  const sampled = new Set(baseline.runs.map((run) => run.query));
  return {
    sections,
    documents: documentsOfContent(content).length,
    engines: [ours.report, baseline.report, floor.report],
    oursRecallOnBaselineSample: share(ours.runs.filter((run) => sampled.has(run.query)).map((run) => run.found)),
  };
}

function measureEngine(
  build: (content: ContentSet) => BuiltEngine,
  content: ContentSet,
  queries: readonly LabelledQuery[],
  keystrokes: readonly string[],
  sampled: boolean,
): { report: EngineReport; runs: QueryRun[] } {
  const { value: built, bytes } = retainedHeap(() => build(content));
  const estimate = warmUp(built, queries);
  const stride = (count: number, budget: number) => (sampled ? Math.max(1, Math.ceil((count * estimate) / budget)) : 1);
  const queryStride = stride(queries.length, QUERY_BUDGET_MS);
  const keystrokeStride = stride(keystrokes.length, KEYSTROKE_BUDGET_MS);
  const runs = everyNth(queries, queryStride).map((query): QueryRun => {
    const { result, ms } = elapsed(() => built.engine.search(query.query, TOP));
    return { query, ms, found: result.some((ref) => matchesExpected(ref, query.expected)) };
  });
  const keystrokeRuns = everyNth(keystrokes, keystrokeStride).map((k) => elapsed(() => built.engine.search(k, TOP)));
  const report: EngineReport = {
    name: built.name,
    buildMs: built.buildMs,
    loadMs: built.loadMs,
    serialisedMB: built.serialisedBytes === null ? null : built.serialisedBytes / 1e6,
    memoryMB: bytes / 1e6,
    queries: summarise(runs.map((run) => run.ms)),
    keystrokes: summarise(keystrokeRuns.map((run) => run.ms)),
    keystrokesCpu: summarise(keystrokeRuns.map((run) => run.cpuMs)),
    recallAt10: share(runs.map((run) => run.found)),
    recallByCategory: Object.fromEntries(
      QUERY_CATEGORIES.map((category) => [
        category,
        share(runs.filter((run) => run.query.category === category).map((run) => run.found)),
      ]),
    ),
    queryStride,
    keystrokeStride,
  };
  return { report, runs };
}

/** Runs a few queries untimed (JIT warm-up), then times them again to size the sample. */
function warmUp(built: BuiltEngine, queries: readonly LabelledQuery[]): number {
  const sample = everyNth(queries, Math.floor(queries.length / WARM_UP_QUERIES));
  for (const q of sample) built.engine.search(q.query, TOP);
  const total = sample.reduce((sum, q) => sum + elapsed(() => built.engine.search(q.query, TOP)).ms, 0);
  return total / Math.max(1, sample.length);
}

/** What the search box holds after each keystroke (blank prefixes excluded). */
function prefixesOf(query: string): string[] {
  const chars = Array.from(query);
  return chars.map((_, i) => chars.slice(0, i + 1).join('')).filter((prefix) => prefix.trim() !== '');
}

/** A hit on the expected section, or on a block inside it, counts. */
function matchesExpected(ref: HitRef, expected: string): boolean {
  return ref === expected || ref.startsWith(`${expected}--`);
}

function share(flags: readonly boolean[]): number {
  return flags.length ? flags.filter(Boolean).length / flags.length : Number.NaN;
}
