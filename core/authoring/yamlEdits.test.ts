import { describe, expect, it } from 'vitest';
import { applyEdits } from './textEdits';
import { YamlEditor } from './yamlEdits';

const edit = (text: string, make: (yaml: YamlEditor) => Parameters<typeof applyEdits>[1][number] | undefined) => {
  const change = make(YamlEditor.parse(text)!);
  if (!change) throw new Error('no edit');
  return applyEdits(text, [change]);
};

describe('YamlEditor', () => {
  it('replaces a scalar in its own quoting style', () => {
    const text = `a: 'x'   # keep\nb: "y"\nc: z\n`;
    expect(edit(text, (y) => y.replaceScalar(['a'], "it's"))).toBe(`a: 'it''s'   # keep\nb: "y"\nc: z\n`);
    expect(edit(text, (y) => y.replaceScalar(['b'], 'q"'))).toBe(`a: 'x'   # keep\nb: "q\\""\nc: z\n`);
    expect(edit(text, (y) => y.replaceScalar(['c'], 'needs: quotes'))).toBe(`a: 'x'   # keep\nb: "y"\nc: "needs: quotes"\n`);
  });

  it('adds a missing field at the end of a mapping, at its indentation', () => {
    expect(edit('top:\n  a: 1\n  b: [x, y]\nnext: 2\n', (y) => y.setField(['top'], 'c', '2025-01-02'))).toBe('top:\n  a: 1\n  b: [x, y]\n  c: 2025-01-02\nnext: 2\n');
    expect(edit('a: 1', (y) => y.setField([], 'list', ['x']))).toBe('a: 1\nlist:\n  - x');
  });

  it('appends to a block list keeping its blank-line rhythm, with a comment', () => {
    const text = 'items:\n  - id: a\n\n  - id: b\n# tail\n';
    expect(edit(text, (y) => y.appendItem(['items'], { id: 'c', text: 'two\nlines' }, 'from lesson: x'))).toBe(
      'items:\n  - id: a\n\n  - id: b\n\n  # from lesson: x\n  - id: c\n    text: |-\n      two\n      lines\n# tail\n',
    );
  });

  it('appends to a flow list', () => {
    expect(edit('tags: [a, b]\n', (y) => y.appendItem(['tags'], 'c'))).toBe('tags: [a, b, c]\n');
    expect(edit('tags: []\n', (y) => y.appendItem(['tags'], 'quiz:q#x'))).toBe('tags: [quiz:q#x]\n');
    expect(edit('tags: []\n', (y) => y.appendItem(['tags'], 'a, b'))).toBe('tags: ["a, b"]\n');
  });

  it('refuses text that is not valid YAML', () => {
    expect(YamlEditor.parse('a: [1,\n')).toBeUndefined();
  });
});
