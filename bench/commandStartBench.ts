// Start-up of the programs a trainer and a rep launch, each in a fresh process, against `node -e ''` measured in
// the same rounds: what the program costs beyond starting Node itself. Rounds interleave the commands, so load
// from other work on the machine stretches all of them alike.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Latency } from './measure';
import { summarise } from './measure';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const ROUNDS = 7;
const READY = /Playbook Trainer is ready at /;
const WEB_TIMEOUT_MS = 60_000;

export interface CommandStart {
  name: string;
  /** What it is compared with: a multiple of `node -e ''`, or an absolute time. */
  target: { times: number } | { ms: number };
  ms: Latency;
  /** Median over the median of `node -e ''`. */
  ratio: number;
}

export interface CommandStartReport {
  baselineMs: Latency;
  commands: CommandStart[];
}

interface Command {
  name: string;
  target: CommandStart['target'];
  /** Wall time of one run, in ms. */
  run(round: number): Promise<number>;
}

export async function runCommandStartBench(): Promise<CommandStartReport> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'pbt-command-start-'));
  try {
    const cache = path.join(scratch, 'cli-cache');
    const warmData = path.join(scratch, 'web-warm');
    const node = (...args: string[]) => () => Promise.resolve(timeProcess(args));
    const baseline: Command = { name: "node -e ''", target: { times: 1 }, run: node('-e', '') };
    const commands: Command[] = [
      { name: 'pbt --help', target: { times: 3 }, run: node('bin/pbt.js', '--help') },
      { name: 'pbt check (shipped pack, cache of an earlier run)', target: { times: 8 }, run: node('bin/pbt.js', 'check', '--cache', cache) },
      { name: 'pbt check (shipped pack, --no-cache)', target: { times: 8 }, run: node('bin/pbt.js', 'check', '--no-cache') },
      { name: 'npm run web: URL printed (first start, new data folder)', target: { ms: 1500 }, run: (round) => timeWebHost(path.join(scratch, `web-first-${round}`)) },
      { name: 'npm run web: URL printed (data folder of an earlier start)', target: { ms: 1500 }, run: () => timeWebHost(warmData) },
    ];
    // Unmeasured: builds the bundles if the sources changed, fills the CLI cache and the warm data folder.
    for (const command of [baseline, ...commands]) await command.run(-1);
    const samples = new Map<string, number[]>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const command of [baseline, ...commands]) {
        const ms = await command.run(round);
        samples.set(command.name, [...(samples.get(command.name) ?? []), ms]);
      }
    }
    const baselineMs = summarise(samples.get(baseline.name)!);
    return {
      baselineMs,
      commands: commands.map(({ name, target }) => {
        const ms = summarise(samples.get(name)!);
        return { name, target, ms, ratio: ms.median / baselineMs.median };
      }),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function timeProcess(args: string[]): number {
  const start = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: REPO, encoding: 'utf8' });
  const ms = performance.now() - start;
  // `pbt check` exits 1 when the content has errors; anything else means the command itself failed.
  if (child.status !== 0 && !(args.includes('check') && child.status === 1)) throw new Error(`node ${args.join(' ')} failed: ${child.stderr}`);
  return ms;
}

/** From spawning `scripts/web.js` to the line with the URL; then the host is stopped. */
function timeWebHost(dataDir: string): Promise<number> {
  const start = performance.now();
  const child = spawn(process.execPath, ['scripts/web.js', '--data', dataDir, '--port', '0'], { cwd: REPO });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`the web host did not print its URL within ${WEB_TIMEOUT_MS} ms:\n${output}`)), WEB_TIMEOUT_MS);
    const finish = (error: Error | null, ms = 0) => {
      clearTimeout(timer);
      child.removeAllListeners('exit');
      child.once('exit', () => (error ? reject(error) : resolve(ms)));
      child.kill('SIGTERM');
    };
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      if (READY.test(output)) finish(null, performance.now() - start);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the web host exited with ${code} before it was ready:\n${output}`));
    });
  });
}

export function formatCommandStart(report: CommandStartReport): string {
  const ms = (value: number) => value.toFixed(0);
  const target = (t: CommandStart['target']) => ('times' in t ? `≤ ${t.times}× node` : `≤ ${t.ms.toLocaleString('en')} ms`);
  const met = (c: CommandStart) => ('times' in c.target ? c.ratio <= c.target.times : c.ms.median <= c.target.ms);
  return [
    `Program start-up, ${report.baselineMs.count} rounds; node -e '' median ${ms(report.baselineMs.median)} ms (p95 ${ms(report.baselineMs.p95)})`,
    ...report.commands.map(
      (c) =>
        `  ${c.name}: median ${ms(c.ms.median)} ms (p95 ${ms(c.ms.p95)}), ${c.ratio.toFixed(1)}× node -e ''; target ${target(c.target)}: ${met(c) ? 'met' : 'missed'}`,
    ),
  ].join('\n');
}
