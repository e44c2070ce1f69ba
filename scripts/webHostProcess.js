// Loads the TypeScript web host through tsx in this process and runs it until it is stopped.
import { register } from 'tsx/esm/api';

/** @param {string[]} argv @param {{ onReady?: (url: string) => void }} [options] */
export async function startWebHostProcess(argv, options = {}) {
  register();
  const { runWebHost } = await import('../web/main.ts');
  await runWebHost(argv, options);
}
