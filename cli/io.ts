import path from 'node:path';
import type { Diagnostic } from '../core/model';

/** Where a command writes, and the directory paths are shown relative to. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
}

/** A command's outcome: 0 success, 1 content errors or nothing to show, 2 wrong usage. */
export type ExitCode = 0 | 1 | 2;

/** Wrong arguments: the CLI prints the message and the usage, and exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Diagnostics store absolute paths; people and CI logs read them relative to where the command ran. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : file;
}

/** `file:line:col: error|warning: message`, the format editors and CI annotators understand. */
export function formatDiagnostic(d: Diagnostic, cwd: string): string {
  return `${displayPath(d.file, cwd)}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
}

export function diagnosticJson(d: Diagnostic, cwd: string): Diagnostic {
  return { file: displayPath(d.file, cwd), line: d.line, column: d.column, severity: d.severity, message: d.message };
}
