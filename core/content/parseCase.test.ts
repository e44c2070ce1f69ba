import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../model';
import { parseCase } from './parseCase';

const source = { root: '/c', file: '/c/content/cases/c.yaml' };
const at = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.line}:${d.column} ${d.severity}: ${d.message}`);
/** `line:column` of the n-th occurrence of `needle` in `text`: where a diagnostic about that node must point. */
function pos(text: string, needle: string, nth = 1): string {
  let index = -1;
  for (let i = 0; i < nth; i++) index = text.indexOf(needle, index + 1);
  const before = text.slice(0, index).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}
/** A case whose steps start at line 6, one flow-mapping line per step. */
const kase = (start: string, ...steps: string[]) =>
  ['id: c', 'lang: en', 'title: Case', `start: ${start}`, 'steps:', ...steps.map((s) => `  - ${s}`), 'debrief: D'].join('\n');
const opt = (next: string, points = 0, elite = false) => `{ text: T, points: ${points}, outcome: O, next: ${next}${elite ? ', elite: true' : ''} }`;
const decision = (id: string, ...options: string[]) => `{ id: ${id}, narrative: N, commentary: C, decision: { prompt: P, options: [${options.join(', ')}] } }`;
const plain = (id: string, next: string) => `{ id: ${id}, narrative: N, next: ${next} }`;

describe('parseCase', () => {
  it('reads a branching case with step lines and its references', () => {
    const text = [
      'id: tender', 'lang: en', 'title: Tender', 'summary: S', 'roles: [sales-rep]', 'playbooks: [call]', 'start: a', 'steps:',
      `  - ${decision('a', opt('b', 3, true), opt('c', 1))}`,
      `  - ${plain('b', 'end')}`,
      `  - ${decision('c', opt('b', 2, true), opt('end'))}`,
      'debrief: D', 'lessons:', '  - { text: L, ref: call#prep }',
    ].join('\n');
    const result = parseCase(text, source);
    expect(result.diagnostics).toEqual([]);
    expect(result.item!.steps.map((s) => [s.id, s.line, s.next ?? s.decision?.options.map((o) => `${o.next}:${o.points}:${o.elite}`)])).toEqual([
      ['a', 9, ['b:3:true', 'c:1:false']],
      ['b', 10, 'end'],
      ['c', 11, ['b:2:true', 'end:0:false']],
    ]);
    expect(result.item).toMatchObject({ kind: 'case', start: 'a', roles: ['sales-rep'], lessons: [{ text: 'L', ref: 'call#prep' }], debrief: 'D' });
    expect(result.references).toEqual([
      { kind: 'playbook', id: 'call', line: 6, column: 13 },
      { kind: 'playbook', id: 'call', anchor: 'prep', line: 14, column: 21 },
    ]);
  });

  it('checks links in narratives, outcomes and the debrief', () => {
    const text = kase('a', '{ id: a, narrative: "See [p](pricing#floor)", next: b }', '{ id: b, narrative: "[x](file:///etc/passwd)", next: end }');
    const result = parseCase(text, source);
    expect(at(result.diagnostics)).toEqual([`${pos(text, '"[x]')} error: link refused: "file:" links are not allowed; use http(s):, mailto: or playbook-id#anchor`]);
    const ok = parseCase(text.replace('[x](file:///etc/passwd)', 'fine'), source);
    expect(ok.references).toEqual([{ kind: 'playbook', id: 'pricing', anchor: 'floor', line: 6, column: 25 }]);
  });

  it('names a next that points nowhere, with the nearest step', () => {
    const text = kase('a', decision('a', opt('clsoe', 3, true), opt('end')), plain('close', 'end'));
    const result = parseCase(text, source);
    expect(at(result.diagnostics)).toEqual([`${pos(text, 'clsoe')} error: "clsoe" is not a step of this case (did you mean "close"?)`]);
    expect(result.item).toBeUndefined();
  });

  it('names a missing start, listing the steps', () => {
    expect(at(parseCase(kase('zzz', plain('a', 'end')), source).diagnostics)).toEqual(['4:8 error: "zzz" is not a step of this case; steps are: a, end']);
  });

  it('finds steps that cannot be reached', () => {
    expect(at(parseCase(kase('a', plain('a', 'end'), plain('orphan', 'end')), source).diagnostics)).toEqual([
      '7:11 error: step "orphan" cannot be reached from the start ("a"); point a "next" at it or remove it',
    ]);
  });

  it('finds loops with no way to the end, and an elite path that loops', () => {
    const trap = parseCase(kase('a', decision('a', opt('end', 3, true), opt('b')), plain('b', 'c'), plain('c', 'b')), source);
    expect(at(trap.diagnostics)).toEqual([
      '7:11 error: from step "b" every choice loops back without reaching "end"; give one of its ways out a path to "end"',
      '8:11 error: from step "c" every choice loops back without reaching "end"; give one of its ways out a path to "end"',
    ]);
    const eliteLoop = parseCase(kase('a', decision('a', opt('b', 3, true), opt('end')), decision('b', opt('a', 3, true), opt('end'))), source);
    expect(at(eliteLoop.diagnostics)).toEqual(['6:11 error: the elite path loops back to step "a" (a → b → a); the elite choices must lead from start to "end"']);
  });

  it('requires exactly one elite option, and a decision or a next but not both', () => {
    const text = kase('a', decision('a', opt('b', 3), opt('c', 1)), decision('b', opt('c', 3, true), opt('end', 3, true)),
      '{ id: c, narrative: N, next: end, decision: { prompt: P, options: [{ text: T, points: 1, elite: true, outcome: O, next: end }, { text: U, points: 0, outcome: O, next: c }] } }',
      '{ id: d, narrative: N }');
    const result = parseCase(text, source);
    expect(at(result.diagnostics)).toEqual([
      `${pos(text, '[{')} error: a decision needs exactly one option with "elite: true" (found 0): the choice the elite rep made`,
      `${pos(text, '[{', 2)} error: a decision needs exactly one option with "elite: true" (found 2): the choice the elite rep made`,
      `${pos(text, 'next: end, decision')} error: a step has either a "decision" or a "next", not both`,
      '9:5 error: step "d" needs a "decision" or "next" (a step id, or "end")',
    ]);
  });

  it('rejects reserved and duplicate step ids', () => {
    expect(at(parseCase(kase('a', plain('a', 'end'), plain('a', 'end'), plain('end', 'end')), source).diagnostics)).toEqual([
      '7:11 error: duplicate step id "a" (first used at line 6)',
      '8:11 error: "end" is reserved for the end of the case; give the step another id',
    ]);
  });

  it('checks points are whole numbers from 0 to 3', () => {
    const text = kase('a', decision('a', opt('end', 4, true), '{ text: T, points: 1.5, outcome: O, next: end }'));
    const result = parseCase(text, source);
    expect(at(result.diagnostics)).toEqual([
      `${pos(text, '4, outcome')} error: "steps[0].decision.options[0].points" must be at most 3`,
      `${pos(text, '1.5')} error: "steps[0].decision.options[1].points" must be a whole number, not number 1.5`,
    ]);
  });

  it('warns when a decision has no commentary or the elite option does not score highest', () => {
    const text = kase('a', `{ id: a, narrative: N, decision: { prompt: P, converges: true, options: [${opt('end', 1, true)}, ${opt('end', 2)}] } }`);
    const result = parseCase(text, source);
    expect(at(result.diagnostics)).toEqual([
      '6:5 warning: decision step "a" has no "commentary"; the debrief shows the elite rep\'s reasoning from it',
      `${pos(text, '1, outcome')} warning: the elite option scores 1 but another option scores 2; the elite choice should score highest`,
    ]);
    expect(result.item).toBeDefined();
  });
});

describe('parseCase limits', () => {
  it('refuses more than 1,000 steps at the list', () => {
    const steps = (n: number) => Array.from({ length: n }, (_, i) => plain(`s-${i}`, i === n - 1 ? 'end' : `s-${i + 1}`));
    const result = parseCase(kase('s-0', ...steps(1_001)), source);
    expect(result.item).toBeUndefined();
    expect(at(result.diagnostics)).toEqual(['6:3 error: "steps" can have at most 1000 items']);
    expect(parseCase(kase('s-0', ...steps(1_000)), source).item?.steps).toHaveLength(1_000);
  });
});
