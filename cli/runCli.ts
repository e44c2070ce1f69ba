import { parseArgs, type ParseArgsConfig } from 'node:util';
import { LANGS, type Lang } from '../core/model';
import { defaultContentRoots } from '../backend/content/loadContent';
import { check } from './commands/check';
import { INTERCHANGE_COMMANDS, INTERCHANGE_USAGE } from './commands/interchange';
import { render } from './commands/render';
import { search } from './commands/search';
import { stats } from './commands/stats';
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
${INTERCHANGE_USAGE}

A DIR is a content root holding playbooks/ and/or content/. Without one, the repository's own content is used;
several DIRs overlay in order (later ones override items with the same id and language).
Exit codes: 0 ok, 1 content errors (warnings too when strict; or no search result), 2 wrong usage.`;

type Options = NonNullable<ParseArgsConfig['options']>;
const JSON_FLAG: Options = { json: { type: 'boolean' } };
const COMMAND_OPTIONS: Record<string, Options> = {
  check: { ...JSON_FLAG, strict: { type: 'boolean' } },
  stats: JSON_FLAG,
  render: {},
  search: { ...JSON_FLAG, dir: { type: 'string', multiple: true }, lang: { type: 'string' }, limit: { type: 'string' } },
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
    const options = command ? COMMAND_OPTIONS[command] : undefined;
    if (!command || !options) throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
    const { values, positionals } = parseCommandLine(rest, options);
    const roots = (dirs: string[]) => (dirs.length > 0 ? dirs : defaultContentRoots());
    const json = values.json === true;
    switch (command) {
      case 'check':
        return await check(roots(positionals), { json, strict: values.strict === true }, io);
      case 'stats':
        return await stats(roots(positionals), { json }, io);
      case 'render':
        if (positionals.length !== 1) throw new UsageError('render takes exactly one FILE.md');
        return await render(positionals[0]!, io);
      default:
        if (positionals.length === 0) throw new UsageError('search needs a QUERY');
        return await search(
          { query: positionals.join(' '), roots: roots((values.dir as string[] | undefined) ?? []), lang: langOption(values.lang), limit: limitOption(values.limit), json },
          io,
        );
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

function limitOption(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const limit = Number(value);
  if (Number.isInteger(limit) && limit > 0) return limit;
  throw new UsageError(`--limit must be a positive whole number, not "${String(value)}"`);
}
