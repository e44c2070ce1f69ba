// A received version is checked as a whole, by the same loader `pbt check` uses, laid over the read-only content
// below it (the built-in pack) as the app will show it. Its problems name files by their path inside the version,
// with line and column, so a trainer can find them in the repository or pack they published.
import path from 'node:path';
import type { ContentSet, Diagnostic } from '../../core/model';
import { loadContent } from '../content/loadContent';
import { isWithin } from '../files/pathInside';

export interface CheckedVersion {
  content: ContentSet;
  /** The version's own problems (files inside it); any error refuses it. */
  problems: Diagnostic[];
}

export async function validateVersion(baseRoots: readonly string[], version: string): Promise<CheckedVersion> {
  const content = await loadContent([...baseRoots, version]);
  const problems = content.diagnostics
    .filter((d) => d.file === version || isWithin(version, d.file))
    .map((d) => ({ ...d, file: path.relative(version, d.file).split(path.sep).join('/') || '.' }));
  return { content, problems };
}

/** True when the version may be switched to. */
export function isUsable(checked: CheckedVersion): boolean {
  return !checked.problems.some((d) => d.severity === 'error');
}
