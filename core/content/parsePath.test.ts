import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../model';
import { parsePath } from './parsePath';

const source = { root: '/c', file: '/c/content/paths/p.yaml' };
const at = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.line}:${d.column} ${d.severity}: ${d.message}`);
const path = (...modules: string[]) =>
  ['id: rep', 'lang: en', 'role: sales-rep', 'title: Rep', 'competencies:', '  - { id: discovery, title: Discovery }', '  - { id: closing, title: Closing }', 'modules:', ...modules.map((m) => `  - ${m}`)].join('\n');

describe('parsePath', () => {
  it('reads competencies and ordered modules of each kind', () => {
    const result = parsePath(path('{ playbook: call, competency: discovery }', '{ quiz: call-quiz, competency: discovery }', '{ case: tender, competency: closing }'), source);
    expect(result.diagnostics).toEqual([]);
    expect(result.item).toMatchObject({ kind: 'path', id: 'rep', role: 'sales-rep', competencies: [{ id: 'discovery', title: 'Discovery' }, { id: 'closing', title: 'Closing' }] });
    expect(result.item!.modules).toEqual([
      { kind: 'playbook', id: 'call', competency: 'discovery' },
      { kind: 'quiz', id: 'call-quiz', competency: 'discovery' },
      { kind: 'case', id: 'tender', competency: 'closing' },
    ]);
    expect(result.references).toEqual([
      { kind: 'playbook', id: 'call', line: 9, column: 17 },
      { kind: 'quiz', id: 'call-quiz', line: 10, column: 13 },
      { kind: 'case', id: 'tender', line: 11, column: 13 },
    ]);
  });

  it('requires exactly one item per module and a listed competency', () => {
    const result = parsePath(path('{ playbook: call, quiz: q, competency: discovery }', '{ competency: discovery }', '{ case: tender, competency: closnig }'), source);
    expect(at(result.diagnostics)).toEqual([
      '9:5 error: a module names exactly one of playbook, quiz or case (found playbook and quiz)',
      '10:5 error: a module names exactly one of playbook, quiz or case (found none)',
      '11:33 error: competency "closnig" is not listed under "competencies" (did you mean "closing"?)',
    ]);
    expect(result.item).toBeUndefined();
  });

  it('rejects a duplicate competency and an unknown role, and warns about empty competencies and repeated modules', () => {
    const text = ['id: rep', 'lang: en', 'role: sales', 'title: Rep', 'competencies:', '  - { id: a, title: A }', '  - { id: a, title: A2 }', '  - { id: b, title: B }', 'modules:',
      '  - { playbook: call, competency: a }', '  - { playbook: call, competency: a }'].join('\n');
    expect(at(parsePath(text, source).diagnostics)).toEqual([
      '3:7 error: "role" must be one of order-coordinator, sales-rep, sales-manager, regional-manager, not "sales" (did you mean "sales-rep"?)',
    ]);
    const fixed = text.replace('role: sales', 'role: sales-rep');
    expect(at(parsePath(fixed, source).diagnostics)).toEqual(['7:11 error: duplicate competency id "a"', '11:5 warning: playbook "call" is already a module of this path']);
    const clean = fixed.replace('{ id: a, title: A2 }', '{ id: c, title: C }').replace('{ playbook: call, competency: a }\n', '{ playbook: call, competency: c }\n');
    const warnings = parsePath(clean, source);
    expect(at(warnings.diagnostics)).toEqual([
      '11:5 warning: playbook "call" is already a module of this path',
      '8:5 warning: competency "b" has no module, so readiness in it can never be shown',
    ]);
    expect(warnings.item).toBeDefined();
  });
});
