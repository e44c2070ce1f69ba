import { parseArgs, type ParseArgsConfig } from 'node:util';
import { LANGS, type Lang } from '../core/model';
import { INTERCHANGE_COMMANDS, INTERCHANGE_USAGE } from './commands/interchange';
import { TEAM_USAGE } from './commands/teamUsage';
import { UsageError, type CliIo, type ExitCode } from './io';

export const USAGE = `Usage: pbt <command> [options]

Commands:
  check [DIR…] [--json] [--strict]
                                 validate content; prints file:line:col: error|warning: message;
                                 --strict (or "strict: true" in a DIR's pbt.config.yaml) fails on warnings too
  search QUERY [--dir DIR]… [--lang zh-CN|en] [--limit N] [--json]
                                 ranked search over sections, tactics, quizzes and cases
  render FILE.md                 print the HTML the app shows for a playbook
  stats [DIR…] [--json]          counts by type and language, and what no quiz or path covers yet
  cache [DIR…]                   write DIR/.pbt-cache: every file's parse result and the search index, which the
                                 app uses on its first start on DIR for the files they still match
  records export [--data DIR] [--out FILE.ndjson]
                                 the learning records (xAPI statements) kept in a data folder, one per line,
                                 for an LRS or the team report; --data defaults to the app's own data folder
${INTERCHANGE_USAGE}
${TEAM_USAGE}

check, stats and search keep parse results in the platform's cache folder, so unchanged files are not parsed
again; --cache DIR puts them elsewhere, --no-cache neither reads nor writes them.

A DIR is a content root holding playbooks/ and/or content/. Without one, the repository's own content is used;
several DIRs overlay in order (later ones override items with the same id and language).
Exit codes: 0 ok, 1 content errors (warnings too when strict; or no search result), 2 wrong usage.`;

type Options = NonNullable<ParseArgsConfig['options']>;
const READ_FLAGS: Options = { json: { type: 'boolean' }, cache: { type: 'string' }, 'no-cache': { type: 'boolean' } };
const COMMAND_OPTIONS: Record<string, Options> = {
  check: { ...READ_FLAGS, strict: { type: 'boolean' } },
  stats: READ_FLAGS,
  render: {},
  cache: {},
  records: { data: { type: 'string' }, out: { type: 'string' } },
  search: { ...READ_FLAGS, dir: { type: 'string', multiple: true }, lang: { type: 'string' }, limit: { type: 'string' } },
};

export async function runCli(args: string[], io: CliIo): Promise<ExitCode> {
  const [command, ...rest] = args;
  if (command === 'help' || command === '--help' || command === '-h') {
    io.out(USAGE);
    return 0;
  }
  try {
    const interchange = command ? INTERCHANGE_COMMANDS[command] : undefined;
    if (interchange) return await interchange(rest, io);
    if (command === 'team') return await (await import('./commands/team')).team(rest, io);
    const options = command ? COMMAND_OPTIONS[command] : undefined;
    if (!command || !options) throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
    const { values, positionals } = parseCommandLine(rest, options);
    // Each command's code (parsers, search, renderer) loads only when that command runs.
    const roots = async (dirs: string[]) => (dirs.length > 0 ? dirs : (await import('../backend/content/loadContent')).defaultContentRoots());
    const json = values.json === true;
    const cacheDir = await cacheOption(values.cache, values['no-cache'] === true);
    switch (command) {
      case 'check': {
        const { check } = await import('./commands/check');
        return await check(await roots(positionals), { json, strict: values.strict === true, cacheDir }, io);
      }
      case 'stats': {
        const { stats } = await import('./commands/stats');
        return await stats(await roots(positionals), { json, cacheDir }, io);
      }
      case 'cache': {
        const { cache } = await import('./commands/cache');
        return await cache(await roots(positionals), io);
      }
      case 'render': {
        if (positionals.length !== 1) throw new UsageError('render takes exactly one FILE.md');
        const { render } = await import('./commands/render');
        return await render(positionals[0]!, io);
      }
      case 'records': {
        if (positionals.length !== 1 || positionals[0] !== 'export') throw new UsageError('records takes one subcommand: export');
        const { exportRecords } = await import('./commands/records');
        return await exportRecords({ dataDir: values.data as string | undefined, out: values.out as string | undefined }, io);
      }
      default: {
        if (positionals.length === 0) throw new UsageError('search needs a QUERY');
        const { search } = await import('./commands/search');
        return await search(
          { query: positionals.join(' '), roots: await roots((values.dir as string[] | undefined) ?? []), lang: langOption(values.lang), limit: limitOption(values.limit), json, cacheDir },
          io,
        );
      }
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`pbt: ${error.message}\n\n${USAGE}`);
    return 2;
  }
}

function parseCommandLine(args: string[], options: Options) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function langOption(value: unknown): Lang | undefined {
  if (value === undefined) return undefined;
  if (LANGS.includes(value as Lang)) return value as Lang;
  throw new UsageError(`--lang must be one of ${LANGS.join(', ')}, not "${String(value)}"`);
}

/** The parse cache's folder: `--cache DIR`, none with `--no-cache`, else the platform's cache folder. */
async function cacheOption(value: unknown, off: boolean): Promise<string | undefined> {
  if (off && value !== undefined) throw new UsageError('--cache and --no-cache exclude each other');
  if (off) return undefined;
  if (typeof value === 'string') return value;
  return (await import('../backend/store/defaultDataDir')).defaultCacheDir();
}

function limitOption(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const limit = Number(value);
  if (Number.isInteger(limit) && limit > 0) return limit;
  throw new UsageError(`--limit must be a positive whole number, not "${String(value)}"`);
}
