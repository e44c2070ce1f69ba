// Where the editor draws a case's step graph: steps in rows by their distance from the start (top to bottom), the
// end below them all, steps nobody reaches in a last row, and a missing step (a `next` to no step) as a ghost
// under the step that names it. Edges leave and enter nodes at spread-out points so parallel options stay apart.
import type { CaseGraph, CaseGraphEdge } from '../../core/authoring/caseGraph';
import { END } from '../../core/model';

export const NODE_WIDTH = 150;
export const NODE_HEIGHT = 40;
const COLUMN_GAP = 28;
const ROW_GAP = 72;
const MARGIN = 16;
/** How far above and below a row an edge passing it runs straight, so it clears the steps beside it. */
const GAP_CLEARANCE = 10;
/** How far below its step's edge the points label of an option sits. */
const LABEL_DROP = 14;

export type LaidNodeKind = 'step' | 'end' | 'missing';

export interface LaidNode {
  /** Step id; `end`; or the missing id an edge names. */
  id: string;
  kind: LaidNodeKind;
  x: number;
  y: number;
  line?: number;
  decision: boolean;
  start: boolean;
  elite: boolean;
  unreachable: boolean;
  deadEnd: boolean;
}

export interface LaidEdge extends CaseGraphEdge {
  /** SVG path data. */
  d: string;
  labelX: number;
  labelY: number;
  /** On the elite rep's way from the start. */
  onElitePath: boolean;
}

export interface CaseGraphLayout {
  width: number;
  height: number;
  nodes: LaidNode[];
  edges: LaidEdge[];
}

const missingKey = (id: string) => `missing:${id}`;

/** Row of every step: breadth-first distance from the start; unreachable steps one row below the deepest. */
function rowsOf(graph: CaseGraph): Map<string, number> {
  const stepIds = new Set(graph.nodes.map((node) => node.id));
  const rows = new Map<string, number>();
  if (stepIds.has(graph.start)) rows.set(graph.start, 0);
  const queue = stepIds.has(graph.start) ? [graph.start] : [];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const edge of graph.edges) {
      if (edge.from !== id || !stepIds.has(edge.to) || rows.has(edge.to)) continue;
      rows.set(edge.to, rows.get(id)! + 1);
      queue.push(edge.to);
    }
  }
  const deepest = Math.max(-1, ...rows.values());
  for (const node of graph.nodes) if (!rows.has(node.id)) rows.set(node.id, deepest + 1);
  return rows;
}

