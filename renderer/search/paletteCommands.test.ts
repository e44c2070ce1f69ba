import { describe, expect, it } from 'vitest';
import { matchingCommands, type PaletteCommand } from './paletteCommands';

const command = (id: string, label: string, keywords: string[]): PaletteCommand => ({ id, label, icon: 'search', keywords, run: () => undefined });
const commands = [command('review', 'Go to Review', ['复习']), command('theme', 'Switch theme to Dark', ['theme', '主题'])];
const ids = (query: string) => matchingCommands(commands, query).map((c) => c.id);

describe('matchingCommands', () => {
  it('lists every command after ">", and those whose name or keywords contain the query otherwise', () => {
    expect(ids('>')).toEqual(['review', 'theme']);
    expect(ids('> them')).toEqual(['theme']);
    expect(ids('review')).toEqual(['review']);
    expect(ids('复习')).toEqual(['review']);
    expect(ids('主题')).toEqual(['theme']);
  });

  it('stays out of the way of ordinary searches', () => {
    expect(ids('r')).toEqual([]);
    expect(ids('客户说价格太高')).toEqual([]);
  });
});
