import type { ContentSet } from '../../core/model';
import { diagnosticJson, formatDiagnostic, type CliIo, type ExitCode } from '../io';
import { loadCliContent } from '../loadCliContent';

export async function check(roots: string[], options: { json: boolean; cacheDir: string | undefined }, io: CliIo): Promise<ExitCode> {
  const content = await loadCliContent(roots, options.cacheDir, io);
  const errors = content.diagnostics.filter((d) => d.severity === 'error').length;
  if (options.json) {
    io.out(JSON.stringify(content.diagnostics.map((d) => diagnosticJson(d, io.cwd)), null, 2));
  } else {
    for (const d of content.diagnostics) io.out(formatDiagnostic(d, io.cwd));
    io.out(summary(content, errors));
  }
  return errors > 0 ? 1 : 0;
}

function summary(content: ContentSet, errors: number): string {
  const warnings = content.diagnostics.length - errors;
  const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const loaded = [count(content.playbooks.length, 'playbook'), count(content.quizzes.length, 'quiz', 'quizzes'), count(content.cases.length, 'case'), count(content.paths.length, 'path')];
  return `${count(errors, 'error')}, ${count(warnings, 'warning')}; loaded ${loaded.join(', ')}`;
}
