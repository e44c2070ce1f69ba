// Runs the web host's bundle (built from the TypeScript sources when they changed) in this process until it is stopped.
import { nodeHostBundle } from './buildSteps.js';

/** @param {string[]} argv @param {{ onReady?: (url: string) => void }} [options] */
export async function startWebHostProcess(argv, options = {}) {
  const { runWebHost } = await import(await nodeHostBundle('webHost'));
  await runWebHost(argv, options);
}