export function layoutCaseGraph(graph: CaseGraph): CaseGraphLayout {
  const rows = rowsOf(graph);
  const elite = new Set(graph.elitePath);
  const laid = new Map<string, Omit<LaidNode, 'x' | 'y'> & { row: number }>();
  for (const node of graph.nodes) {
    laid.set(node.id, {
      id: node.id,
      kind: 'step',
      row: rows.get(node.id)!,
      line: node.line,
      decision: node.decision,
      start: node.id === graph.start,
      elite: node.onElitePath,
      unreachable: !node.reachable,
      deadEnd: node.deadEnd,
    });
  }
  const flags = { decision: false, start: false, elite: false, unreachable: false, deadEnd: false };
  for (const edge of graph.edges.filter((candidate) => candidate.dangling && candidate.to !== '')) {
    const key = missingKey(edge.to);
    const row = (rows.get(edge.from) ?? 0) + 1;
    const existing = laid.get(key);
    if (!existing || existing.row < row) laid.set(key, { ...flags, id: edge.to, kind: 'missing', row });
  }
  const lastRow = Math.max(-1, ...[...laid.values()].map((node) => node.row));
  if (graph.edges.some((edge) => edge.to === END)) laid.set(END, { ...flags, id: END, kind: 'end', row: lastRow + 1, elite: graph.eliteReachesEnd });

  const byRow = new Map<number, string[]>();
  for (const [key, node] of laid) byRow.set(node.row, [...(byRow.get(node.row) ?? []), key]);
  const widest = Math.max(1, ...[...byRow.values()].map((keys) => keys.length));
  const width = MARGIN * 2 + widest * NODE_WIDTH + (widest - 1) * COLUMN_GAP;
  const rowCount = Math.max(1, ...[...byRow.keys()].map((row) => row + 1));
  const height = MARGIN * 2 + rowCount * NODE_HEIGHT + (rowCount - 1) * ROW_GAP;

  const positioned = new Map<string, LaidNode>();
  for (const [row, keys] of byRow) {
    const rowWidth = keys.length * NODE_WIDTH + (keys.length - 1) * COLUMN_GAP;
    const left = (width - rowWidth) / 2;
    keys.forEach((key, i) => {
      const { row: _row, ...node } = laid.get(key)!;
      positioned.set(key, { ...node, x: left + i * (NODE_WIDTH + COLUMN_GAP), y: MARGIN + row * (NODE_HEIGHT + ROW_GAP) });
    });
  }

  // Where an edge may cross each row: beside the row's steps and between them (the x of each gap's middle).
  const gapsByRow = new Map<number, number[]>();
  for (const node of positioned.values()) gapsByRow.set(node.y, [...(gapsByRow.get(node.y) ?? []), node.x]);
  for (const [rowY, xs] of gapsByRow) {
    const sorted = xs.sort((a, b) => a - b);
    gapsByRow.set(rowY, [sorted[0]! - COLUMN_GAP / 2, ...sorted.map((x) => x + NODE_WIDTH + COLUMN_GAP / 2)]);
  }

  const targetKey = (edge: CaseGraphEdge) => (edge.to === END ? END : edge.dangling ? missingKey(edge.to) : edge.to);
  const drawn = graph.edges.filter((edge) => positioned.has(edge.from) && positioned.has(targetKey(edge)));
  const spread = (count: number, index: number) => (NODE_WIDTH * (index + 1)) / (count + 1);
  const edges = drawn.map((edge): LaidEdge => {
    const from = positioned.get(edge.from)!;
    const to = positioned.get(targetKey(edge))!;
    const outgoing = drawn.filter((other) => other.from === edge.from);
    const incoming = drawn.filter((other) => targetKey(other) === targetKey(edge));
    const onElitePath = edge.elite && elite.has(edge.from);
    if (to.y > from.y) {
      // Downwards: bottom of the source to the top of the target. Past a row in between, through the gap between
      // that row's steps nearest to the straight line, never across a step it does not connect.
      const x1 = from.x + spread(outgoing.length, outgoing.indexOf(edge));
      const y1 = from.y + NODE_HEIGHT;
      const x2 = to.x + spread(incoming.length, incoming.indexOf(edge));
      const y2 = to.y;
      const points = [{ x: x1, y: y1 }];
      for (const [rowY, gaps] of gapsByRow) {
        if (rowY <= from.y || rowY >= to.y) continue;
        const straight = x1 + ((x2 - x1) * (rowY + NODE_HEIGHT / 2 - y1)) / (y2 - y1);
        const gap = gaps.reduce((best, candidate) => (Math.abs(candidate - straight) < Math.abs(best - straight) ? candidate : best));
        points.push({ x: gap, y: rowY - GAP_CLEARANCE }, { x: gap, y: rowY + NODE_HEIGHT + GAP_CLEARANCE });
      }
      points.push({ x: x2, y: y2 });
      // The points label sits just below where the edge leaves its step: the exits of one step are spread apart,
      // and steps are a column apart, so no two labels meet.
      return { ...edge, onElitePath, d: smoothPath(points), labelX: x1, labelY: y1 + LABEL_DROP };
    }
    if (to.y === from.y && to !== from) {
      // Beside it in the same row: straight across, from the facing sides.
      const rightwards = to.x > from.x;
      const x1 = rightwards ? from.x + NODE_WIDTH : from.x;
      const x2 = rightwards ? to.x : to.x + NODE_WIDTH;
      const y = from.y + NODE_HEIGHT / 2;
      return { ...edge, onElitePath, d: `M${x1},${y} L${x2},${y}`, labelX: (x1 + x2) / 2, labelY: y - 8 };
    }
    // Back to a step above, or to itself: around the right-hand side, so a loop stays visible.
    const self = to === from;
    const x1 = from.x + NODE_WIDTH;
    const y1 = from.y + NODE_HEIGHT * (self ? 0.25 : 0.5);
    const x2 = to.x + NODE_WIDTH;
    const y2 = to.y + NODE_HEIGHT * (self ? 0.75 : 0.5);
    const reach = Math.max(x1, x2) + COLUMN_GAP + 8 * outgoing.indexOf(edge);
    return { ...edge, onElitePath, d: `M${x1},${y1} C${reach},${y1} ${reach},${y2} ${x2},${y2}`, labelX: reach - 6, labelY: (y1 + y2) / 2 };
  });
  const reachRight = Math.max(width, ...edges.map((edge) => edge.labelX + MARGIN + 12));
  return { width: reachRight, height, nodes: [...positioned.values()], edges };
}

/** A path through `points` (top to bottom) that leaves and enters each one vertically. */
function smoothPath(points: { x: number; y: number }[]): string {
  let d = `M${points[0]!.x},${points[0]!.y}`;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const bend = (b.y - a.y) / 2;
    d += ` C${a.x},${a.y + bend} ${b.x},${b.y - bend} ${b.x},${b.y}`;
  }
  return d;
}
