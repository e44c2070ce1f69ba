// Two processes start on one data folder at the same instant: exactly one of them gets it, every time, whether
// the folder is fresh, holds the lock of a process that has ended, or holds an empty lock file.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../backend/store/DataFolderLock';

const TRIALS = 50;
const WORKER = fileURLToPath(new URL('./lockWorker.ts', import.meta.url));

interface Worker {
  ask(command: object): Promise<{ result: string; message?: string }>;
  process: ChildProcessWithoutNullStreams;
}

function startWorker(): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER], { stdio: ['pipe', 'pipe', 'pipe'] });
  const answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  return {
    process: child,
    async ask(command) {
      child.stdin.write(`${JSON.stringify(command)}\n`);
      const next = await answers.next();
      if (next.done) throw new Error('the lock worker ended');
      return JSON.parse(next.value) as { result: string; message?: string };
    },
  };
}

let workers: Worker[] = [];
let root: string;
let deadPid: number;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'pbt-lock-race-'));
  workers = [startWorker(), startWorker()];
  const ended = spawn(process.execPath, ['-e', '']);
  await once(ended, 'exit');
  deadPid = ended.pid!;
  // Both workers loaded and answering before the first trial.
  await Promise.all(workers.map((worker) => worker.ask({ cmd: 'release' })));
});
afterAll(async () => {
  for (const worker of workers) worker.process.kill();
  await rm(root, { recursive: true, force: true });
});

const scenarios: Record<string, (lockFile: string) => Promise<void>> = {
  'a fresh folder': async () => undefined,
  'a stale lock (its process has ended)': (lockFile) => writeFile(lockFile, `${deadPid}\n`),
  'an empty lock file': (lockFile) => writeFile(lockFile, ''),
};

describe('DataFolderLock between two processes starting together', () => {
  for (const [name, prepare] of Object.entries(scenarios)) {
    it(`gives ${name} to exactly one of them, ${TRIALS} times out of ${TRIALS}`, async () => {
      const outcomes: string[] = [];
      for (let trial = 0; trial < TRIALS; trial++) {
        const dir = path.join(root, `${name.replace(/\W+/g, '-')}-${trial}`);
        await mkdir(dir);
        await prepare(path.join(dir, LOCK_FILE));
        const at = Date.now() + 40;
        const results = await Promise.all(workers.map((worker) => worker.ask({ cmd: 'acquire', dir, at })));
        outcomes.push(results.map((r) => r.message ?? r.result).sort().join(' + '));
        await Promise.all(workers.map((worker) => worker.ask({ cmd: 'release' })));
      }
      expect(outcomes.filter((outcome) => outcome !== 'locked + owner')).toEqual([]);
    }, 120_000);
  }
});
