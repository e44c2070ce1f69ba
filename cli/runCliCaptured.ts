// For the CLI's tests: runs `pbt` in this process and returns what it printed, as a terminal would show it.
import { runCli } from './runCli';

export async function runCliCaptured(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (text) => out.push(text), err: (text) => err.push(text), cwd });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
