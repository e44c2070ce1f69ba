// Run in a fresh process by pathologicalBench.ts: `pbt check` on one content root (the same code, in process),
// reporting as one JSON line the time of the check alone (no parse cache), its CPU time, and the peak memory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../cli/runCli';

const root = process.argv[2] ?? '.';
// A first check of an empty folder loads the command's modules (loaded on first use), so they are not timed.
const empty = mkdtempSync(path.join(tmpdir(), 'pbt-probe-'));
await runCli(['check', '--json', '--no-cache', empty], { out: () => undefined, err: () => undefined, cwd: empty });
rmSync(empty, { recursive: true, force: true });
const rssBefore = process.memoryUsage().rss;
const cpu = process.cpuUsage();
const started = performance.now();
const lines: string[] = [];
const code = await runCli(['check', '--json', '--no-cache', root], { out: (text) => lines.push(text), err: (text) => lines.push(text), cwd: root });
const ms = performance.now() - started;
const used = process.cpuUsage(cpu);
const diagnostics = JSON.parse(lines.join('\n')) as { severity: string; message: string }[];
console.log(
  JSON.stringify({
    ms,
    cpuMs: (used.user + used.system) / 1000,
    // maxRSS is in kilobytes; the baseline is what the process held before checking (Node, tsx, the code).
    peakMB: process.resourceUsage().maxRSS / 1024,
    baselineMB: rssBefore / 1024 / 1024,
    code,
    firstError: diagnostics.find((d) => d.severity === 'error')?.message.slice(0, 80) ?? null,
  }),
);
