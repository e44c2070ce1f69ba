import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContentSet, Diagnostic } from '../../core/model';
import { compareDiagnostics } from '../../core/content/buildContentSet';
import { CONTENT_CONFIG_FILE, parseContentConfig, type ContentConfig } from '../../core/content/contentConfig';
import { diagnosticJson, formatDiagnostic, type CliIo, type ExitCode } from '../io';
import { loadCliContent } from '../loadCliContent';

export async function check(roots: string[], options: { json: boolean; strict: boolean; cacheDir: string | undefined }, io: CliIo): Promise<ExitCode> {
  const [content, configs] = await Promise.all([loadCliContent(roots, options.cacheDir, io), Promise.all(roots.map(readContentConfig))]);
  const diagnostics = [...content.diagnostics, ...configs.flatMap((c) => c.diagnostics)].sort(compareDiagnostics);
  // A content repository that asks for strict checking gets it, whoever runs the check.
  const strict = options.strict || configs.some((c) => c.config?.strict);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (options.json) {
    io.out(JSON.stringify(diagnostics.map((d) => diagnosticJson(d, io.cwd)), null, 2));
  } else {
    for (const d of diagnostics) io.out(formatDiagnostic(d, io.cwd));
    io.out(summary(content, errors, warnings, strict));
  }
  return errors > 0 || (strict && warnings > 0) ? 1 : 0;
}

async function readContentConfig(root: string): Promise<{ config?: ContentConfig; diagnostics: Diagnostic[] }> {
  const file = path.resolve(root, CONTENT_CONFIG_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return { diagnostics: [] };
    return { diagnostics: [{ file, line: 1, column: 1, severity: 'error', message: `cannot read ${CONTENT_CONFIG_FILE}: ${(error as Error).message}` }] };
  }
  return parseContentConfig(text, file);
}

function summary(content: ContentSet, errors: number, warnings: number, strict: boolean): string {
  const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const loaded = [count(content.playbooks.length, 'playbook'), count(content.quizzes.length, 'quiz', 'quizzes'), count(content.cases.length, 'case'), count(content.paths.length, 'path')];
  const verdict = strict && warnings > 0 ? '; strict: warnings fail the check' : '';
  return `${count(errors, 'error')}, ${count(warnings, 'warning')}; loaded ${loaded.join(', ')}${verdict}`;
}
