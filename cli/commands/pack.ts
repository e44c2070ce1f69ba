// `pbt pack export|import`: content packs (zip + manifest) out of content folders and, checked first, into one.
import path from 'node:path';
import type { PackManifest } from '../../core/interchange/pack/packManifest';
import { exportPack } from '../../backend/packs/exportPack';
import { importPack, type FileChange } from '../../backend/packs/importPack';
import type { CliIo, ExitCode } from '../io';
import { reportDiagnostics } from './reportDiagnostics';

export interface PackExportCommand {
  roots: string[];
  out: string;
  name?: string;
  version?: string;
  only?: string[];
}

export async function packExport(command: PackExportCommand, io: CliIo): Promise<ExitCode> {
  const out = path.resolve(io.cwd, command.out);
  const { manifest, diagnostics } = await exportPack({ ...command, roots: command.roots.map((root) => path.resolve(io.cwd, root)), out });
  reportDiagnostics(diagnostics, io);
  if (!manifest) {
    io.err(`no pack written: fix the errors above first`);
    return 1;
  }
  io.out(`wrote ${command.out}: pack "${manifest.name}" ${manifest.version}, ${describe(manifest)}`);
  return 0;
}

export async function packImport(command: { file: string; into: string; dryRun: boolean }, io: CliIo): Promise<ExitCode> {
  const result = await importPack(path.resolve(io.cwd, command.file), path.resolve(io.cwd, command.into), { dryRun: command.dryRun });
  reportDiagnostics(result.diagnostics, io);
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) {
    io.err(`pack refused (${errors} error${errors === 1 ? '' : 's'}); nothing was written to ${command.into}`);
    return 1;
  }
  const verb: Record<FileChange, string> = command.dryRun ? { added: 'would add', updated: 'would update', unchanged: 'unchanged' } : { added: 'added', updated: 'updated', unchanged: 'unchanged' };
  for (const file of result.files) if (file.change !== 'unchanged') io.out(`${verb[file.change]} ${file.path}`);
  const tally = (['added', 'updated', 'unchanged'] as const).map((change) => `${result.files.filter((f) => f.change === change).length} ${verb[change]}`);
  const manifest = result.manifest!;
  if (result.caches) {
    const { kept, dropped, index } = result.caches;
    io.out(`caches: ${kept} parse result${kept === 1 ? '' : 's'} kept${dropped > 0 ? `, ${dropped} dropped (they did not match their files)` : ''}; search index ${index ? 'kept' : 'not kept (built at first start)'}`);
  }
  io.out(`${command.dryRun ? 'dry run, nothing written: ' : ''}pack "${manifest.name}" ${manifest.version} (${describe(manifest)}) into ${command.into}: ${tally.join(', ')}`);
  return 0;
}

function describe(manifest: PackManifest): string {
  const counts = Object.entries(manifest.counts)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${n === 1 ? kind : kind === 'quiz' ? 'quizzes' : `${kind}s`}`);
  return `${counts.join(', ')}; languages: ${manifest.languages.join(', ') || 'none'}`;
}
