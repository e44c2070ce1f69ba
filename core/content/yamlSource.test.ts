import { describe, expect, it } from 'vitest';
import { YamlSource } from './yamlSource';

const text = ['id: x', 'title:', 'list:', '  - a: 1', '    b: [1, 2]', '  - 3'].join('\n');

describe('YamlSource', () => {
  const yaml = YamlSource.parse(text, '/f.yaml');

  it('locates values and keys by path', () => {
    expect(yaml.data).toEqual({ id: 'x', title: null, list: [{ a: 1, b: [1, 2] }, 3] });
    expect(yaml.at(['id'])).toEqual({ line: 1, column: 5 });
    expect(yaml.at(['list', 0, 'b', 1])).toEqual({ line: 5, column: 12 });
    expect(yaml.at(['list', 0, 'b'], 'key')).toEqual({ line: 5, column: 5 });
    expect(yaml.at(['list', 1])).toEqual({ line: 6, column: 5 });
  });

  it('points at the key of an empty value, and at the mapping a missing field belongs in', () => {
    expect(yaml.at(['title'])).toEqual({ line: 2, column: 1 });
    expect(yaml.at(['list', 0, 'missing'])).toEqual({ line: 4, column: 5 });
    expect(yaml.at(['nothing', 'deeper'])).toEqual({ line: 1, column: 1 });
  });

  it('adds the line offset of an embedding file and reports syntax errors as diagnostics', () => {
    const embedded = YamlSource.parse('id: x\nid: y', '/p.md', 1);
    expect(embedded.hasErrors).toBe(true);
    expect(embedded.diagnostics).toEqual([{ file: '/p.md', line: 3, column: 1, severity: 'error', message: 'YAML: Map keys must be unique' }]);
    expect(embedded.data).toBeUndefined();
    expect(embedded.diagnostic(['id'], 'warning', 'm')).toEqual({ file: '/p.md', line: 2, column: 5, severity: 'warning', message: 'm' });
  });

  // Nine aliases of nine aliases of …: 600 bytes that expand to hundreds of millions of values.
  it('refuses an alias bomb with a diagnostic at the first alias that multiplies, instead of throwing', () => {
    const names = 'abcdefghi';
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...[...names.slice(1)].map((name, i) => `${name}: &${name} [${Array(9).fill(`*${names[i]}`).join(', ')}]`)].join('\n');
    const yaml = YamlSource.parse(bomb, '/bomb.yaml');
    expect(yaml.hasErrors).toBe(true);
    expect(yaml.data).toBeUndefined();
    expect(yaml.diagnostics).toEqual([
      { file: '/bomb.yaml', line: 3, column: 8, severity: 'error', message: expect.stringMatching(/^YAML: too many aliases \(more than 100 values/) },
    ]);
  });

  it('keeps ordinary aliases', () => {
    const yaml = YamlSource.parse('base: &b { points: 1 }\none: *b\ntwo: *b', '/f.yaml');
    expect(yaml.diagnostics).toEqual([]);
    expect(yaml.data).toEqual({ base: { points: 1 }, one: { points: 1 }, two: { points: 1 } });
  });
});

describe('YAML syntax errors', () => {
  const messages = (text: string) => YamlSource.parse(text, 'q.yaml').diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`);

  it('says to quote a value that contains ": "', () => {
    expect(messages('id: a\ntitle: Price: the hard parts\n')).toEqual([expect.stringMatching(/^2:\d+ YAML: a value that contains ": " must be quoted, e.g. title: "Price: the hard parts"/)]);
  });

  it('gives one error for tab indentation, however many lines it spoils', () => {
    const tabbed = ['id: a', 'questions:', ...Array.from({ length: 8 }, (_, i) => `\t- id: q${i}\n\t  type: single`)].join('\n');
    expect(messages(tabbed)).toEqual([expect.stringMatching(/^3:\d+ YAML: a tab is used for indenting; indent with spaces only/)]);
  });

  it('says to indent list items with "- "', () => {
    expect(messages('id: a\nroles:\nsales-rep\n- manager\n')).toEqual([expect.stringContaining('indent list items with "- " under their key')]);
  });
});

