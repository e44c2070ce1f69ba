import { describe, expect, it } from 'vitest';
import { caseGraph } from '../../core/authoring/caseGraph';
import { layoutCaseGraph, NODE_HEIGHT } from './caseGraphLayout';

const HALF_WRITTEN = `start: open
steps:
  - id: open
    decision:
      options:
        - { text: Ask, points: 3, elite: true, next: probe }
        - { text: Pitch, points: 0, next: pitch }
  - id: probe
    next: end
  - id: pitch
    decision:
      options:
        - { text: Push, points: 1, elite: true, next: pitch }
        - { text: Typo, points: 0, next: clsoe }
  - id: orphan
    next: end
`;

const rowOf = (y: number) => Math.round((y - 16) / (NODE_HEIGHT + 72));

describe('layoutCaseGraph', () => {
  const layout = layoutCaseGraph(caseGraph(HALF_WRITTEN));
  const node = (id: string) => layout.nodes.find((candidate) => candidate.id === id)!;

  it('puts steps in rows by their distance from the start, the end and unreached steps below, a missing step under its source', () => {
    expect(['open', 'probe', 'pitch', 'clsoe', 'orphan', 'end'].map((id) => [id, rowOf(node(id).y)])).toEqual([
      ['open', 0],
      ['probe', 1],
      ['pitch', 1],
      ['clsoe', 2],
      ['orphan', 2],
      ['end', 3],
    ]);
    expect(node('probe').x).toBeLessThan(node('pitch').x);
    expect(layout.nodes.every((laid) => laid.x >= 0 && laid.x < layout.width && laid.y + NODE_HEIGHT < layout.height)).toBe(true);
  });

  it('flags what is wrong and what is elite', () => {
    expect(node('clsoe')).toMatchObject({ kind: 'missing' });
    expect(node('orphan')).toMatchObject({ kind: 'step', unreachable: true, deadEnd: false });
    expect(node('pitch')).toMatchObject({ deadEnd: true, elite: false });
    expect(node('open')).toMatchObject({ start: true, elite: true, decision: true, line: 3 });
    expect(node('end')).toMatchObject({ kind: 'end', elite: true });
    const elite = layout.edges.filter((edge) => edge.onElitePath).map((edge) => `${edge.from}>${edge.to}`);
    // "Push" is the elite choice of a step off the elite path: it is not highlighted.
    expect(elite).toEqual(['open>probe', 'probe>end']);
    expect(layout.edges.find((edge) => edge.to === 'clsoe')).toMatchObject({ dangling: true, points: 0 });
  });

  it('draws a loop back to the same step around its side instead of through it', () => {
    const loop = layout.edges.find((edge) => edge.from === 'pitch' && edge.to === 'pitch')!;
    const pitch = node('pitch');
    expect(loop.labelX).toBeGreaterThan(pitch.x + 150);
    expect(loop.d).toMatch(/^M[\d.]+,[\d.]+ C/);
  });
});
