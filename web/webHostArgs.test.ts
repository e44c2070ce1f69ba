import { describe, expect, it } from 'vitest';
import { parseWebHostArgs } from './webHostArgs';

describe('parseWebHostArgs', () => {
  it('defaults to a free port, the default data folder and the built-in content', () => {
    expect(parseWebHostArgs([])).toEqual({ kind: 'run', args: { port: 0 } });
  });

  it('reads the data folder, the port and several content roots in order', () => {
    expect(parseWebHostArgs(['--data', 'd', '--port', '8123', '--content', 'a', '--content', 'b'])).toEqual({
      kind: 'run',
      args: { dataDir: 'd', port: 8123, contentRoots: ['a', 'b'] },
    });
  });

  it('reads the workspace folder', () => {
    expect(parseWebHostArgs(['--workspace', 'w'])).toEqual({ kind: 'run', args: { port: 0, workspace: 'w' } });
  });

  it.each([[['--port', 'x']], [['--port', '70000']], [['--port', '-1']], [['--bogus']], [['stray']]])(
    'refuses %j with a message',
    (argv) => {
      const parsed = parseWebHostArgs(argv);
      expect(parsed.kind).toBe('error');
    },
  );

  it('recognises --help', () => {
    expect(parseWebHostArgs(['--help'])).toEqual({ kind: 'help' });
  });
});
