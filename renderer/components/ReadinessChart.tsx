// Readiness across competencies at a glance, drawn as an accessible SVG chart.
import { useId, useRef } from 'react';
import type { CompetencyReadiness } from '../../core/api/contract';
import type { ReadinessBasis } from '../../core/progress/benchmark';
import { useI18n } from '../i18n/I18nContext';
import { useElementWidth } from './useElementWidth';

const ROW = 52;
const LABEL_BASELINE = 18;
const BAR_Y = 26;
const BAR = 14;
const TOP = 30;
const BOTTOM = 28;
const SIDE = 6;

/**
 * Readiness per competency as horizontal bars on a 0–100% scale (full marks or the elite benchmark), with the
 * target line (80%) across all of them. Drawn at the container's pixel width so text never scales;
 * each label sits above its bar so long (and CJK) competency names stay whole.
 * The same numbers are in a table for screen readers.
 */
const topLine = { 'full-marks': 'progress.fullMarksLine', benchmark: 'progress.eliteLine', mixed: 'progress.mixedLine' } as const;

export function ReadinessChart({ competencies, target, basis }: { competencies: CompetencyReadiness[]; target: number; basis: ReadinessBasis }) {
  const { t, percent } = useI18n();
  const titleId = useId();
  const frame = useRef<HTMLElement>(null);
  const width = useElementWidth(frame, 640);
  const plot = width - 2 * SIDE;
  const height = TOP + competencies.length * ROW + BOTTOM;
  const x = (share: number) => SIDE + Math.min(1, Math.max(0, share)) * plot;
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  return (
    <figure className="chart" ref={frame}>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId} className="chart-svg">
        <title id={titleId}>{t('progress.chartTitle', { target: percent(target) })}</title>
        {ticks.map((tick) => (
          <g key={tick}>
            {competencies.map((competency, i) => (
              <line
                key={competency.id}
                className="chart-grid"
                x1={x(tick)}
                x2={x(tick)}
                y1={TOP + i * ROW + BAR_Y - 4}
                y2={TOP + i * ROW + BAR_Y + BAR + 4}
              />
            ))}
            <text className="chart-tick" x={x(tick)} y={height - 8} textAnchor={tick === 0 ? 'start' : tick === 1 ? 'end' : 'middle'}>
              {percent(tick)}
            </text>
          </g>
        ))}
        {competencies.map((competency, i) => {
          const top = TOP + i * ROW;
          const reached = competency.readiness >= target;
          return (
            <g key={competency.id}>
              <text className="chart-label" x={SIDE} y={top + LABEL_BASELINE}>
                {competency.title}
              </text>
              <text className="chart-value" x={width - SIDE} y={top + LABEL_BASELINE} textAnchor="end">
                {percent(competency.readiness)}
              </text>
              <rect className="chart-track" x={SIDE} y={top + BAR_Y} width={plot} height={BAR} rx={4} />
              <rect
                className={reached ? 'chart-bar is-reached' : 'chart-bar'}
                x={SIDE}
                y={top + BAR_Y}
                width={Math.max(0, x(competency.readiness) - SIDE)}
                height={BAR}
                rx={4}
              />
            </g>
          );
        })}
        <line className="chart-target" x1={x(target)} x2={x(target)} y1={TOP - 8} y2={height - BOTTOM + 4} />
        <text className="chart-target-label" x={x(target)} y={TOP - 14} textAnchor="middle">
          {t('progress.targetLine', { target: percent(target) })}
        </text>
        <text className="chart-elite-label" x={x(1)} y={TOP - 14} textAnchor="end">
          {t(topLine[basis])}
        </text>
      </svg>
      <table className="sr-only">
        <caption>{t('progress.chartTitle', { target: percent(target) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress.competency')}</th>
            <th scope="col">{t('progress.readiness')}</th>
          </tr>
        </thead>
        <tbody>
          {competencies.map((competency) => (
            <tr key={competency.id}>
              <th scope="row">{competency.title}</th>
              <td>{percent(competency.readiness)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
