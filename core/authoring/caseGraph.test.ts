import { describe, expect, it } from 'vitest';
import { caseGraph } from './caseGraph';
import { CASE } from './sampleTexts.fixture';

describe('caseGraph', () => {
  it('draws steps as nodes and options as edges, with the elite path', () => {
    const graph = caseGraph(CASE);
    expect(graph).toEqual({
      start: 'call',
      nodes: [{ id: 'call', line: 7, decision: true, reachable: true, deadEnd: false, onElitePath: true }],
      edges: [
        { from: 'call', to: 'end', label: 'Ask', points: 3, elite: true, dangling: false, line: 14 },
        { from: 'call', to: 'end', label: 'Cut price', points: 0, elite: false, dangling: false, line: 15 },
      ],
      elitePath: ['call'],
      eliteReachesEnd: true,
      unreadable: false,
    });
  });

  it('flags what a half-written case gets wrong: unreachable and dead-end steps, dangling options, a looping elite path', () => {
    const graph = caseGraph(`start: a
steps:
  - id: a
    decision:
      options:
        - { text: Loop, elite: true, next: b }
        - { text: Typo, next: c-typo }
  - id: b
    next: a
  - id: orphan
    next: end
`);
    expect(graph.nodes.map(({ id, reachable, deadEnd, onElitePath }) => ({ id, reachable, deadEnd, onElitePath }))).toEqual([
      { id: 'a', reachable: true, deadEnd: true, onElitePath: true },
      { id: 'b', reachable: true, deadEnd: true, onElitePath: true },
      { id: 'orphan', reachable: false, deadEnd: false, onElitePath: false },
    ]);
    expect(graph.edges.filter((edge) => edge.dangling).map((edge) => edge.to)).toEqual(['c-typo']);
    expect(graph.elitePath).toEqual(['a', 'b']);
    expect(graph.eliteReachesEnd).toBe(false);
  });

  it('still answers for text that is not YAML', () => {
    expect(caseGraph('steps: [')).toMatchObject({ nodes: [], edges: [], unreadable: true });
  });
});
