// `pbt gift import|export` and `pbt pack export|import`: commands with a sub-command, each with its own options.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { LANGS, type Lang } from '../../core/model';
import { PLAYBOOK_ID } from '../../core/markdown/linkPolicy';
import { UsageError, type CliIo, type ExitCode } from '../io';

// The commands' code (parsers, zip) loads only when one of them runs.
const gift = () => import('./gift');
const pack = () => import('./pack');
const builtInRoots = async () => (await import('../../backend/content/loadContent')).defaultContentRoots();

export const INTERCHANGE_USAGE = `  gift import FILE.gift --quiz-id ID --lang zh-CN|en --playbook ID [--title T] [--out FILE.yaml]
                                 Moodle GIFT questions → quiz YAML (printed when there is no --out)
  gift export QUIZ.yaml [--out FILE.gift]
                                 a quiz → Moodle GIFT
  pack export [DIR…] --out FILE.zip [--name N] [--version V] [--only ID[,ID…]]…
                                 content (or only the items with these ids) → a content pack
  pack import FILE.zip --into DIR [--dry-run]
                                 check the pack against DIR, then write it: all or nothing`;

type Options = NonNullable<ParseArgsConfig['options']>;
type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

interface Subcommand {
  options: Options;
  run(values: Values, positionals: string[], io: CliIo): Promise<ExitCode>;
}

const SUBCOMMANDS: Record<string, Record<string, Subcommand>> = {
  gift: {
    import: {
      options: { 'quiz-id': { type: 'string' }, lang: { type: 'string' }, playbook: { type: 'string' }, title: { type: 'string' }, out: { type: 'string' } },
      run: async (values, positionals, io) =>
        (await gift()).giftImport(
          {
            file: onePositional(positionals, 'gift import', 'FILE.gift'),
            quizId: requiredId(values, 'quiz-id'),
            lang: requiredLang(values),
            playbook: requiredId(values, 'playbook'),
            title: optional(values, 'title'),
            out: optional(values, 'out'),
          },
          io,
        ),
    },
    export: {
      options: { out: { type: 'string' } },
      run: async (values, positionals, io) => (await gift()).giftExport({ file: onePositional(positionals, 'gift export', 'QUIZ.yaml'), out: optional(values, 'out') }, io),
    },
  },
  pack: {
    export: {
      options: { out: { type: 'string' }, name: { type: 'string' }, version: { type: 'string' }, only: { type: 'string', multiple: true } },
      run: async (values, positionals, io) => {
        const only = (values.only as string[] | undefined)?.flatMap((list) => list.split(',')).map((id) => id.trim()).filter(Boolean);
        return (await pack()).packExport(
          { roots: positionals.length > 0 ? positionals : await builtInRoots(), out: required(values, 'out'), name: optional(values, 'name'), version: optional(values, 'version'), only },
          io,
        );
      },
    },
    import: {
      options: { into: { type: 'string' }, 'dry-run': { type: 'boolean' } },
      run: async (values, positionals, io) => (await pack()).packImport({ file: onePositional(positionals, 'pack import', 'FILE.zip'), into: required(values, 'into'), dryRun: values['dry-run'] === true }, io),
    },
  },
};

/** `pbt gift …` and `pbt pack …`, keyed by command; each takes the arguments after the command. */
export const INTERCHANGE_COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<ExitCode>> = Object.fromEntries(
  Object.entries(SUBCOMMANDS).map(([command, subcommands]) => [
    command,
    (args: string[], io: CliIo) => {
      const [name, ...rest] = args;
      const subcommand = name ? subcommands[name] : undefined;
      if (!subcommand) throw new UsageError(`${command} needs one of: ${Object.keys(subcommands).join(', ')}${name ? ` (not "${name}")` : ''}`);
      const { values, positionals } = parseOptions(rest, subcommand.options);
      return subcommand.run(values, positionals, io);
    },
  ]),
);

function parseOptions(args: string[], options: Options): { values: Values; positionals: string[] } {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function optional(values: Values, name: string): string | undefined {
  return typeof values[name] === 'string' ? values[name] : undefined;
}

function required(values: Values, name: string): string {
  const value = optional(values, name);
  if (!value) throw new UsageError(`--${name} is required`);
  return value;
}

function requiredId(values: Values, name: string): string {
  const value = required(values, name);
  if (!PLAYBOOK_ID.test(value)) throw new UsageError(`--${name} must be lower-case kebab-case (letters, digits and "-"), not "${value}"`);
  return value;
}

function requiredLang(values: Values): Lang {
  const value = required(values, 'lang');
  if (!LANGS.includes(value as Lang)) throw new UsageError(`--lang must be one of ${LANGS.join(', ')}, not "${value}"`);
  return value as Lang;
}

function onePositional(positionals: string[], command: string, what: string): string {
  if (positionals.length !== 1) throw new UsageError(`${command} takes exactly one ${what}`);
  return positionals[0]!;
}
