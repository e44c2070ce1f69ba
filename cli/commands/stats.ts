import { contentStats, type ContentStats } from '../../core/content/contentStats';
import { LANGS } from '../../core/model';
import type { CliIo, ExitCode } from '../io';
import { loadCliContent } from '../loadCliContent';

export async function stats(roots: string[], options: { json: boolean; cacheDir: string | undefined }, io: CliIo): Promise<ExitCode> {
  const content = await loadCliContent(roots, options.cacheDir, io);
  const result = contentStats(content);
  if (options.json) io.out(JSON.stringify(result, null, 2));
  else io.out(formatStats(result));
  return 0;
}

const ROWS: [keyof ContentStats['counts'], string][] = [
  ['playbook', 'playbooks'],
  ['section', 'sections'],
  ['tactic', 'tactics'],
  ['quiz', 'quizzes'],
  ['question', 'questions'],
  ['case', 'cases'],
  ['path', 'paths'],
];

function formatStats(stats: ContentStats): string {
  const table = [['', ...LANGS, 'total'], ...ROWS.map(([key, label]) => {
    const perLang = LANGS.map((lang) => stats.counts[key][lang]);
    return [label, ...perLang.map(String), String(perLang.reduce((a, b) => a + b, 0))];
  })];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  const lines = table.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
  const list = (title: string, items: string[]) => [``, `${title}: ${items.length}`, ...items.map((item) => `  ${item}`)];
  return [
    ...lines,
    ...list('Playbooks without a quiz', stats.playbooksWithoutQuiz.map((p) => `${p.id} (${p.lang}) ${p.title}`)),
    ...list('Sections no question refers to', stats.sectionsWithoutQuestion.map((s) => `${s.id}#${s.anchor} (${s.lang}) ${s.section}`)),
    ...list('Playbooks not in any learning path', stats.playbooksNotInPath.map((p) => `${p.id} (${p.lang}) ${p.title}`)),
  ].join('\n');
}
