import { describe, expect, it } from 'vitest';
import { parseLesson } from './parseLesson';

const source = { root: '', file: 'lessons/l.md' };

describe('parseLesson', () => {
  it('warns about a missing part and reads the others', () => {
    const result = parseLesson('---\nid: l\ntitle: T\nlang: en\nauthor: A\ncreated: 2025-06-01\n---\n## Situation {#situation}\n\nS\n\n## The lesson {#lesson}\n\nL\n', source);
    expect(result.item?.parts).toEqual({ situation: 'S', action: '', result: '', lesson: 'L' });
    expect(result.diagnostics.map((d) => [d.line, d.severity, d.message])).toEqual([
      [8, 'warning', 'this lesson has no "## What I did {#action}" section'],
      [8, 'warning', 'this lesson has no "## What happened {#result}" section'],
    ]);
  });

  it('rejects a bad status or conversion record at its line', () => {
    const result = parseLesson('---\nid: l\ntitle: T\nlang: en\nauthor: A\ncreated: 2025-06-01\nstatus: done\nconvertedTo: [discovery-call]\n---\n', source);
    expect(result.item).toBeUndefined();
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.line, d.message])).toEqual([
      [7, '"status" must be one of inbox, converted, archived, not "done"'],
      [8, '"convertedTo[0]" must be playbook:id#anchor, quiz:id#question or case:id#step'],
    ]);
  });

  it('needs front matter', () => {
    expect(parseLesson('## Situation\n', source).diagnostics).toMatchObject([{ line: 1, severity: 'error', message: expect.stringContaining('a lesson starts with YAML front matter') }]);
  });
});
