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

