// Start-up and rendering: generated playbooks written to a temporary folder and loaded through the real loader
// in fresh processes (cold: parse + build the index; warm: parse + load the cached index), the render time of a
// 200 KB playbook, and the memory the back end holds for 50,000 sections.
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
import type { ProbeResult } from './startupProbe';

export interface StartupReport {
  playbooks: number;
  sections: number;
  cold: { totalMs: Latency; contentMs: Latency; indexMs: Latency };
  warm: { totalMs: Latency; contentMs: Latency; indexMs: Latency };
}

export interface RenderReport {
  kilobytes: number;
  firstMs: number;
  ms: Latency;
}

export interface BackendMemoryReport {
  sections: number;
  playbooks: number;
  contentMemoryMB: number;
  indexMemoryMB: number;
  contentMs: number;
  indexLoadMs: number;
}

const RUNS = 3;
const PROBE = fileURLToPath(new URL('./startupProbe.ts', import.meta.url));

export function runStartupBench(playbookCount: number): StartupReport {
  const { playbooks } = generatePlaybooks(playbookCount).content;
  return withCorpusOnDisk(playbooks, (root, cacheFile) => {
    const cold = Array.from({ length: RUNS }, () => runProbe('cold', root, cacheFile));
    const warm = Array.from({ length: RUNS }, () => runProbe('warm', root, cacheFile));
    const sections = playbooks.reduce((n, p) => n + p.sections.length, 0);
    return { playbooks: playbookCount, sections, cold: phases(cold), warm: phases(warm) };
  });
}

export function runBackendMemoryBench(sectionCount: number): BackendMemoryReport {
  const { playbooks } = generateCorpus(sectionCount).content;
  return withCorpusOnDisk(playbooks, (root, cacheFile) => {
    runProbe('cold', root, cacheFile);
    const result = runProbe('memory', root, cacheFile);
    return {
      sections: sectionCount,
      playbooks: playbooks.length,
      contentMemoryMB: result.contentMemoryMB ?? Number.NaN,
      indexMemoryMB: result.indexMemoryMB ?? Number.NaN,
      contentMs: result.contentMs,
      indexLoadMs: result.indexMs,
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

function withCorpusOnDisk<T>(playbooks: Parameters<typeof writePlaybooks>[1], measure: (root: string, cacheFile: string) => T): T {
  const root = mkdtempSync(path.join(tmpdir(), 'pbt-bench-'));
  try {
    writePlaybooks(root, playbooks);
    return measure(root, path.join(root, 'search-index.json'));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function runProbe(mode: 'cold' | 'warm' | 'memory', root: string, cacheFile: string): ProbeResult {
  const child = spawnSync(process.execPath, ['--import', 'tsx', PROBE, mode, root, cacheFile], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`start-up probe failed: ${child.stderr}`);
  const result = JSON.parse(child.stdout.trim().split('\n').pop() as string) as ProbeResult;
  if (result.diagnostics > 0) throw new Error(`generated content has ${result.diagnostics} diagnostics`);
  return result;
}

function phases(results: readonly ProbeResult[]) {
  return {
    totalMs: summarise(results.map((r) => r.totalMs)),
    contentMs: summarise(results.map((r) => r.contentMs)),
    indexMs: summarise(results.map((r) => r.indexMs)),
  };
}
