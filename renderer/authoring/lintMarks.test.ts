import { Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../core/model';
import { lintMarks, offsetOf } from './lintMarks';

const doc = Text.of(['id: x', 'titel: Typo', '', 'short']);
const at = (line: number, column: number): Diagnostic => ({ file: 'f', line, column, severity: 'error', message: 'm' });

describe('lintMarks', () => {
  it('marks from the reported column to the end of the word there', () => {
    const [mark] = lintMarks(doc, [at(2, 1)]);
    expect(doc.sliceString(mark!.from, mark!.to)).toBe('titel:');
    const [inside] = lintMarks(doc, [at(2, 8)]);
    expect(doc.sliceString(inside!.from, inside!.to)).toBe('Typo');
  });

  it('keeps positions beyond a line or the document inside them', () => {
    expect(offsetOf(doc, 1, 99)).toBe(doc.line(1).to);
    expect(offsetOf(doc, 9, 1)).toBe(doc.line(4).from);
    const [empty] = lintMarks(doc, [at(3, 4)]);
    expect(empty).toMatchObject({ from: doc.line(3).from, to: doc.line(3).from, severity: 'error', message: 'm' });
  });
});
