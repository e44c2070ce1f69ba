// Commands the search palette runs besides opening hits, as command palettes in desktop editors do: typing a
// few letters of a command's name (in either language) or ">" lists it.
import type { IconName } from '../components/Icon';

export interface PaletteCommand {
  id: string;
  label: string;
  icon: IconName;
  /** Words it is found by besides its label: its names in both languages. */
  keywords: readonly string[];
  run: () => void | Promise<void>;
}

const COMMAND_PREFIX = '>';
const MIN_QUERY = 2;

/** The commands a query asks for: all of them after ">", else those whose label or keywords contain the query. */
export function matchingCommands(commands: readonly PaletteCommand[], query: string): PaletteCommand[] {
  const typed = query.trim().toLowerCase();
  if (typed.startsWith(COMMAND_PREFIX)) {
    const rest = typed.slice(COMMAND_PREFIX.length).trim();
    return rest ? commands.filter((command) => matches(command, rest)) : [...commands];
  }
  return typed.length >= MIN_QUERY ? commands.filter((command) => matches(command, typed)) : [];
}

function matches(command: PaletteCommand, typed: string): boolean {
  return [command.label, ...command.keywords].some((name) => name.toLowerCase().includes(typed));
}
