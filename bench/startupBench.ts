// Start-up and rendering: generated playbooks written to a temporary folder and opened the way the hosts open
// the back end, in fresh processes (cold: a data folder without caches; warm: the caches a cold start left),
// the render time of a 200 KB playbook, and the memory the back end holds for 50,000 sections.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderMarkdown } from '../core/markdown/createMarkdown';
import { generateCorpus, generatePlaybooks } from './corpus/generateCorpus';
import { writePlaybooks } from './corpus/writeCorpus';
import type { Latency } from './measure';
import { elapsed, summarise } from './measure';
import type { IndexProbeResult, ProbeResult } from './startupProbe';

export interface StartupReport {
  playbooks: number;
  sections: number;
  /** A data folder without caches: every file parsed, the index built. */
  cold: StartupRuns;
  /** The data folder the cold start left: parse results and index loaded from their caches. */
  warm: StartupRuns;
  /** A first start (empty data folder) on content that carries its own caches (`pbt cache`, done when the app is built). */
  carried: StartupRuns;
}

interface StartupRuns {
  openMs: Latency;
  firstSearchMs: Latency;
}

export interface RenderReport {
  kilobytes: number;
  firstMs: number;
  ms: Latency;
}

export interface BackendMemoryReport {
  sections: number;
  playbooks: number;
  memoryMB: number;
  /** Opening the back end measured (a warm start). */
  openMs: number;
  /** The search index step of a warm start alone: from its cache in the data folder. */
  indexLoadMs: Latency;
}

const RUNS = 3;
const PROBE = fileURLToPath(new URL('./startupProbe.ts', import.meta.url));

export function runStartupBench(playbookCount: number): StartupReport {
  const { playbooks } = generatePlaybooks(playbookCount).content;
  return withCorpusOnDisk(playbooks, (root, dataDir) => {
    const cold = Array.from({ length: RUNS }, (_, i) => runProbe('start', root, `${dataDir}-cold-${i}`));
    const warm = Array.from({ length: RUNS }, () => runProbe('start', root, `${dataDir}-cold-0`));
    runProbe('write-root-caches', root, dataDir);
    const carried = Array.from({ length: RUNS }, (_, i) => runProbe('start', root, `${dataDir}-carried-${i}`));
    const sections = playbooks.reduce((n, p) => n + p.sections.length, 0);
    return { playbooks: playbookCount, sections, cold: runsOf(cold), warm: runsOf(warm), carried: runsOf(carried) };
  });
}

export function runBackendMemoryBench(sectionCount: number): BackendMemoryReport {
  const { playbooks } = generateCorpus(sectionCount).content;
  return withCorpusOnDisk(playbooks, (root, dataDir) => {
    runProbe('start', root, dataDir);
    const result = runProbe('memory', root, dataDir);
    const indexLoads = Array.from({ length: RUNS }, () => runIndexProbe(root, dataDir));
    return {
      sections: sectionCount,
      playbooks: playbooks.length,
      memoryMB: result.memoryMB ?? Number.NaN,
      openMs: result.openMs,
      indexLoadMs: summarise(indexLoads.map((load) => load.indexMs)),
    };
  });
}

export function runRenderBench(kilobytes: number): RenderReport {
  const bodies: string[] = [];
  let size = 0;
  for (const playbook of generatePlaybooks(200).content.playbooks) {
    if (size >= kilobytes * 1000) break;
    bodies.push(playbook.body);
    size += new TextEncoder().encode(playbook.body).length;
  }
  const markdown = bodies.join('\n\n');
  const first = elapsed(() => renderMarkdown(markdown, { playbookId: 'large' })).ms;
  const runs = Array.from({ length: 20 }, () => elapsed(() => renderMarkdown(markdown, { playbookId: 'large' })).ms);
  return { kilobytes: new TextEncoder().encode(markdown).length / 1000, firstMs: first, ms: summarise(runs) };
}

/** The playbooks as files in a temporary content root; data folders go next to it (`<dataDir>`, `<dataDir>-…`). */
function withCorpusOnDisk<T>(playbooks: Parameters<typeof writePlaybooks>[1], measure: (root: string, dataDir: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'pbt-bench-'));
  try {
    const root = path.join(dir, 'content');
    writePlaybooks(root, playbooks);
    return measure(root, path.join(dir, 'data'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runProbe(mode: 'start' | 'memory' | 'write-root-caches', root: string, dataDir: string): ProbeResult {
  const result = probeOutput<ProbeResult>(mode, root, dataDir);
  if (result.diagnostics > 0) throw new Error(`generated content has ${result.diagnostics} diagnostics`);
  if (result.hits === 0) throw new Error('the first search after start-up found nothing');
  return result;
}

function runIndexProbe(root: string, dataDir: string): IndexProbeResult {
  const result = probeOutput<IndexProbeResult>('index', root, dataDir);
  if (result.origin !== 'loaded') throw new Error(`the search index was ${result.origin}, not loaded from its cache`);
  return result;
}

/** Runs the probe in a fresh process and reads the JSON line it prints last. */
function probeOutput<T>(mode: string, root: string, dataDir: string): T {
  const child = spawnSync(process.execPath, ['--import', 'tsx', PROBE, mode, root, dataDir], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`start-up probe failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() as string) as T;
}

function runsOf(results: readonly ProbeResult[]): StartupRuns {
  return { openMs: summarise(results.map((r) => r.openMs)), firstSearchMs: summarise(results.map((r) => r.firstSearchMs)) };
}
