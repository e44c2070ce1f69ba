import { describe, expect, it } from 'vitest';
import { caseGraph } from '../../core/authoring/caseGraph';
import { layoutCaseGraph, NODE_HEIGHT, NODE_WIDTH, type CaseGraphLayout } from './caseGraphLayout';

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

/** Points along an edge's path (M then cubic segments), for checking what it passes over. */
function samples(d: string): { x: number; y: number }[] {
  const numbers = d.match(/-?[\d.]+/g)!.map(Number);
  const out: { x: number; y: number }[] = [];
  let [px, py] = [numbers[0]!, numbers[1]!];
  for (let i = 2; i + 5 < numbers.length + 1; i += 6) {
    const [c1x, c1y, c2x, c2y, x, y] = numbers.slice(i, i + 6) as [number, number, number, number, number, number];
    for (let t = 0; t <= 1; t += 0.05) {
      const u = 1 - t;
      out.push({ x: u ** 3 * px + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t ** 3 * x, y: u ** 3 * py + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t ** 3 * y });
    }
    [px, py] = [x, y];
  }
  return out;
}

/** Edges drawn across a step they do not connect, as "from>to over step". */
function crossings(layout: CaseGraphLayout): string[] {
  return layout.edges.flatMap((edge) =>
    layout.nodes
      .filter((node) => node.id !== edge.from && node.id !== edge.to)
      .filter((node) => samples(edge.d).some((p) => p.x > node.x + 2 && p.x < node.x + NODE_WIDTH - 2 && p.y > node.y + 2 && p.y < node.y + NODE_HEIGHT - 2))
      .map((node) => `${edge.from}>${edge.to} over ${node.id}`),
  );
}

const WIDE = `start: a
steps:
  - id: a
    decision:
      options:
        - { text: Left, points: 3, elite: true, next: b }
        - { text: Middle, points: 1, next: c }
        - { text: Right, points: 0, next: d }
  - id: b
    next: e
  - id: c
    decision:
      options:
        - { text: On, points: 2, elite: true, next: e }
        - { text: Skip, points: 0, next: end }
  - id: d
    next: end
  - id: e
    decision:
      options:
        - { text: Close, points: 3, elite: true, next: end }
        - { text: Stall, points: 0, next: end }
`;

describe('layoutCaseGraph on a graph with long edges and many labels', () => {
  const layout = layoutCaseGraph(caseGraph(WIDE));

  it('routes an edge that skips a row between the steps of that row, not across one', () => {
    expect(layout.edges.filter((edge) => edge.to === 'end').length).toBeGreaterThanOrEqual(3);
    expect(crossings(layout)).toEqual([]);
  });

  it('keeps the points labels apart, also where edges cross', () => {
    const crossing = layoutCaseGraph(caseGraph(`start: a
steps:
  - id: a
    decision:
      options:
        - { text: One, points: 3, elite: true, next: b }
        - { text: Two, points: 0, next: c }
  - id: d
    next: end
  - id: e
    next: end
  - id: b
    decision:
      options:
        - { text: Across, points: 1, next: e }
        - { text: Stop, points: 0, next: end }
  - id: c
    decision:
      options:
        - { text: Back across, points: 2, elite: true, next: d }
        - { text: Stop, points: 0, next: end }
`));
    for (const laid of [layout, crossing]) {
      const labelled = laid.edges.filter((edge) => edge.points !== undefined);
      const overlaps = labelled.flatMap((one, i) => labelled.slice(i + 1).filter((other) => Math.abs(one.labelX - other.labelX) < 34 && Math.abs(one.labelY - other.labelY) < 14).map((other) => `${one.from}>${one.to} / ${other.from}>${other.to}`));
      expect(overlaps).toEqual([]);
    }
  });
});

