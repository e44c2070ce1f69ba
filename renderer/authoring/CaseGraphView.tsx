// A case's branching is hard to follow in YAML: the editor's preview draws its steps and options as a graph.
import { useId, useMemo, type KeyboardEvent } from 'react';
import type { CaseGraph } from '../../core/authoring/caseGraph';
import { useI18n, type Translate } from '../i18n/I18nContext';
import { layoutCaseGraph, NODE_HEIGHT, NODE_WIDTH, type LaidNode } from './caseGraphLayout';

const LABEL_CHARS = 18;

const shorten = (text: string) => (text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text);

function nodeClass(node: LaidNode): string {
  return [
    'graph-node',
    `graph-node-${node.kind}`,
    node.elite && 'is-elite',
    node.unreachable && 'is-unreachable',
    node.deadEnd && 'is-dead-end',
  ]
    .filter(Boolean)
    .join(' ');
}

/** What is wrong with a step, in words (for the node's name and the step table). */
function nodeProblems(node: LaidNode, t: Translate): string[] {
  return [
    node.kind === 'missing' ? t('graph.missing') : '',
    node.unreachable ? t('graph.unreachable') : '',
    node.deadEnd ? t('graph.deadEnd') : '',
  ].filter(Boolean);
}

/**
 * A case's steps as a graph: steps are nodes, options are edges labelled with their points, the elite rep's path
 * is drawn heavy, and steps nobody reaches, steps that never reach the end and missing steps are flagged in red.
 * A step opens its line in the editor.
 */
export function CaseGraphView({ graph, onJump }: { graph: CaseGraph; onJump: (line: number) => void }) {
  const { t } = useI18n();
  const titleId = useId();
  // useId's characters are not all valid in a `url(#…)` reference.
  const arrowId = `arrow${titleId.replace(/[^\w-]/g, '')}`;
  const layout = useMemo(() => layoutCaseGraph(graph), [graph]);
  const nodeName = (node: LaidNode) =>
    [node.kind === 'end' ? t('graph.end') : node.id, node.start ? t('graph.start') : '', node.elite && node.kind === 'step' ? t('graph.onElite') : '', ...nodeProblems(node, t)]
      .filter(Boolean)
      .join(', ');
  const activate = (node: LaidNode) => {
    if (node.line) onJump(node.line);
  };
  const onKeyDown = (event: KeyboardEvent, node: LaidNode) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    activate(node);
  };

  if (graph.nodes.length === 0) return <p className="hint">{t(graph.unreadable ? 'graph.unreadable' : 'graph.empty')}</p>;

  return (
    <figure className="case-graph">
      <figcaption className="case-graph-caption">
        <span id={titleId}>{t('graph.title')}</span>
        {!graph.eliteReachesEnd && <span className="graph-warning">{t('graph.eliteNoEnd')}</span>}
      </figcaption>
      <div className="case-graph-scroll">
        <svg className="case-graph-svg" width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`} role="group" aria-labelledby={titleId}>
          <defs>
            <marker id={arrowId} className="graph-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" />
            </marker>
          </defs>
          {layout.edges.map((edge, i) => (
            <g key={`${edge.from}-${i}`} className={`graph-edge${edge.onElitePath ? ' is-elite' : ''}${edge.dangling ? ' is-dangling' : ''}`}>
              <title>{edge.label ? `${edge.from} → ${edge.to}: ${edge.label}` : `${edge.from} → ${edge.to}`}</title>
              <path d={edge.d} markerEnd={`url(#${arrowId})`} />
              {edge.points !== undefined && (
                <text x={edge.labelX} y={edge.labelY} className="graph-points" textAnchor="middle" dominantBaseline="middle">
                  {t('replay.points', { points: edge.points })}
                </text>
              )}
            </g>
          ))}
          {layout.nodes.map((node) => (
            <g
              key={`${node.kind}:${node.id}`}
              className={nodeClass(node)}
              transform={`translate(${node.x},${node.y})`}
              {...(node.line ? { role: 'button', tabIndex: 0, 'aria-label': t('graph.openStep', { step: nodeName(node), line: node.line }), onClick: () => activate(node), onKeyDown: (event: KeyboardEvent) => onKeyDown(event, node) } : { role: 'img', 'aria-label': nodeName(node) })}
            >
              <rect width={NODE_WIDTH} height={NODE_HEIGHT} rx={node.kind === 'end' ? NODE_HEIGHT / 2 : 8} />
              <text x={NODE_WIDTH / 2} y={NODE_HEIGHT / 2} textAnchor="middle" dominantBaseline="middle">
                {node.decision ? '◆ ' : ''}
                {node.kind === 'end' ? t('graph.end') : shorten(node.id)}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <ul className="graph-legend" aria-label={t('graph.legend')}>
        <li className="legend-elite">{t('graph.legendElite')}</li>
        <li className="legend-decision">{t('graph.legendDecision')}</li>
        <li className="legend-unreachable">{t('graph.unreachable')}</li>
        <li className="legend-dead-end">{t('graph.deadEnd')}</li>
        <li className="legend-missing">{t('graph.missing')}</li>
      </ul>
      <ul className="graph-problems">
        {layout.nodes
          .filter((node) => nodeProblems(node, t).length > 0)
          .map((node) => (
            <li key={`${node.kind}:${node.id}`}>
              <code>{node.id}</code>: {nodeProblems(node, t).join(', ')}
            </li>
          ))}
      </ul>
    </figure>
  );
}
