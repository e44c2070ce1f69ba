// Paths as people read them: a content file by its place inside its content root (`playbooks/en/x.md:12:3`),
// never by where this machine keeps it. The back end keeps absolute paths for itself; API views add these.
import path from 'node:path';
import type { DiagnosticView } from '../../../core/api/contract';
import type { Diagnostic } from '../../../core/model';
import { isWithin } from '../../files/pathInside';

/** `file` inside the innermost root holding it, `/`-separated; the bare file name outside every root (the progress file). */
export function displayPath(file: string, roots: readonly string[]): string {
  if (!path.isAbsolute(file)) return file.replaceAll('\\', '/');
  const root = roots
    .map((candidate) => path.resolve(candidate))
    .filter((candidate) => isWithin(candidate, file))
    .sort((a, b) => b.length - a.length)[0];
  return root ? path.relative(root, file).split(path.sep).join('/') : path.basename(file);
}

export function diagnosticView(diagnostic: Diagnostic, roots: readonly string[]): DiagnosticView {
  return { ...diagnostic, path: displayPath(diagnostic.file, roots) };
}
