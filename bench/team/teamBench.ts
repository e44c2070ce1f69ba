// The team-records part of `npm run bench` (`--only=team` runs it alone): a year of records from 500 reps
// (~1,000,000 statements, streamed to an NDJSON file), then, each in a fresh process for its own peak memory:
// reading the file with no aggregation (the baseline), the first aggregation, an incremental refresh of 10,000
// new statements, and the team view computed and rendered at 500 reps. Checks that the analysis finds what was
// planted: the misleading question, the elite benchmark, the stalled reps.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultContentRoots, loadContent } from '../../backend/content/loadContent';
import { generateTeamRecords, YEAR_END } from './generateTeamRecords';

const PROBE = fileURLToPath(new URL('./teamProbe.ts', import.meta.url));
export const TEAM_TARGETS = { aggregateMs: 20_000, aggregateMB: 300, refreshMs: 1_000, viewMs: 200 };

interface StepResult {
  ms: number;
  cpuMs: number;
  peakMB: number;
  [key: string]: unknown;
}

function probe<T extends object>(mode: string, file: string, dataDir: string, extra: string[] = []): T {
  // React as the built app runs it (the production build), not the development build's checks.
  const env = { ...process.env, NODE_ENV: 'production' };
  const child = spawnSync(process.execPath, ['--import', 'tsx', PROBE, mode, file, dataDir, ...extra], { encoding: 'utf8', maxBuffer: 64 << 20, env });
  if (child.status !== 0) throw new Error(`team probe ${mode} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as T;
}

export interface TeamBenchReport {
  statements: number;
  loadAverage: number;
  fileMB: number;
  generateMs: number;
  baseline: StepResult;
  aggregate: StepResult;
  refresh: StepResult;
  view: StepResult & { viewMs: number; renderMs: number; firstMs: number; afterTickMs: number };
  checks: { name: string; ok: boolean; detail: string }[];
}

export async function runTeamBench(options: { reps?: number; statements?: number } = {}): Promise<TeamBenchReport> {
  const reps = options.reps ?? 500;
  const total = options.statements ?? 1_000_000;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pbt-team-bench-'));
  try {
    const content = await loadContent(defaultContentRoots());
    const year = path.join(dir, 'year.ndjson');
    const started = performance.now();
    const planted = await generateTeamRecords(content, year, { reps, statements: total });
    const generateMs = performance.now() - started;
    const fresh = path.join(dir, 'new.ndjson');
    const added = await generateTeamRecords(content, fresh, { reps, statements: 10_000, from: YEAR_END, to: YEAR_END + 7 * 86_400_000, seed: 7 });
    const dataDir = path.join(dir, 'data');
    const loadAverage = os.loadavg()[0] ?? 0;
    const baseline = probe<StepResult>('baseline', year, dataDir);
    const aggregate = probe<StepResult>('aggregate', year, dataDir);
    const refresh = probe<StepResult>('refresh', fresh, dataDir);
    const view = probe<TeamBenchReport['view'] & { flagged: { id: string; misleading: string[]; flags: string[] }[]; benchmark: Record<string, number | null>; stalled: string[]; eliteReadiness: number[]; otherReadiness: number[]; basis: string }>(
      'view',
      year,
      dataDir,
      planted.elite,
    );
    const plantedId = `${planted.misleading.quizId}/${planted.misleading.questionId}`;
    const flaggedPlanted = view.flagged.filter((question) => question.id === plantedId);
    const benchmarks = Object.values(view.benchmark).filter((value): value is number => value !== null);
    const stalledFound = planted.stalled.filter((actor) => view.stalled.includes(actor)).length;
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
    const checks = [
      {
        name: 'the planted misleading question is flagged, with its distractor',
        ok: flaggedPlanted.length > 0 && flaggedPlanted.every((question) => question.misleading.includes(planted.misleading.option) && question.flags.includes('broken')),
        detail: `${plantedId} option ${planted.misleading.option}: ${JSON.stringify(flaggedPlanted.map((question) => [question.flags, question.misleading]))}; ${view.flagged.length} questions flagged in all (${view.flagged.map((question) => question.id).join(', ')})`,
      },
      {
        name: 'the benchmark is the elite reps’ level',
        ok: view.basis === 'benchmark' && benchmarks.length > 0 && benchmarks.every((value) => value > 0.5),
        detail: `${benchmarks.length} competencies, benchmark ${Math.min(...benchmarks).toFixed(2)}–${Math.max(...benchmarks).toFixed(2)}; elite reps at ${(mean(view.eliteReadiness) * 100).toFixed(0)}% on average, the others at ${(mean(view.otherReadiness) * 100).toFixed(0)}%`,
      },
      {
        name: 'the reps who stopped improving are listed as stalled',
        ok: stalledFound >= planted.stalled.length * 0.8,
        detail: `${stalledFound} of ${planted.stalled.length} planted; ${view.stalled.length} listed in all`,
      },
      { name: 'every statement was folded', ok: aggregate.added === planted.written && refresh.added === added.written, detail: `${String(aggregate.added)} + ${String(refresh.added)} of ${planted.written} + ${added.written}` },
    ];
    return { statements: planted.written, loadAverage, fileMB: (await stat(year)).size / 2 ** 20, generateMs, baseline, aggregate, refresh, view, checks };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export function formatTeamBench(report: TeamBenchReport): string {
  const ratio = (ms: number) => `${(ms / report.baseline.ms).toFixed(2)}× the baseline`;
  const mark = (ok: boolean) => (ok ? 'ok' : 'MISSED');
  return [
    `Team records (load average ${report.loadAverage.toFixed(1)} at the start: timings stretch when other work shares the cores): ${report.statements.toLocaleString('en')} statements from 500 reps over a year (${report.fileMB.toFixed(0)} MB of NDJSON, generated in ${seconds(report.generateMs)})`,
    `  baseline: read and parse every line, no aggregation   ${seconds(report.baseline.ms)} (CPU ${seconds(report.baseline.cpuMs)}), peak ${report.baseline.peakMB.toFixed(0)} MB`,
    `  first aggregation (into the cache)                    ${seconds(report.aggregate.ms)} (${ratio(report.aggregate.ms)}; CPU ${seconds(report.aggregate.cpuMs)}), peak ${report.aggregate.peakMB.toFixed(0)} MB   target ≤ 20 s, ≤ 300 MB: ${mark(report.aggregate.ms <= TEAM_TARGETS.aggregateMs && report.aggregate.peakMB <= TEAM_TARGETS.aggregateMB)}`,
    `  refresh: 10,000 new statements (cache load ${seconds(report.refresh.cacheLoadMs as number)} + fold and save ${seconds(report.refresh.foldMs as number)})   ${seconds(report.refresh.ms)} (CPU ${seconds(report.refresh.cpuMs)}), peak ${report.refresh.peakMB.toFixed(0)} MB   target ≤ 1 s: ${mark(report.refresh.ms <= TEAM_TARGETS.refreshMs)}`,
    `  team view at 500 reps: compute ${report.view.viewMs.toFixed(0)} ms + render ${report.view.renderMs.toFixed(0)} ms = ${report.view.ms.toFixed(0)} ms (CPU ${report.view.cpuMs.toFixed(0)} ms; first, cold: ${report.view.firstMs.toFixed(0)} ms; after ticking one more elite rep: ${report.view.afterTickMs.toFixed(0)} ms)   target ≤ 200 ms: ${mark(report.view.ms <= TEAM_TARGETS.viewMs)}`,
    ...report.checks.map((check) => `  ${mark(check.ok)}: ${check.name} — ${check.detail}`),
  ].join('\n');
}
