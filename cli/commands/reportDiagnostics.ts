import type { Diagnostic } from '../../core/model';
import { formatDiagnostic, type CliIo } from '../io';

/** Diagnostics go to standard error, so standard output can carry a command's result (quiz YAML, GIFT). */
export function reportDiagnostics(diagnostics: Diagnostic[], io: CliIo): void {
  for (const d of diagnostics) io.err(formatDiagnostic(d, io.cwd));
}
