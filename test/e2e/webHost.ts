// Starts the real web host (`scripts/web.js`) as a child process, exactly as a user would,
// and waits for the line that announces its URL.
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const READY = /Playbook Trainer is ready at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/;
const START_TIMEOUT_MS = 30_000;

export interface WebHost {
  /** The address with the token, as printed. */
  url: string;
  origin: string;
  token: string;
  /** Everything the host printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

export async function startWebHost(options: { dataDir: string; contentRoots?: string[]; workspace?: string; env?: Record<string, string> }): Promise<WebHost> {
  const args = ['scripts/web.js', '--data', options.dataDir, '--port', '0'];
  for (const root of options.contentRoots ?? []) args.push('--content', root);
  if (options.workspace) args.push('--workspace', options.workspace);
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env: { ...process.env, ...options.env, NODE_ENV: 'production' } });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`The web host did not report ready within ${START_TIMEOUT_MS} ms.`)), START_TIMEOUT_MS);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${error.message}\n--- web host output ---\n${output}`));
    };
    child.stdout.on('data', () => {
      const match = READY.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => fail(new Error(`The web host exited with code ${code} before it was ready.`)));
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token')!,
    output: () => output,
    stop: () => stopChild(child),
  };
}

/** SIGTERM for a graceful shutdown (store flushed), SIGKILL if it hangs. */
function stopChild(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
