import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseContentFile } from '../../core/content/parseContentFile';
import { playbookBody } from '../../core/content/playbookBody';
import { pathInRoot } from '../../core/content/parseResult';
import { renderMarkdown } from '../../core/markdown/createMarkdown';
import { loadContent } from '../../backend/content/loadContent';
import { formatDiagnostic, UsageError, type CliIo, type ExitCode } from '../io';

/** Prints the HTML the app shows for a playbook; images point at their files relative to the playbook. */
export async function render(file: string, io: CliIo): Promise<ExitCode> {
  const absolute = path.resolve(io.cwd, file);
  const text = await readFile(absolute, 'utf8').catch(() => {
    throw new UsageError(`cannot read ${file}`);
  });
  const root = contentRootOf(absolute);
  // Through parseContentFile: the same size limit and containment as everywhere else.
  const { item, diagnostics } = parseContentFile('playbook', text, { root, file: absolute });
  const playbook = item?.kind === 'playbook' ? item : undefined;
  for (const d of diagnostics) io.err(formatDiagnostic(d, io.cwd));
  const body = playbookBody(text);
  if (!playbook || body === undefined) return 1;
  const known = new Set((await loadContent([root])).playbooks.map((p) => p.id));
  const documentPath = pathInRoot(playbook.source);
  io.out(
    renderMarkdown(body, {
      playbookId: playbook.id,
      documentPath,
      resolveImage: (rootPath) => path.posix.relative(path.posix.dirname(documentPath), rootPath),
      hasPlaybook: (id) => known.has(id),
    }).trimEnd(),
  );
  return 0;
}

/** The folder holding the `playbooks/` folder the file is in; the file's own folder when it is in none. */
function contentRootOf(file: string): string {
  for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (path.basename(dir) === 'playbooks' && existsSync(dir)) return path.dirname(dir);
  }
  return path.dirname(file);
}
