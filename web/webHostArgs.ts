// Command line of the web host: `npm run web -- [--data DIR] [--port N] [--content DIR]...`.
import { parseArgs } from 'node:util';

export interface WebHostArgs {
  /** Progress store folder; the platform's user data folder when absent. */
  dataDir?: string;
  /** 0 picks a free port. */
  port: number;
  /** Content roots that replace the built-in one, overlaid in order. */
  contentRoots?: string[];
  /** The trainer's workspace folder, overlaid last; the remembered one when absent. */
  workspace?: string;
}

export const WEB_HOST_USAGE = `Usage: npm run web -- [--data DIR] [--port N] [--content DIR]... [--workspace DIR]
  --data DIR       folder for the learner's progress (default: the platform's user data folder)
  --port N         port on 127.0.0.1 (default 0: a free port)
  --content DIR    content root to use instead of the built-in one; repeat to overlay several
  --workspace DIR  trainer's workspace folder, overlaid on the content and watched for changes
                   (default: the one opened last)
  --help           show this message`;

export type ParsedWebHostArgs = { kind: 'run'; args: WebHostArgs } | { kind: 'help' } | { kind: 'error'; message: string };

export function parseWebHostArgs(argv: string[]): ParsedWebHostArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        data: { type: 'string' },
        port: { type: 'string' },
        content: { type: 'string', multiple: true },
        workspace: { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { kind: 'help' };
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    return { kind: 'error', message: `--port needs a number from 0 to 65535, got "${values.port}".` };
  }
  return {
    kind: 'run',
    args: {
      port,
      ...(values.data !== undefined ? { dataDir: values.data } : {}),
      ...(values.content?.length ? { contentRoots: values.content } : {}),
      ...(values.workspace !== undefined ? { workspace: values.workspace } : {}),
    },
  };
}
