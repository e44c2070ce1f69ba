// The learner's app killed (SIGKILL) hundreds of times while it writes progress: after every kill the progress
// file reads back whole, the next start needs no repair, and no write that was acknowledged is lost.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROGRESS_FILE } from '../../backend/store/ProgressStore';
import { parseProgress } from '../../backend/store/progressSchema';

const KILLS = 200;
let root: string;
let writer: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'pbt-crash-'));
  // Bundled once, so each of the hundreds of starts takes milliseconds rather than a TypeScript load.
  writer = path.join(root, 'progressWriter.mjs');
  await build({ entryPoints: [fileURLToPath(new URL('./progressWriter.ts', import.meta.url))], bundle: true, platform: 'node', format: 'esm', outfile: writer, logLevel: 'silent' });
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** Starts the writer from `first`, kills it `afterMs` after its first acknowledged write; the numbers it acknowledged. */
async function runAndKill(dataDir: string, first: number, afterMs: number): Promise<{ acknowledged: number[]; notices: string[] }> {
  const child = spawn(process.execPath, [writer, dataDir, String(first)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines: string[] = [];
  let buffered = '';
  let killTimer: NodeJS.Timeout | undefined;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const complete = buffered.split('\n');
    buffered = complete.pop()!;
    lines.push(...complete);
    if (killTimer === undefined && lines.some((line) => /^\d+$/.test(line))) killTimer = setTimeout(() => child.kill('SIGKILL'), afterMs);
  });
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  clearTimeout(killTimer);
  if (signal !== 'SIGKILL') throw new Error(`the writer stopped by itself (exit code ${code})`);
  return { acknowledged: lines.filter((line) => /^\d+$/.test(line)).map(Number), notices: lines.filter((line) => line.startsWith('notice ')) };
}

describe('progress under SIGKILL', () => {
  it(`loses no acknowledged write over ${KILLS} kills during writes`, async () => {
    const dataDir = path.join(root, 'data');
    const acknowledged = new Set<number>();
    const lost: number[] = [];
    const notices: string[] = [];
    let next = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const run = await runAndKill(dataDir, next, Math.floor(Math.random() * 40));
      notices.push(...run.notices);
      for (const n of run.acknowledged) acknowledged.add(n);
      next = Math.max(next, ...run.acknowledged) + 1;
      const parsed = parseProgress(await readFile(path.join(dataDir, PROGRESS_FILE), 'utf8'));
      if (!parsed.ok) throw new Error(`after kill ${kill + 1} the progress file does not read back: ${parsed.message}`);
      const read = new Set(parsed.data.reads.map((mark) => mark.playbookId));
      lost.push(...[...acknowledged].filter((n) => !read.has(`read-${n}`)));
    }
    expect(notices).toEqual([]);
    expect(lost).toEqual([]);
    // Enough writes were under way for the kills to land mid-write.
    expect(acknowledged.size).toBeGreaterThan(KILLS * 2);
    console.log(`${KILLS} kills, ${acknowledged.size} acknowledged writes, none lost`);
  }, 600_000);
});
