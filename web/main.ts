// The web host as a program: parses the command line, opens the back end, serves until SIGINT/SIGTERM,
// then closes the server and the store before exiting.
import { fileURLToPath } from 'node:url';
import { openBackend, type Backend } from '../backend/openBackend';
import { DataFolderLockedError } from '../backend/store/DataFolderLock';
import { startWebServer } from './server';
import { parseWebHostArgs, WEB_HOST_USAGE } from './webHostArgs';

const RENDERER_DIR = fileURLToPath(new URL('../dist/renderer', import.meta.url));

export interface RunWebHostOptions {
  /** Called with the address (token included) once the host answers requests. */
  onReady?: (url: string) => void;
}

export async function runWebHost(argv: string[], options: RunWebHostOptions = {}): Promise<void> {
  const parsed = parseWebHostArgs(argv);
  if (parsed.kind === 'help') {
    console.log(WEB_HOST_USAGE);
    return;
  }
  if (parsed.kind === 'error') {
    console.error(`${parsed.message}\n${WEB_HOST_USAGE}`);
    process.exitCode = 2;
    return;
  }
  const { dataDir, port, contentRoots, workspace } = parsed.args;
  let backend: Backend;
  try {
    backend = await openBackend({ dataDir, contentRoots, workspace });
  } catch (error) {
    // Problems the user can act on get one line, not a stack trace.
    if (!(error instanceof DataFolderLockedError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
    return;
  }
  // What the learner's data and the trainer's workspace had to give up at start (a corrupt file set aside, a
  // remembered workspace that could not be reopened), said here as the app says it on screen.
  const [data, opened] = await Promise.all([backend.api.dataStatus({}), backend.api.getWorkspace({})]);
  for (const notice of [data.notice, opened.notice]) if (notice) console.warn(notice);
  const problems = await backend.api.getDiagnostics({});
  if (problems.length > 0) {
    const errors = problems.filter((problem) => problem.severity === 'error').length;
    console.warn(`Content has ${errors} error(s) and ${problems.length - errors} warning(s); the app lists them, \`npx pbt check\` prints them.`);
  }
  const server = await startWebServer({ api: backend.api, contentRoots: backend.contentRoots, rendererDir: RENDERER_DIR, port });
  console.log(`Playbook Trainer is ready at ${server.url}`);
  options.onReady?.(server.url);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping the web host…');
    await server.close();
    await backend.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stop()
        .catch((error: unknown) => {
          console.error('The web host did not stop cleanly:', error);
          process.exitCode = 1;
        })
        .finally(() => process.exit());
    });
  }
}
