// `npm run bench:pathological`: `pbt check` on each hostile or careless file of test/pathological, each in a
// fresh process, three runs: the check's wall and CPU time (median) and the process's peak memory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PATHOLOGICAL_CASES, writeCase } from '../test/pathological/pathologicalContent';

const PROBE = fileURLToPath(new URL('./pathologicalProbe.ts', import.meta.url));
const RUNS = 3;

interface Probe {
  ms: number;
  cpuMs: number;
  peakMB: number;
  baselineMB: number;
  code: number;
  firstError: string | null;
}

function probe(root: string): Probe {
  const child = spawnSync(process.execPath, ['--import', 'tsx', PROBE, root], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`probe failed on ${root}: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Probe;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const dir = mkdtempSync(path.join(tmpdir(), 'pbt-pathological-bench-'));
try {
  console.log(`load average ${loadavg()[0]!.toFixed(1)} (wall time stretches when other work shares the cores; CPU time less so)`);
  console.log('| case | check, wall ms | check, CPU ms | peak RSS MB (baseline) | first error |');
  console.log('|---|---:|---:|---:|---|');
  for (const pathological of PATHOLOGICAL_CASES) {
    const root = writeCase(dir, pathological);
    const runs = Array.from({ length: RUNS }, () => probe(root));
    const peak = Math.max(...runs.map((run) => run.peakMB));
    const baseline = median(runs.map((run) => run.baselineMB));
    console.log(
      `| ${pathological.name} | ${median(runs.map((run) => run.ms)).toFixed(0)} | ${median(runs.map((run) => run.cpuMs)).toFixed(0)} | ${peak.toFixed(0)} (${baseline.toFixed(0)}) | ${runs[0]!.firstError ?? '—'} |`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
