// Prints benchmark results as text tables and a Markdown table for the README.
import type { IntentReport } from './intentBench';
import { formatIntentReport } from './intentBench';
import type { CommandStartReport } from './commandStartBench';
import { formatCommandStart } from './commandStartBench';
import type { EngineReport, SizeReport } from './searchBench';
import type { BackendMemoryReport, RenderReport, StartupReport } from './startupBench';
import type { QueryCategory } from './queries/buildQuerySet';
import { QUERY_CATEGORIES } from './queries/buildQuerySet';

const ms = (value: number | null) => (value === null ? '–' : value >= 100 ? value.toFixed(0) : value.toFixed(2));
const mb = (value: number | null) => (value === null ? '–' : value.toFixed(1));
const pct = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(3));

const COLUMNS: [string, (e: EngineReport) => string][] = [
  ['engine', (e) => e.name],
  ['build ms', (e) => ms(e.buildMs)],
  ['load ms', (e) => ms(e.loadMs)],
  ['JSON MB', (e) => mb(e.serialisedMB)],
  ['memory MB', (e) => mb(e.memoryMB)],
  ['query p50', (e) => ms(e.queries.median)],
  ['query p95', (e) => ms(e.queries.p95)],
  ['query max', (e) => ms(e.queries.max)],
  ['key p50', (e) => ms(e.keystrokes.median)],
  ['key p95', (e) => ms(e.keystrokes.p95)],
  ['key max', (e) => ms(e.keystrokes.max)],
  ['key p95 cpu', (e) => ms(e.keystrokesCpu.p95)],
  ['recall@10', (e) => pct(e.recallAt10)],
  ['queries/keys measured', (e) => `${e.queries.count}/${e.keystrokes.count}`],
];

export function sizeTitle(size: SizeReport): string {
  return `${size.sections.toLocaleString('en')} sections (${size.documents.toLocaleString('en')} documents)`;
}

export function formatSizeReport(size: SizeReport): string {
  const rows = [COLUMNS.map(([name]) => name), ...size.engines.map((e) => COLUMNS.map(([, cell]) => cell(e)))];
  const widths = COLUMNS.map((_, c) => Math.max(...rows.map((row) => (row[c] as string).length)));
  const table = rows.map((row) => row.map((cell, c) => cell.padStart(widths[c] as number)).join('  ')).join('\n');
  const [ours, fuse] = size.engines as [EngineReport, EngineReport];
  const lines = [
    `== ${sizeTitle(size)}`,
    table,
    `ratios vs plain fuse.js: query p95 ${ratio(fuse.queries.p95, ours.queries.p95)}, keystroke p95 ${ratio(fuse.keystrokes.p95, ours.keystrokes.p95)}, ` +
      `keystroke median ${ratio(fuse.keystrokes.median, ours.keystrokes.median)}, load ${ratio(fuse.loadMs ?? 0, ours.loadMs ?? 0)}, memory ${(ours.memoryMB / fuse.memoryMB).toFixed(2)}× of fuse's`,
    `recall@10 on the queries fuse.js was measured on (${fuse.queries.count}): ours ${pct(size.oursRecallOnBaselineSample)}, fuse.js ${pct(fuse.recallAt10)}`,
    `recall@10 by category: ${QUERY_CATEGORIES.map((c) => `${c} ${categoryCells(size, c)}`).join(' | ')}  (ours/fuse/includes)`,
  ];
  const sampled = size.engines.filter((e) => e.queryStride > 1 || e.keystrokeStride > 1);
  for (const e of sampled) {
    lines.push(`note: ${e.name} sampled to keep the run bounded: every ${e.queryStride}. query, every ${e.keystrokeStride}. keystroke`);
  }
  return lines.join('\n');
}

/** The results block of bench/README.md: machine, search table, ratios, start-up, render and memory. */
export function readmeResults(results: {
  date: string;
  machine: { cpus: number; model: string | undefined; memoryGB: number; node: string; platform: string };
  queries: number;
  loadAverage: { before: number; after: number | undefined };
  intent: IntentReport;
  sizes: readonly SizeReport[];
  startup: readonly StartupReport[];
  render: RenderReport;
  backendMemory: BackendMemoryReport;
  commandStart: CommandStartReport;
}): string {
  const { machine, loadAverage } = results;
  const largest = results.sizes[results.sizes.length - 1];
  return [
    `Run ${results.date.slice(0, 16).replace('T', ' ')} UTC on ${machine.cpus} × ${machine.model ?? 'cpu'}, node ${machine.node}; ` +
      `load average ${loadAverage.before.toFixed(1)} before and ${loadAverage.after?.toFixed(1) ?? '–'} after (other work shared the cores).`,
    '',
    'Times in milliseconds; "key" is one keystroke (every prefix of every query); "key p95 cpu" is the CPU time of that',
    'keystroke, which leaves out waiting for a core.',
    '',
    formatIntentReport(results.intent),
    '',
    markdownTable(results.sizes),
    '',
    ...(largest ? ['```', ...formatSizeReport(largest).split('\n').slice(1), '```', ''] : []),
    '```',
    formatStartup(results.startup, results.render, results.backendMemory),
    '',
    formatCommandStart(results.commandStart),
    '```',
  ].join('\n');
}

export function markdownTable(sizes: readonly SizeReport[]): string {
  const header = ['sections', ...COLUMNS.map(([name]) => name)];
  const rows = sizes.flatMap((size) => size.engines.map((e) => [size.sections.toLocaleString('en'), ...COLUMNS.map(([, cell]) => cell(e))]));
  return [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

function categoryCells(size: SizeReport, category: QueryCategory): string {
  return size.engines.map((e) => pct(e.recallByCategory[category] ?? Number.NaN)).join('/');
}

function ratio(baseline: number, ours: number): string {
  return ours > 0 ? `${(baseline / ours).toFixed(0)}×` : '–';
}

export function formatStartup(startup: readonly StartupReport[], render: RenderReport, memory: BackendMemoryReport): string {
  const lines = [
    '== start-up (openBackend in a fresh process, median of runs; cold: no caches in the data folder, warm: the caches a cold start left;',
    '   first start with carried caches: an empty data folder on content that carries its own caches, as the app is shipped;',
    '   open: the library answers; the first search also waits for the search index)',
  ];
  for (const s of startup) {
    const row = (name: string, runs: StartupReport['cold']) =>
      `${name}: open ${ms(runs.openMs.median)} ms (max ${ms(runs.openMs.max)}), then first search ${ms(runs.firstSearchMs.median)} ms`;
    lines.push(`${s.playbooks} playbooks (${s.sections} sections): ${row('cold', s.cold)}; ${row('warm', s.warm)}; ${row('first start with carried caches', s.carried)}`);
  }
  lines.push(`render ${render.kilobytes.toFixed(0)} KB playbook: first ${ms(render.firstMs)} ms, then median ${ms(render.ms.median)} ms, max ${ms(render.ms.max)} ms`);
  lines.push(
    `back end at ${memory.sections.toLocaleString('en')} sections (${memory.playbooks} playbooks): memory ${mb(memory.memoryMB)} MB (heap + array buffers: content, search index, ` +
      `progress store), after a warm start of ${ms(memory.openMs)} ms; of a warm start, the search index from its cache alone takes ${ms(memory.indexLoadMs.median)} ms (max ${ms(memory.indexLoadMs.max)})`,
  );
  return lines.join('\n');
}
